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
  /** Per feature: how much sharing it says, whatever the run: `kindWeight × newsIdf` squared (see `linkArticles`' `minShared`). */
  evidence: Float64Array;
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
  const table = featureTable();
  return weighInterned(features.map((f) => internFeatures(f, table, emphasis.leadChars)), table, kindWeights, background, emphasis);
}

/** Every feature key of a run, numbered in order of first appearance: the articles keep numbers, not strings. */
export interface FeatureTable {
  keys: string[];
  kinds: FeatureKind[];
  idOf: Map<string, number>;
}

/** An article's (or a group's) features as ids into a `FeatureTable`: all of them, and those of the headline and lede; both ascending. */
export interface InternedFeatures {
  ids: Int32Array;
  lead: Int32Array;
}

export function featureTable(): FeatureTable {
  return { keys: [], kinds: [], idOf: new Map() };
}

/**
 * An article's features as ids, its lead ones (first found within `leadChars`) apart.
 * Interning each article as it is read keeps a run of 100,000 articles to a few arrays of
 * numbers each instead of hundreds of feature objects.
 *
 * @example internFeatures(articleFeatures(article), table, 800).ids
 */
export function internFeatures(features: ArticleFeatures, table: FeatureTable, leadChars: number): InternedFeatures {
  const ids: number[] = [];
  const lead: number[] = [];
  for (const f of features.distinct) {
    let id = table.idOf.get(f.key);
    if (id === undefined) {
      id = table.keys.length;
      table.idOf.set(f.key, id);
      table.keys.push(f.key);
      table.kinds.push(f.kind);
    }
    ids.push(id);
    if (f.start < leadChars) lead.push(id);
  }
  return { ids: Int32Array.from(ids).sort(), lead: Int32Array.from(lead).sort() };
}

/** A group's features: every id any member has, once; lead when it is lead in any member. */
export function unionInterned(members: readonly InternedFeatures[]): InternedFeatures {
  const union = (lists: Int32Array[]) => {
    const all = new Int32Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const l of lists) { all.set(l, at); at += l.length; }
    all.sort();
    let k = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[k++] = all[i]!;
    return all.slice(0, k);
  };
  return { ids: union(members.map((m) => m.ids)), lead: union(members.map((m) => m.lead)) };
}

/** `weighFeatures` on interned features; the table gives keys and kinds. */
export function weighInterned(items: readonly InternedFeatures[], table: FeatureTable, kindWeights: Readonly<Record<FeatureKind, number>>, background = 0, emphasis: Readonly<WeighEmphasis> = NEUTRAL_EMPHASIS): FeatureVectors {
  const { keys, kinds } = table;
  const df = new Int32Array(keys.length);
  for (const item of items) for (const id of item.ids) df[id]!++;
  const n = items.length;
  const norms = new Float64Array(n);
  // The weight of each feature before its place in the article: computed once per feature present.
  const base = new Float64Array(keys.length);
  const evidence = new Float64Array(keys.length);
  for (let id = 0; id < keys.length; id++) {
    if (df[id] === 0) continue;
    const kind = kinds[id]!;
    evidence[id] = (kindWeights[kind] * newsRarity(keys[id]!)) ** 2;
    const inRun = Math.log(1 + (RECURRING.has(kind) ? n : n + background) / df[id]!);
    const weight = kindWeights[kind] * (emphasis.newsRarity ? Math.min(inRun, newsRarity(keys[id]!)) : inRun);
    base[id] = df[id]! < 2 ? weight * emphasis.unsharedWeight : weight;
  }
  const weights = items.map((item, i) => {
    const w = new Float64Array(item.ids.length);
    let sum = 0;
    let l = 0;
    item.ids.forEach((id, k) => {
      while (l < item.lead.length && item.lead[l]! < id) l++;
      w[k] = base[id]! * (item.lead[l] === id ? emphasis.leadBoost : 1);
      sum += w[k]! * w[k]!;
    });
    norms[i] = Math.sqrt(sum);
    return w;
  });
  return { keys, kinds, df, ids: items.map((item) => item.ids), weights, norms, evidence };
}

/** "name:harry reid" is as rare in news as "reid"; a key with no word the table knows (a number) is as rare as can be. */
function newsRarity(key: string): number {
  const known = RARITY.get(key);
  if (known !== undefined) return known;
  let most = 0;
  for (const w of newsWords(key.slice(key.indexOf(':') + 1))) most = Math.max(most, newsIdf(w));
  if (RARITY.size >= 200_000) RARITY.clear();
  RARITY.set(key, most);
  return most;
}

// Each pass weighs the same keys again.
const RARITY = new Map<string, number>();
