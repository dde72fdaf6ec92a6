import type { Cluster, ReportingVerbCount } from '../model/comparison.js';
import type { Quote } from '../model/types.js';
import { cueLemma } from '../analyze/quotes/lexicon.js';
import type { ArticleView } from '../analyze/actors/article-view.js';
import { compareText, type RunOrder } from '../analyze/actors/run-order.js';

/** A record that names a cue: a quote, or a claim-cluster member. */
interface Cued {
  id: string;
  article: string;
  outlet: string;
  source: string | null;
  cue: string;
  paragraph: number;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How each outlet introduces each source's words: "Parler claims in its filing" counts as
 * one "claims" for Parler, "the lawsuit reads" one "reads" for the Parler lawsuit. A count
 * is of uses of the verb in the text, not of records: the two halves of a quote split
 * around "Parler claims" share one "claims" (both ids are in `examples`). Each record's cue
 * is located as the nearest occurrence of that word outside quote marks in its paragraph
 * (or the two before, for a quote paragraph that carries on a speaker);
 * a claim that repeats a quote's statement lands on the same occurrence and is not counted
 * twice. Sorted by outlet, count (most first), source (unnamed last), cue.
 */
export function countReportingVerbs(views: readonly ArticleView[], quotes: readonly Quote[], clusters: readonly Cluster[], order: RunOrder): ReportingVerbCount[] {
  const byArticle = new Map(views.map((v) => [v.article.id, v]));
  const records: Cued[] = [];
  const seen = new Set<string>();
  for (const q of quotes) {
    if (!q.cue || q.kind === 'mention') continue;
    records.push({ id: q.id, article: q.article, outlet: q.outlet, source: q.source, cue: q.cue.toLowerCase(), paragraph: q.paragraph, start: q.start, end: q.end });
    seen.add(q.id);
  }
  for (const c of clusters) {
    if (c.type !== 'claim') continue;
    for (const m of c.members) {
      if (!m.cue || seen.has(m.id)) continue;
      seen.add(m.id);
      records.push({ id: m.id, article: m.article, outlet: m.outlet, source: m.source, cue: m.cue.toLowerCase(), paragraph: m.paragraph, start: m.start, end: m.end });
    }
  }
  const groups = new Map<string, { outlet: string; source: string | null; cue: string; uses: Set<string>; records: Cued[] }>();
  for (const r of records) {
    const view = byArticle.get(r.article);
    const at = view ? locateCue(view, r) : null;
    const key = JSON.stringify([r.outlet, r.source, r.cue]);
    const g = groups.get(key) ?? { outlet: r.outlet, source: r.source, cue: r.cue, uses: new Set<string>(), records: [] };
    g.uses.add(at === null ? `record:${r.id}` : `${r.article}@${at}`);
    g.records.push(r);
    groups.set(key, g);
  }
  const byPlace = (a: Cued, b: Cued) => order.articleRank(a.article) - order.articleRank(b.article) || a.start - b.start || compareText(a.id, b.id);
  return [...groups.values()]
    .map((g) => ({
      outlet: g.outlet,
      source: g.source,
      cue: g.cue,
      count: g.uses.size,
      examples: [...new Set(g.records.sort(byPlace).map((r) => r.id))],
      ...(cueLemma(g.cue) ? { lemma: cueLemma(g.cue) } : {}),
    }))
    .sort((a, b) => order.outletRank(a.outlet) - order.outletRank(b.outlet) || b.count - a.count || compareSource(a.source, b.source) || compareText(a.cue, b.cue));
}

function compareSource(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}

/** How far either side of its record a cue is looked for first; nearer than half of it, nothing outside can be nearer. */
const NEAR = 4000;

/**
 * Offset of the cue word nearest to the record, outside quote marks, in its paragraph or,
 * for a quote that carries on an earlier paragraph's speaker, in one of the two before it.
 */
function locateCue(view: ArticleView, r: Cued): number | null {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(r.cue).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  for (let k = r.paragraph; k >= Math.max(0, r.paragraph - 2); k--) {
    const p = view.article.paragraphs[k];
    if (!p) continue;
    // The cue is next to its record: in a 10 MB paragraph with a record per sentence,
    // reading the whole paragraph for each record would take hours.
    const near = k === r.paragraph ? nearestCue(re, view.masked, Math.max(p.start, r.start - NEAR), Math.min(p.end, r.end + NEAR), r) : null;
    const best = near !== null && near.distance < NEAR / 2 ? near : nearestCue(re, view.masked, p.start, p.end, r);
    if (best !== null) return best.at;
  }
  return null;
}

/** The match of `re` in `[from, to)` of the text nearest to the record (the first of equals). */
function nearestCue(re: RegExp, masked: string, from: number, to: number, r: Cued): { at: number; distance: number } | null {
  const chunk = masked.slice(from, to);
  let best: { at: number; distance: number } | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const distance = end <= r.start ? r.start - end : start >= r.end ? start - r.end : 0;
    if (best === null || distance < best.distance) best = { at: start, distance };
  }
  return best;
}
