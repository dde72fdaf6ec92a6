import { forEachCandidate, type CandidateOptions } from './candidate-pairs.js';
import { dateCloseness, type ClosenessOptions, type DayRange } from './date-closeness.js';
import type { FeatureVectors } from './weigh-features.js';

/** Two articles similar enough to be about the same event. */
export interface StoryLink {
  /** Indices into the articles, a < b. */
  a: number;
  b: number;
  /** Cosine similarity of their weighted features, times what their dates say (`dateCloseness`). */
  similarity: number;
}

/** Links in typed arrays, `length` of them: a run of 100,000 articles makes tens of millions. */
export interface LinkList {
  a: Int32Array;
  b: Int32Array;
  similarity: Float64Array;
  length: number;
}

/** A list of links as `LinkList`. */
export function toLinkList(links: readonly StoryLink[]): LinkList {
  return { a: Int32Array.from(links, (l) => l.a), b: Int32Array.from(links, (l) => l.b), similarity: Float64Array.from(links, (l) => l.similarity), length: links.length };
}

export interface LinkOptions extends CandidateOptions {
  /** Links are made at this cosine similarity or above. */
  threshold: number;
  /** Per article, its days; with `closeness`, the similarity is multiplied by `dateCloseness`. */
  days?: readonly (DayRange | null)[];
  closeness?: Readonly<ClosenessOptions>;
  /** Pairs that share less evidence than this (the sum of `vectors.evidence` over the features they share) are not linked. */
  minShared?: number;
}

/**
 * Links the candidate pairs whose weighted features have a cosine similarity of at
 * least `threshold`. The similarity is exact over all features, the common ones too:
 * the index only decides which pairs are worth computing. A pair must also share at least
 * `minShared` of evidence, summed over the features both have, each counting its rarity in
 * news (not in the run: 5,000 versions of one story share everything, and every feature is
 * common among them): two short briefs on different events that share "chief executive",
 * "memo" and "quarter" can be similar in direction, yet share less than two rare names do.
 *
 * @example linkArticles(vectors, { threshold: 0.25, queriesPerArticle: 24, maxDocumentFrequency: 50 })
 */
export function linkArticles(vectors: FeatureVectors, options: LinkOptions): LinkList {
  let links: LinkList = { a: new Int32Array(1024), b: new Int32Array(1024), similarity: new Float64Array(1024), length: 0 };
  const push = (a: number, b: number, similarity: number) => {
    if (links.length === links.a.length) {
      const size = links.a.length * 2;
      const grow = <T extends Int32Array | Float64Array>(old: T, made: T): T => { made.set(old); return made; };
      links = { a: grow(links.a, new Int32Array(size)), b: grow(links.b, new Int32Array(size)), similarity: grow(links.similarity, new Float64Array(size)), length: links.length };
    }
    links.a[links.length] = a;
    links.b[links.length] = b;
    links.similarity[links.length] = similarity;
    links.length++;
  };
  const minShared = options.minShared ?? 0;
  const { evidence } = vectors;
  // The weights of article i spread over all feature ids, so that a pair costs one pass over j's features.
  const dense = new Float64Array(vectors.keys.length);
  let current = -1;
  const load = (i: number) => {
    if (current >= 0) for (const id of vectors.ids[current]!) dense[id] = 0;
    vectors.ids[i]!.forEach((id, k) => { dense[id] = vectors.weights[i]![k]!; });
    current = i;
  };
  forEachCandidate(vectors, options, (i, j) => {
    if (current !== i) load(i);
    const norm = vectors.norms[i]! * vectors.norms[j]!;
    if (norm === 0) return;
    let dot = 0;
    const ids = vectors.ids[j]!;
    const weights = vectors.weights[j]!;
    let shared = 0;
    for (let k = 0; k < ids.length; k++) {
      const w = dense[ids[k]!]!;
      if (w === 0) continue;
      dot += w * weights[k]!;
      shared += evidence[ids[k]!]!;
    }
    if (shared < minShared) return;
    const similarity = (dot / norm) * (options.days && options.closeness ? dateCloseness(options.days[i]!, options.days[j]!, options.closeness) : 1);
    if (similarity >= options.threshold) push(i, j, similarity);
  });
  return links;
}
