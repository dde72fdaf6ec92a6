import type { ClaimVector } from './weigh-tokens.js';
import { compareCodeUnits } from '../../model/compare-code-units.js';

export interface CandidateOptions {
  /** How many of its rarest tokens each claim files in the index. */
  postingsPerClaim: number;
  /** A token filed by more claims than this is too common to propose pairs on its own. */
  maxPostings: number;
}

/**
 * Calls `visit(i, j)` for every pair of claims of different articles worth comparing,
 * i < j, in ascending order: those that share one of their rarest tokens, found in an
 * inverted index, never by trying all pairs. Each claim files its `postingsPerClaim`
 * rarest tokens that some other claim also has; a token filed by more than
 * `maxPostings` claims proposes nothing, so a run of 5,000 articles costs at most
 * `maxPostings` comparisons per filed token, and pairs are visited, not stored.
 *
 * @example forEachCandidate(vectors, articleOf, df, options, (i, j) => links.push([i, j]))
 */
export function forEachCandidate(vectors: readonly ClaimVector[], articleOf: readonly number[], df: ReadonlyMap<string, number>, options: CandidateOptions, visit: (i: number, j: number) => void): void {
  const filed: string[][] = vectors.map((v) =>
    v.keys
      .filter((k) => { const n = df.get(k) ?? 0; return n >= 2 && n <= options.maxPostings; })
      .sort((a, b) => df.get(a)! - df.get(b)! || compareCodeUnits(a, b))
      .slice(0, options.postingsPerClaim));
  const postings = new Map<string, number[]>();
  filed.forEach((keys, i) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  // Lists hold indices in ascending order; `stamp` marks the j already proposed for this i.
  const stamp = new Int32Array(vectors.length).fill(-1);
  for (let i = 0; i < vectors.length; i++) {
    const partners: number[] = [];
    for (const key of filed[i]!) {
      const list = postings.get(key)!;
      if (list.length < 2) continue;
      for (let x = list.length - 1; x >= 0 && list[x]! > i; x--) {
        const j = list[x]!;
        if (stamp[j] === i || articleOf[j] === articleOf[i]) continue;
        stamp[j] = i;
        partners.push(j);
      }
    }
    partners.sort((a, b) => a - b);
    for (const j of partners) visit(i, j);
  }
}
