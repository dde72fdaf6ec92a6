import type { PairScore } from './types.js';

/**
 * Pairwise precision and recall of a grouping against known events. `eventOf` gives an
 * article's event, or undefined for an article mixed in whose event nobody knows: pairs of
 * two such articles are not scored, a pair of one with a known article counts as wrong
 * when grouped together.
 *
 * @example scorePairs(['a', 'b'], new Map([['a', 's1'], ['b', 's1']]), (id) => 'e1').recall // 1
 */
export function scorePairs(ids: readonly string[], storyOf: ReadonlyMap<string, string>, eventOf: (id: string) => string | undefined): PairScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < ids.length; i++) {
    const ei = eventOf(ids[i]!);
    for (let j = i + 1; j < ids.length; j++) {
      const ej = eventOf(ids[j]!);
      if (ei === undefined && ej === undefined) continue;
      const truth = ei !== undefined && ei === ej;
      const found = storyOf.get(ids[i]!) === storyOf.get(ids[j]!);
      if (truth && found) tp++;
      else if (found) fp++;
      else if (truth) fn++;
    }
  }
  const stories = new Map<string, Set<string>>();
  for (const id of ids) {
    const e = eventOf(id);
    if (e === undefined) continue;
    if (!stories.has(e)) stories.set(e, new Set());
    stories.get(e)!.add(storyOf.get(id)!);
  }
  const splitEvents = [...stories].filter(([, s]) => s.size > 1).map(([e]) => e).sort();
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), truePairs: tp + fn, foundPairs: tp + fp, splitEvents };
}
