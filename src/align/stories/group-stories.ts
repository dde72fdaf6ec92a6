import type { Article } from '../../model/types.js';
import { articleFeatures, type ArticleFeatures } from './article-features.js';
import { describeStory } from './describe-story.js';
import type { FeatureKind } from './feature.js';
import { linkArticles, type LinkList } from './link-articles.js';
import { mergeLinked } from './merge-linked.js';
import { featureTable, internFeatures, unionInterned, weighInterned, type FeatureTable, type FeatureVectors, type InternedFeatures, type WeighEmphasis } from './weigh-features.js';
import { dayOf, spanOf, type ClosenessOptions, type DayRange } from './date-closeness.js';
import { compareCodeUnits } from '../../model/compare-code-units.js';

/** A group of articles about one event. */
export interface Story {
  /** `s1`, `s2`, …: largest story first, then by its smallest article id. */
  id: string;
  /** Article ids, in input order. */
  articles: string[];
  /** The outlets of those articles, each once, in input order. */
  outlets: string[];
  /** The headline of the most representative article. */
  title: string;
  /** The names, quoted phrases, numbers and dates most of its articles share, as written. */
  features: string[];
  /** A readable name: its first features joined ("Harry Reid; Park51; Manley"), else its title. */
  label: string;
  /** The earliest and latest date of its articles (`YYYY-MM-DD`), null when none has one. */
  firstDate: string | null;
  lastDate: string | null;
}

export interface StoryOptions {
  /** Two articles (or two groups) are linked at this cosine similarity of their weighted features or above. */
  threshold: number;
  /** Two groups join only when at least this share of the pairs between them are linked. */
  minLinkShare: number;
  /** A feature more articles have than this proposes no pairs; default max(50, 2√N). */
  maxDocumentFrequency?: number;
  /** How many of its rarest features each article looks up in the candidate index. */
  queriesPerArticle: number;
  /** The first pass groups articles, every later one the groups of the pass before; it stops early when nothing joins. */
  passes: number;
  /** Later passes link two groups at this similarity or above: the union of a group's features is less sparse than one article's, and two such unions share more by chance. */
  groupThreshold: number;
  /** Features weigh as if the run had this many more articles that have none of them (see `weighFeatures`). */
  background: number;
  /** How much each kind of feature counts, before its rarity. */
  kindWeights: Record<FeatureKind, number>;
  /** Headline and lede, unshared features, rarity in news (see `weighFeatures`). */
  emphasis: WeighEmphasis;
  /** Two articles must share at least this much evidence, their shared features' rarity in news (see `linkArticles`). */
  minShared: number;
  /** What the articles' dates (from their metadata) say (see `dateCloseness`). */
  closeness: ClosenessOptions;
}

/**
 * The defaults, and why (measured by `npm run eval` on ../shared/data/basil-dev and by
 * bench/stories.js; the README has the figures).
 *
 * threshold 0.22, chosen on half the basil-dev events (the 1st, 3rd, 5th… of 30 real
 * events in name order, each reported by NYT, Fox News and HuffPost), flattened, alone
 * and mixed with PolNeAR dev, with and without the front-matter's dates and URLs: 0.18
 * joins events without dates, 0.20 is the lowest that joins none, 0.22 splits one event
 * in the undated mixed run, 0.25 one undated event alone. 0.22 errs towards splitting: a
 * story of two events makes a misleading comparison. Three outlets' own articles on one
 * event score 0.10–0.6 pairwise, median 0.4; different events with the same people up to 0.27.
 *
 * minLinkShare 0.4: an article joins a story of three when it links to two of them;
 * linked to one, it is a story of its own (a 2016 article on a politician who was also in
 * a 2019 event). Two events bridged by a few stray links do not join (see `mergeLinked`).
 *
 * groupThreshold 0.4: later passes compare the union of each group's features, which
 * share more by chance than two articles do; at the article threshold, they joined 30
 * basil-dev events into 9.
 *
 * minShared 700, counted in news rarity (see `linkArticles`): short invented briefs on
 * different events of one kind, among the bench's fixture sources, share 250–820 (two
 * job-cut stories: "chief executive", "memo", "familiar"); two outlets' articles on one
 * basil-dev event share 2,400 at the median and under 700 in three pairs of 90, whose
 * stories their other links keep whole. Counted in run weights it would shrink as a run
 * holds more versions of one story.
 *
 * emphasis: features of the headline and lede (first 800 characters) weigh 2×, features
 * no other article has 0.2× (a long article's own detail otherwise drowns what it shares
 * with another outlet), and no feature weighs more than its rarity in news (`newsIdf`).
 * closeness: outlets report an event within days; same people, other event, months apart.
 *
 * background 50: see `weighFeatures`. Names and numbers weigh 1.5: an outlet may
 * paraphrase every sentence, but it keeps "Hélène Borrel" and "€3.1 million".
 */
export const STORY_DEFAULTS: Readonly<StoryOptions> = {
  threshold: 0.22,
  minLinkShare: 0.4,
  queriesPerArticle: 24,
  passes: 4,
  groupThreshold: 0.4,
  minShared: 700,
  background: 50,
  kindWeights: { quote: 1, name: 1.5, number: 1.5, date: 1, word: 1 },
  emphasis: { leadChars: 800, leadBoost: 2, unsharedWeight: 0.2, newsRarity: true },
  closeness: { nearDays: 3, nearBoost: 1.3, farDays: 30, farFactor: 0.5 },
};

