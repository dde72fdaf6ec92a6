import type { Cluster, Framing } from '../model/comparison.js';
import { compareClusters, compareText, type RunOrder } from '../analyze/actors/run-order.js';

/**
 * Quotes and claims only one outlet carries: what this outlet alone chose to report. A
 * claim another outlet has a related candidate for (the cluster's `related`, see
 * clusterClaims) keeps it, so it is shown as related with its score rather than "only
 * here". Sorted by outlet, then cluster.
 */
export function findExclusives(clusters: readonly Cluster[], order: RunOrder): Framing['exclusives'] {
  return clusters
    .filter((c) => new Set(c.outlets).size === 1)
    .map((c) => ({ cluster: c.id, type: c.type, outlet: c.outlets[0]!, text: c.text, members: [...new Set(c.members.map((m) => m.id))].sort(compareText), ...(c.related ? { related: c.related } : {}) }))
    .sort((a, b) => order.outletRank(a.outlet) - order.outletRank(b.outlet) || compareClusters(a, b));
}

