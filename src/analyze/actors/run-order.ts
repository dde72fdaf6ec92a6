import { compareCodeUnits as compareText } from '../../model/compare-code-units.js';
import type { Article } from '../../model/types.js';

/** The order every framing panel is sorted in: outlets by first appearance, then articles by id. */
export interface RunOrder {
  outlets: string[];
  outletRank(outlet: string): number;
  articleRank(article: string): number;
}

/** Code-unit order, the same on every machine and locale (the framing panels' name for it). */
export { compareText };

/**
 * Outlets in the order they first appear in `articles`; within an outlet, articles by
 * id, so that the same articles given in another order sort the same.
 */
export function orderRun(articles: readonly Article[]): RunOrder {
  const outlets = [...new Set(articles.map((a) => a.outlet))];
  const outletIndex = new Map(outlets.map((o, k) => [o, k]));
  const sorted = [...articles].sort((a, b) => outletIndex.get(a.outlet)! - outletIndex.get(b.outlet)! || compareText(a.id, b.id));
  const articleIndex = new Map(sorted.map((a, k) => [a.id, k]));
  return {
    outlets,
    outletRank: (o) => outletIndex.get(o) ?? outlets.length,
    articleRank: (id) => articleIndex.get(id) ?? sorted.length,
  };
}

/** Quotes before claims, then ids in numeric order: q2 before q10. */
export function compareClusters(a: { type: string; cluster: string }, b: { type: string; cluster: string }): number {
  if (a.type !== b.type) return a.type === 'quote' ? -1 : 1;
  const na = Number(/(?<!\d)\d+$/.exec(a.cluster)?.[0] ?? NaN);
  const nb = Number(/(?<!\d)\d+$/.exec(b.cluster)?.[0] ?? NaN);
  if (!Number.isNaN(na) && !Number.isNaN(nb) && na !== nb) return na - nb;
  return compareText(a.cluster, b.cluster);
}
