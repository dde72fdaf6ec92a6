import type { Article, Quote } from '../../model/types.js';
import type { Cluster, ClusterMember } from '../../model/comparison.js';
import { isContent, words } from '../words.js';
import { AlignmentCache, wordDiff } from '../word-diff.js';
import { outletLists } from '../outlet-lists.js';
import { flagCluster } from './flag-cluster.js';
import { findUnquoted, indexPassages } from './find-unquoted.js';
import { groupVariants, linkCopies, linkVariants, type LinkContext } from './link-variants.js';
import type { Item } from './quote-item.js';
import { compareCodeUnits } from '../../model/compare-code-units.js';

export interface QuoteClusterOptions {
  /** Share of the shorter quote's word pairs the other must have to be the same words. Default 0.5. */
  minContainment?: number;
  /** Word pairs found in more quotes than this are too common to propose candidates. Default 200. */
  maxPostings?: number;
}

/**
 * Groups the quotes of different articles that carry the same source words, through
 * case, punctuation, curly vs straight marks, brackets, ellipses, hyphenation,
 * truncation, a quote that spans two of another outlet's quotes, small word changes
 * and reordering ("millions of daily tweets" vs "the daily delivery of millions of
 * tweets"). Candidate pairs come from an inverted index of word pairs, never from all
 * pairs. Every quote ends in exactly one cluster; a quote only one outlet carries is a
 * cluster of one.
 *
 * @example clusterQuotes(quotes, articles).filter((c) => c.outlets.length > 1)
 */
export function clusterQuotes(quotes: readonly Quote[], articles: readonly Article[], options: QuoteClusterOptions = {}): Cluster[] {
  const minContainment = options.minContainment ?? 0.5;
  const maxPostings = options.maxPostings ?? 200;
  const items: Item[] = quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial').map(prepare);
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const reordered = new Set<number>();
  const ctx: LinkContext = {
    articleOf: (i) => items[i]!.quote.article,
    length: (i) => items[i]!.words.length,
    union: (anchor, i) => {
      parent[find(i)] = find(anchor);
    },
    mark: (i) => reordered.add(i),
  };

  // Candidates are pairs of variants (copies of a quote count once), which gives the links
  // that comparing every two quotes sharing a word pair would, as long as no word pair is in
  // more than `maxPostings` quotes; past that, copies no longer crowd a word pair out.
  const variants = groupVariants(items.map((item) => item.signature), ctx.articleOf);
  const postings = new Map<string, number[]>();
  variants.forEach((variant, v) => {
    const item = items[variant.members[0]!]!;
    linkCopies(variant, linkKind(item, item, minContainment), ctx);
    for (const key of new Set([...item.bigrams, ...[...item.content].map((c) => `1:${c}`)])) {
      const list = postings.get(key);
      if (list) list.push(v);
      else postings.set(key, [v]);
    }
  });
  const seen = new Set<number>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxPostings) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const pair = list[x]! * variants.length + list[y]!;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const v = variants[list[x]!]!;
        const w = variants[list[y]!]!;
        const link = linkKind(items[v.members[0]!]!, items[w.members[0]!]!, minContainment);
        if (link !== null) linkVariants(v, w, link, ctx);
      }
    }
  }

  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root) ?? [];
    g.push(i);
    groups.set(root, g);
  });

  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const lists = outletLists([...new Set(articles.map((a) => a.outlet))]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const passages = indexPassages(articles, quotes);
  const alignments = new AlignmentCache();
  const clusters: Cluster[] = [];
  for (const group of groups.values()) {
    const members = group.map((i) => items[i]!).sort((a, b) => (articleOrder.get(a.quote.article)! - articleOrder.get(b.quote.article)!) || a.quote.start - b.quote.start);
    const canonical = chooseCanonical(members);
    const cluster: Cluster = { id: '', type: 'quote', text: canonical.quote.text, outlets: [], missing: [], flags: [], members: [] };
    const canonicalText = byId.get(canonical.quote.article)!.text;
    cluster.members = members.map((m) => toMember(m, canonical, canonicalText, byId.get(m.quote.article)!, alignments));
    if (members.length > 1 || cluster.text.split(/\s+/).length >= 6) {
      for (const found of findUnquoted(canonical, canonicalText, members, passages, alignments)) cluster.members.push(found);
    }
    cluster.members.sort((a, b) => (articleOrder.get(a.article)! - articleOrder.get(b.article)!) || a.start - b.start);
    Object.assign(cluster, lists(cluster.members.map((m) => m.outlet)));
    cluster.flags = flagCluster(cluster, members, group.filter((i) => reordered.has(i)).map((i) => items[i]!.quote.id), alignments);
    clusters.push(cluster);
  }
  return orderClusters(clusters, articleOrder, 'q');
}

