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

export interface LinkOptions extends CandidateOptions {
  /** Links are made at this cosine similarity or above. */
  threshold: number;
  /** Per article, its days; with `closeness`, the similarity is multiplied by `dateCloseness`. */
  days?: readonly (DayRange | null)[];
  closeness?: Readonly<ClosenessOptions>;
  /** Pairs that share less evidence than this (the dot product of their weights) are not linked. */
  minShared?: number;
}

/**
 * Links the candidate pairs whose weighted features have a cosine similarity of at
 * least `threshold`. The similarity is exact over all features, the common ones too:
 * the index only decides which pairs are worth computing. A pair must also share at least
 * `minShared` of evidence (the dot product itself): two short briefs on different events
 * that share "the board", "shares" and "quarter" can be similar in direction, yet share
 * less than one rare name in both headlines does.
 *
 * @example linkArticles(vectors, { threshold: 0.25, queriesPerArticle: 24, maxDocumentFrequency: 50 })
 */
export function linkArticles(vectors: FeatureVectors, options: LinkOptions): StoryLink[] {
  const links: StoryLink[] = [];
  const minShared = options.minShared ?? 0;
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
    for (let k = 0; k < ids.length; k++) dot += dense[ids[k]!]! * weights[k]!;
    if (dot < minShared) return;
    const similarity = (dot / norm) * (options.days && options.closeness ? dateCloseness(options.days[i]!, options.days[j]!, options.closeness) : 1);
    if (similarity >= options.threshold) links.push({ a: i, b: j, similarity });
  });
  return links;
}
