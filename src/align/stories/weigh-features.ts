import type { FeatureKind } from './feature.js';
import type { ArticleFeatures } from './article-features.js';
import { newsIdf, newsWords } from '../../lexicon/news-df.js';

/** The run's features as numbers: per article, its distinct feature ids (ascending) and their weights. */
export interface FeatureVectors {
  /** Feature keys by id; ids are given in order of first appearance. */
  keys: string[];
  kinds: FeatureKind[];
  /** How many articles have each feature. */
  df: Int32Array;
  /** Per article: its feature ids, ascending. */
  ids: Int32Array[];
  /** Per article: the weight of each of its features, aligned with `ids`. */
  weights: Float64Array[];
  /** Per article: the Euclidean norm of its weights. */
  norms: Float64Array;
}

/** How the place of a feature and its rarity in news change its weight; the neutral values change nothing. */
export interface WeighEmphasis {
  /** Features first found within this many characters of the start (headline and lede) weigh `leadBoost` times more. */
  leadChars: number;
  leadBoost: number;
  /** A feature no other article of the run has weighs this share of its weight (it still counts in the norm). */
  unsharedWeight: number;
  /** Cap each weight at the feature's rarity in news at large (`newsIdf` of its rarest word). */
  newsRarity: boolean;
}

export const NEUTRAL_EMPHASIS: Readonly<WeighEmphasis> = { leadChars: 0, leadBoost: 1, unsharedWeight: 1, newsRarity: false };

// Weekdays, months and years recur in any news, whatever the run: they get no background.
const RECURRING: ReadonlySet<FeatureKind> = new Set(['date']);

/**
 * Weighs each article's features by how rare they are: `kindWeight × ln(1 + (N + background) / df)`,
 * N the articles in the run and df those that have the feature. The background counts as
 * articles that have none of the run's features: without it, a run of five articles on one
 * event would take "Parler", "Amazon" and "antitrust", which all five have, for common words
 * and weigh them like "said". With 50, a feature all five have weighs 2.5 and one only one
 * has 4.0; in a run of 480, a feature of one event's 8 articles weighs 4.2 and one every
 * article has 0.8. Dates get no background (see `RECURRING`). Articles are taken in the
 * order given (the caller passes a canonical order).
 *
 * `emphasis` (see `WeighEmphasis`) then caps the run rarity at the rarity in news: in a run
 * of 90 articles on 30 events "senate" is as rare as "mosque", in news it is not. Features
 * of the headline and lede weigh more (outlets put the event there in their own words
 * but with the same names), and features only one article has weigh less, so that a long
 * article's own detail does not drown what it shares with another outlet's version.
 *
 * @example weighFeatures(list.map(articleFeatures), { quote: 1, name: 1.5, number: 1.5, date: 1, word: 1 }, 50)
 */
export function weighFeatures(features: readonly ArticleFeatures[], kindWeights: Readonly<Record<FeatureKind, number>>, background = 0, emphasis: Readonly<WeighEmphasis> = NEUTRAL_EMPHASIS): FeatureVectors {
  const idOf = new Map<string, number>();
  const keys: string[] = [];
  const kinds: FeatureKind[] = [];
  const counts: number[] = [];
  const ids = features.map((f) => {
    const list = f.distinct.map((feature) => {
      let id = idOf.get(feature.key);
      if (id === undefined) {
        id = keys.length;
        idOf.set(feature.key, id);
        keys.push(feature.key);
        kinds.push(feature.kind);
        counts.push(0);
      }
      counts[id]!++;
      return id;
    });
    return Int32Array.from(list).sort();
  });
  const n = features.length;
  const df = Int32Array.from(counts);
  const norms = new Float64Array(n);
  // The weight of each feature before its place in the article: computed once per feature.
  const base = keys.map((key, id) => {
    const kind = kinds[id]!;
    const inRun = Math.log(1 + (RECURRING.has(kind) ? n : n + background) / df[id]!);
    const weight = kindWeights[kind] * (emphasis.newsRarity ? Math.min(inRun, newsRarity(key)) : inRun);
    return df[id]! < 2 ? weight * emphasis.unsharedWeight : weight;
  });
  const leadOf = features.map((f) => new Set(f.distinct.filter((x) => x.start < emphasis.leadChars).map((x) => x.key)));
  const weights = ids.map((list, i) => {
    const w = new Float64Array(list.length);
    let sum = 0;
    list.forEach((id, k) => {
      w[k] = base[id]! * (leadOf[i]!.has(keys[id]!) ? emphasis.leadBoost : 1);
      sum += w[k]! * w[k]!;
    });
    norms[i] = Math.sqrt(sum);
    return w;
  });
  return { keys, kinds, df, ids, weights, norms };
}

/** "name:harry reid" is as rare in news as "reid"; a key with no word the table knows (a number) is as rare as can be. */
function newsRarity(key: string): number {
  let most = 0;
  for (const w of newsWords(key.slice(key.indexOf(':') + 1))) most = Math.max(most, newsIdf(w));
  return most;
}
