import type { ClaimVector } from './weigh-tokens.js';

export interface CandidateOptions {
  /** How many of its rarest tokens each claim files in the index. */
  postingsPerClaim: number;
  /** A token filed by more claims than this is too common to propose pairs on its own. */
  maxPostings: number;
}

/**
 * Pairs of claims of different articles worth comparing: those that share one of their
 * rarest tokens, from an inverted index, never all pairs. Each claim files its
 * `postingsPerClaim` rarest tokens that some other claim also has, so a run of 5,000
 * articles stays at a few postings per claim. Pairs come out as `[i, j]` with i < j,
 * sorted.
 *
 * @example candidatePairs(vectors, articleOf, df, options) // [[0, 7], [0, 12], [3, 9], …]
 */
export function candidatePairs(vectors: readonly ClaimVector[], articleOf: readonly number[], df: ReadonlyMap<string, number>, options: CandidateOptions): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    const rare = v.keys
      .filter((k) => { const n = df.get(k) ?? 0; return n >= 2 && n <= options.maxPostings; })
      .sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, options.postingsPerClaim);
    for (const key of rare) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const n = vectors.length;
  const seen = new Set<number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        if (articleOf[a] === articleOf[b]) continue;
        seen.add(a < b ? a * n + b : b * n + a);
      }
    }
  }
  return [...seen].sort((p, q) => p - q).map((key) => [Math.floor(key / n), key % n]);
}
