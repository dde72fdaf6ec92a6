import type { Link } from './link-claims.js';

/**
 * The links that are each end's best match in the other end's article: an outlet states a
 * fact once, so a claim joins at most one claim of each other article, the one it scores
 * highest with, and only when that claim scores highest with it too. This is what lets
 * the threshold be low: "Brightline recalled 14,000 Volt e-bikes" may be 0.3 alike to
 * "the recall of 14,000 bikes" and to "Brightline's Volt e-bikes caught fire"; only the
 * first, its mutual best, is kept. Ties go to the earlier claim. Order of the result: as given.
 *
 * @example keepMutualBest([{a: 0, b: 2, similarity: 0.5}, {a: 1, b: 2, similarity: 0.4}], [0, 0, 1]) // [{a: 0, b: 2, similarity: 0.5}]
 */
export function keepMutualBest(links: readonly Link[], articleOf: readonly number[]): Link[] {
  // Per claim and other article, the best partner and its similarity.
  const best = new Map<string, { partner: number; similarity: number }>();
  const offer = (from: number, to: number, similarity: number) => {
    const key = `${from}:${articleOf[to]}`;
    const seen = best.get(key);
    if (!seen || similarity > seen.similarity || (similarity === seen.similarity && to < seen.partner)) best.set(key, { partner: to, similarity });
  };
  for (const l of links) {
    offer(l.a, l.b, l.similarity);
    offer(l.b, l.a, l.similarity);
  }
  return links.filter((l) => best.get(`${l.a}:${articleOf[l.b]}`)!.partner === l.b && best.get(`${l.b}:${articleOf[l.a]}`)!.partner === l.a);
}
