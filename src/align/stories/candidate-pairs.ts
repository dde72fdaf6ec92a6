import type { FeatureVectors } from './weigh-features.js';

export interface CandidateOptions {
  /** How many of its rarest features each article looks up in the index. */
  queriesPerArticle: number;
  /**
   * A feature more articles than this have proposes every holder no longer: each article
   * that looks it up proposes only its next `commonNeighbours` holders.
   */
  maxDocumentFrequency: number;
  /** How many later holders of a common feature an article that looks it up proposes (default 8). */
  commonNeighbours?: number;
}

// A feature more than this share of the run has (a word every story uses) proposes nothing.
const TOO_COMMON_SHARE = 0.25;

/**
 * Calls `visit(i, j)` for every pair of articles worth comparing, i < j, in ascending
 * order: those where one of the two has, among its `queriesPerArticle` heaviest features,
 * one the other has too, found in an inverted index, never by trying all pairs. Features
 * that only one article has, or more than a quarter of the run, propose nothing; one more
 * than `maxDocumentFrequency` articles have proposes only the asker's next
 * `commonNeighbours` holders. So one article proposes at most
 * `queriesPerArticle × maxDocumentFrequency` others however large the run, and pairs are
 * visited, not stored.
 *
 * Looking up only the rarest features of each article but listing every article under
 * every feature matters: a short version of a story has few features, its rarest are
 * common ones of the full version, which has rarer features of its own to look up.
 *
 * @example forEachCandidate(vectors, { queriesPerArticle: 24, maxDocumentFrequency: 50 }, (i, j) => …)
 */
export function forEachCandidate(vectors: FeatureVectors, options: CandidateOptions, visit: (i: number, j: number) => void): void {
  const { df } = vectors;
  const indexed = (id: number) => df[id]! >= 2 && df[id]! <= options.maxDocumentFrequency;
  // Common in this run but not in every story: what hundreds of copies of one wire story share.
  // Listing every holder would make pairs quadratic in the copies; each asker proposes its
  // next few holders instead, and the groups they make find each other in later passes.
  const commonCap = Math.max(options.maxDocumentFrequency, Math.floor(TOO_COMMON_SHARE * vectors.ids.length));
  const common = (id: number) => df[id]! > options.maxDocumentFrequency && df[id]! <= commonCap;
  const neighbours = options.commonNeighbours ?? 8;
  // The heaviest features: rare in the run and in news, and in the headline or lede. Rarity in the run
  // alone would pick the words two unrelated articles happen to share over the name they both lead with.
  const queries = vectors.ids.map((list, i) => {
    const weights = vectors.weights[i]!;
    return [...list.keys()].filter((k) => indexed(list[k]!) || common(list[k]!)).sort((a, b) => weights[b]! - weights[a]! || list[a]! - list[b]!).slice(0, options.queriesPerArticle).map((k) => list[k]!);
  });
  // Who has each feature, and who looks it up; both lists ascending.
  const holders = new Map<number, number[]>();
  const askers = new Map<number, number[]>();
  const add = (map: Map<number, number[]>, id: number, i: number) => {
    const list = map.get(id);
    if (list) list.push(i);
    else map.set(id, [i]);
  };
  vectors.ids.forEach((list, i) => {
    for (const id of queries[i]!) if (indexed(id)) add(askers, id, i);
  });
  // Holders of the indexed features, and of the common features someone looks up.
  const asked = new Set<number>();
  for (const list of queries) for (const id of list) if (common(id)) asked.add(id);
  vectors.ids.forEach((list, i) => {
    for (const id of list) if (indexed(id) || asked.has(id)) add(holders, id, i);
  });
  // `stamp[j] === i` marks j as already proposed for i.
  const stamp = new Int32Array(vectors.ids.length).fill(-1);
  const partners: number[] = [];
  const collect = (list: readonly number[] | undefined, i: number) => {
    if (!list) return;
    for (let x = list.length - 1; x >= 0 && list[x]! > i; x--) {
      const j = list[x]!;
      if (stamp[j] === i) continue;
      stamp[j] = i;
      partners.push(j);
    }
  };
  const band = (list: readonly number[], i: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid]! <= i) lo = mid + 1; else hi = mid; }
    for (let x = lo; x < Math.min(list.length, lo + neighbours); x++) {
      const j = list[x]!;
      if (stamp[j] === i) continue;
      stamp[j] = i;
      partners.push(j);
    }
  };
  for (let i = 0; i < vectors.ids.length; i++) {
    partners.length = 0;
    for (const id of queries[i]!) {
      if (common(id)) band(holders.get(id)!, i);
      else collect(holders.get(id), i);
    }
    for (const id of vectors.ids[i]!) if (indexed(id)) collect(askers.get(id), i);
    partners.sort((a, b) => a - b);
    for (const j of partners) visit(i, j);
  }
}