/**
 * Groups articles into stories, one per event: articles that share rare quoted phrases,
 * names, numbers, dates and words. Each pass takes the same three steps: candidate
 * pairs from an inverted index of rare features (never all pairs), a link for each pair
 * at `threshold` similarity or above, and groups made from the links without chaining
 * (`mergeLinked`). The first pass groups articles, each later pass the groups of the one
 * before, a group taken as the union of its articles' features: copies of one wire story
 * look up their own rare words first and never look past them, but as one group they
 * find the other outlets' own reporting of the event. An article linked to nothing is a
 * story of one. The result does not depend on the input order; only the order of the articles
 * inside each story follows it.
 *
 * @example
 * const stories = groupStories(articles);
 * for (const s of stories) console.log(s.id, s.title, s.outlets.join(', '));
 */
export function groupStories(articles: readonly Article[], options: Partial<StoryOptions> = {}): Story[] {
  const o: StoryOptions = {
    ...STORY_DEFAULTS,
    ...options,
    kindWeights: { ...STORY_DEFAULTS.kindWeights, ...options.kindWeights },
    emphasis: { ...STORY_DEFAULTS.emphasis, ...options.emphasis },
    closeness: { ...STORY_DEFAULTS.closeness, ...options.closeness },
  };
  // Work in a canonical order (id, then text) so that the input order changes nothing.
  const order = articles.map((_, i) => i).sort((a, b) => compareCodeUnits(articles[a]!.id, articles[b]!.id) || compareCodeUnits(articles[a]!.text, articles[b]!.text) || a - b);
  const list = order.map((i) => articles[i]!);
  // Features are kept as ids; the few articles a story's description reads are looked at again.
  const table = featureTable();
  const features = list.map((a) => internFeatures(articleFeatures(a), table, o.emphasis.leadChars));
  const days = list.map((a): DayRange | null => { const d = dayOf(a.date); return d === null ? null : [d, d]; });

  const first = linkAndMerge(features, table, days, o);
  let groups = first.groups;
  for (let pass = 1; pass < o.passes; pass++) {
    const next = linkAndMerge(groups.map((g) => unionInterned(g.map((i) => features[i]!))), table, groups.map((g) => spanOf(g.map((i) => days[i]!))), { ...o, threshold: Math.max(o.threshold, o.groupThreshold) });
    if (next.groups.length === groups.length) break;
    groups = next.groups.map((gs) => gs.flatMap((g) => groups[g]!).sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
  }

  // How similar each article is to the rest of its story: its first-pass links within the story, summed.
  const groupOf = new Int32Array(list.length);
  groups.forEach((g, k) => { for (const i of g) groupOf[i] = k; });
  const centrality = new Float64Array(list.length);
  const { a, b, similarity } = first.links;
  for (let k = 0; k < first.links.length; k++) {
    if (groupOf[a[k]!] !== groupOf[b[k]!]) continue;
    centrality[a[k]!] += similarity[k]!;
    centrality[b[k]!] += similarity[k]!;
  }
  const stories = groups.map((group) => {
    const read = new Map<number, ArticleFeatures>();
    const featuresOf = (i: number) => read.get(i) ?? read.set(i, articleFeatures(list[i]!)).get(i)!;
    const { title, features: shown } = describeStory(group, list, featuresOf, first.vectors, centrality);
    const members = group.map((k) => order[k]!).sort((a, b) => a - b).map((i) => articles[i]!);
    // Canonical order puts the smallest id first: group[0] is the story's smallest article.
    const dates = members.map((a) => (dayOf(a.date) === null ? null : a.date!.slice(0, 10))).filter((d): d is string => d !== null).sort(compareCodeUnits);
    return { first: group[0]!, size: group.length, articles: members.map((a) => a.id), outlets: [...new Set(members.map((a) => a.outlet))], title, features: shown, firstDate: dates[0] ?? null, lastDate: dates[dates.length - 1] ?? null };
  });
  stories.sort((a, b) => b.size - a.size || a.first - b.first);
  return stories.map((s, k) => ({
    id: `s${k + 1}`,
    articles: s.articles,
    outlets: s.outlets,
    title: s.title,
    features: s.features,
    label: s.features.length ? s.features.slice(0, LABEL_FEATURES).join('; ') : s.title,
    firstDate: s.firstDate,
    lastDate: s.lastDate,
  }));
}

/** How many shared features make a story's label. */
const LABEL_FEATURES = 4;

function linkAndMerge(features: readonly InternedFeatures[], table: FeatureTable, days: readonly (DayRange | null)[], o: StoryOptions): { groups: number[][]; links: LinkList; vectors: FeatureVectors } {
  const vectors = weighInterned(features, table, o.kindWeights, o.background, o.emphasis);
  const maxDocumentFrequency = o.maxDocumentFrequency ?? Math.max(50, Math.ceil(2 * Math.sqrt(features.length)));
  const links = linkArticles(vectors, { threshold: o.threshold, queriesPerArticle: o.queriesPerArticle, maxDocumentFrequency, days, closeness: o.closeness, minShared: o.minShared });
  return { groups: mergeLinked(features.length, links, o.minLinkShare), links, vectors };
}
