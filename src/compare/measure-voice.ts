import type { VoiceShare } from '../model/comparison.js';
import type { Quote } from '../model/types.js';
import { countWords } from '../analyze/actors/count-words.js';
import { compareText, type RunOrder } from '../analyze/actors/run-order.js';

/**
 * Who is heard in each outlet, and how much: per source, the quotes in quote marks
 * (direct and partial), the words attributed to it (inside quote marks and in indirect
 * statements; a partial quote inside an indirect statement is counted once), its share
 * of all attributed words in the outlet, and the first paragraph where it is heard.
 * Unattributed quotes and scare quotes are nobody's voice and are left out. Sorted by
 * outlet, then words (most first), then source.
 */
export function measureVoice(articleText: ReadonlyMap<string, string>, quotes: readonly Quote[], order: RunOrder): VoiceShare[] {
  interface Acc { outlet: string; source: string; quotes: number; ranges: Map<string, Array<[number, number]>>; first: Quote; orgs: Set<string | null> }
  const acc = new Map<string, Acc>();
  const sorted = [...quotes].sort((a, b) => order.articleRank(a.article) - order.articleRank(b.article) || a.start - b.start || compareText(a.id, b.id));
  for (const q of sorted) {
    if (!q.source || q.kind === 'mention') continue;
    const key = JSON.stringify([q.outlet, q.source]);
    const a = acc.get(key) ?? { outlet: q.outlet, source: q.source, quotes: 0, ranges: new Map(), first: q, orgs: new Set() };
    if (q.kind === 'direct' || q.kind === 'partial') a.quotes++;
    a.ranges.set(q.article, [...(a.ranges.get(q.article) ?? []), [q.start, q.end]]);
    a.orgs.add(q.sourceOrg);
    acc.set(key, a);
  }
  const rows = [...acc.values()].map((a) => {
    let words = 0;
    for (const [article, ranges] of a.ranges) {
      const text = articleText.get(article);
      for (const [start, end] of mergeRanges(ranges)) words += text === undefined ? 0 : countWords(text.slice(start, end));
    }
    return { a, words };
  });
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.a.outlet, (totals.get(r.a.outlet) ?? 0) + r.words);
  return rows
    .map(({ a, words }): VoiceShare => {
      const total = totals.get(a.outlet) ?? 0;
      const orgs = [...a.orgs];
      return {
        outlet: a.outlet,
        source: a.source,
        quotes: a.quotes,
        words,
        share: total > 0 ? Math.round((words / total) * 1000) / 1000 : 0,
        firstParagraph: a.first.paragraph,
        sourceOrg: orgs.length === 1 ? orgs[0]! : null,
        firstQuote: a.first.id,
      };
    })
    .sort((x, y) => order.outletRank(x.outlet) - order.outletRank(y.outlet) || y.words - x.words || compareText(x.source, y.source));
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