function prepare(quote: Quote): Item {
  const w = words(quote.text, quote.start);
  const bigrams = new Set<string>();
  for (let k = 0; k + 1 < w.length; k++) bigrams.add(`${w[k]!.key} ${w[k + 1]!.key}`);
  if (w.length === 1) bigrams.add(w[0]!.key);
  return { quote, words: w, signature: w.map((x) => x.key).join(' '), bigrams, content: new Set(w.map((x) => x.key).filter(isContent)) };
}

/**
 * How two quotes of different articles relate: the same words (most of the shorter
 * one's word pairs are in the other), the same words reordered (most of its content words
 * are there, but not in that order), or unrelated (null).
 */
export function linkKind(a: Item, b: Item, minContainment: number): 'same' | 'reordered' | null {
  const [short, long] = a.bigrams.size <= b.bigrams.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of short.bigrams) if (long.bigrams.has(g)) shared++;
  if (short.bigrams.size > 0 && shared / short.bigrams.size >= minContainment && (shared >= 2 || short.bigrams.size === 1)) return 'same';
  const [fewer, more] = a.content.size <= b.content.size ? [a, b] : [b, a];
  if (fewer.content.size < 3) return null;
  let common = 0;
  for (const c of fewer.content) if (more.content.has(c)) common++;
  return common / fewer.content.size >= 0.75 ? 'reordered' : null;
}

// The longest version that other outlets support: most other outlets share its word pairs,
// then the longest, then the earliest. Partial quotes support a full one but rarely win.
// Copies of a quote support alike, so versions are compared once per pair, not per copy.
function chooseCanonical(members: Item[]): Item {
  const versions = new Map<string, { item: Item; outlets: Set<string> }>();
  for (const m of members) {
    const v = versions.get(m.signature);
    if (v) v.outlets.add(m.quote.outlet);
    else versions.set(m.signature, { item: m, outlets: new Set([m.quote.outlet]) });
  }
  // For each version, the outlets of the versions it holds most word pairs of.
  const support = new Map<string, Set<string>>();
  for (const [signature, { item }] of versions) {
    const outlets = new Set<string>();
    for (const o of versions.values()) {
      let shared = 0;
      for (const g of o.item.bigrams) if (item.bigrams.has(g)) shared++;
      if (o.item.bigrams.size && shared / o.item.bigrams.size >= 0.5) for (const outlet of o.outlets) outlets.add(outlet);
    }
    support.set(signature, outlets);
  }
  let best = members[0]!;
  let bestScore = -1;
  for (const m of members) {
    const outlets = support.get(m.signature)!;
    const score = (outlets.size - (outlets.has(m.quote.outlet) ? 1 : 0)) * 1e6 + m.words.length;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

function toMember(item: Item, canonical: Item, canonicalText: string, article: Article, alignments: AlignmentCache): ClusterMember {
  const q = item.quote;
  return {
    id: q.id, article: q.article, file: q.file, outlet: q.outlet, kind: q.kind, text: q.text,
    speaker: q.speaker, source: q.source, cue: q.cue, start: q.start, end: q.end, paragraph: q.paragraph,
    position: round(q.start / Math.max(1, article.text.length)),
    diff: wordDiff(canonical.words, item.words, canonicalText, article.text, alignments),
  };
}

/** Orders clusters most widely carried first, then by first appearance, and numbers them. */
export function orderClusters(clusters: Cluster[], articleOrder: Map<string, number>, prefix: string): Cluster[] {
  const firstPlace = (c: Cluster) => {
    const m = c.members[0]!;
    return (articleOrder.get(m.article) ?? 0) * 1e9 + m.start;
  };
  clusters.sort((a, b) => b.outlets.length - a.outlets.length || firstPlace(a) - firstPlace(b) || compareCodeUnits(a.text, b.text));
  clusters.forEach((c, i) => {
    c.id = `${prefix}${i + 1}`;
  });
  return clusters;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
