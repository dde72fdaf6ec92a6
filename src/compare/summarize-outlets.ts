import type { Cluster, OutletSummary } from '../model/comparison.js';
import type { Article, Quote } from '../model/types.js';
import { countWords } from '../analyze/actors/count-words.js';
import type { RunOrder } from '../analyze/actors/run-order.js';

/**
 * One line per outlet, in the run's outlet order: its articles and titles, how many
 * words, quotes in quote marks (direct and partial), indirect statements and claims
 * (members of claim clusters) it has, and whether any of its articles is opinion.
 */
export function summarizeOutlets(articles: readonly Article[], quotes: readonly Quote[], clusters: readonly Cluster[], order: RunOrder): OutletSummary[] {
  const sorted = [...articles].sort((a, b) => order.articleRank(a.id) - order.articleRank(b.id));
  const claimIds = new Map<string, Set<string>>();
  for (const c of clusters) {
    if (c.type !== 'claim') continue;
    for (const m of c.members) claimIds.set(m.outlet, (claimIds.get(m.outlet) ?? new Set()).add(m.id));
  }
  const articlesOf = groupBy(sorted, (a) => a.outlet);
  const quotesOf = groupBy(quotes, (q) => q.outlet);
  return order.outlets.map((outlet) => {
    const own = articlesOf.get(outlet) ?? [];
    const ownQuotes = quotesOf.get(outlet) ?? [];
    return {
      outlet,
      articles: own.map((a) => a.id),
      titles: own.map((a) => a.title ?? ''),
      words: own.reduce((n, a) => n + countWords(a.text), 0),
      quotes: ownQuotes.filter((q) => q.kind === 'direct' || q.kind === 'partial').length,
      indirect: ownQuotes.filter((q) => q.kind === 'indirect').length,
      claims: claimIds.get(outlet)?.size ?? 0,
      isOpinion: own.some((a) => a.isOpinion),
    };
  });
}

// Items by key, each list in the items' order (what filtering per outlet gave, without its cost per outlet).
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}
