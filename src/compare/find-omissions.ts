import type { Cluster, Framing } from '../model/comparison.js';
import { compareClusters, type RunOrder } from '../analyze/actors/run-order.js';

/**
 * Quotes and claims most outlets carry but this one does not: a cluster carried by at
 * least half of the run's outlets, and by at least two, is an omission for every outlet
 * of the run missing from it. Sorted by outlet, then type (quotes first) and cluster id.
 */
export function findOmissions(clusters: readonly Cluster[], order: RunOrder): Framing['omissions'] {
  const total = order.outlets.length;
  const inRun = new Set(order.outlets);
  const out: Framing['omissions'] = [];
  // An outlet's own claim close to the cluster (its `related`) makes the omission uncertain: the closest one is named.
  const near = new Map<string, { cluster: string; score: number }>();
  for (const c of clusters) {
    if (!c.related || c.outlets.length !== 1) continue;
    const key = `${c.related.cluster}\u0000${c.outlets[0]}`;
    const seen = near.get(key);
    if (!seen || c.related.score > seen.score) near.set(key, { cluster: c.id, score: c.related.score });
  }
  for (const c of clusters) {
    const carriers = new Set(c.outlets.filter((o) => inRun.has(o)));
    if (carriers.size < 2 || carriers.size * 2 < total) continue;
    for (const outlet of order.outlets) {
      if (carriers.has(outlet)) continue;
      const related = near.get(`${c.id}\u0000${outlet}`);
      out.push({ cluster: c.id, type: c.type, outlet, text: c.text, carriedBy: carriers.size, ...(related ? { related } : {}) });
    }
  }
  return out.sort((a, b) => order.outletRank(a.outlet) - order.outletRank(b.outlet) || compareClusters(a, b));
}
