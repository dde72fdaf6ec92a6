import stringWidth from 'string-width';
import type { Comparison } from '../model/comparison.js';
import type { RenderContext } from './context.js';
import { fitWidths } from './fit-width.js';
import { cells, csvTable, drawGrid, oneLine, OUTLET_COLUMNS, wrapCell } from './tables.js';
import { compareCodeUnits } from '../model/compare-code-units.js';

export { OUTLET_COLUMNS };

export type OutletColumn = (typeof OUTLET_COLUMNS)[number];

/** One source's part of what an outlet attributes: words in quote marks and in indirect statements. */
export interface SourceShare {
  source: string;
  words: number;
  /** Share of all attributed words in the outlet, 0–1. */
  share: number;
}

/** An outlet as printed by `coverage outlets`: the contract documented in the README. */
export interface OutletRecord {
  outlet: string;
  articles: number;
  words: number;
  quotes: number;
  indirect: number;
  claims: number;
  sources: number;
  topSources: SourceShare[];
  isOpinion: boolean;
}

export interface OutletRecordOptions {
  /** How many sources `topSources` lists, most words first; 0 lists them all. Default 3. */
  top?: number;
}

/**
 * One record per outlet, in the run's outlet order, from a comparison: counts from the
 * outlet summary, claims as `coverage claims` lists them, and who is heard from the
 * voice measure (sources with no attributed words, such as a bare mention, are not heard).
 */
export function toOutletRecords(comparison: Comparison, options: OutletRecordOptions = {}): OutletRecord[] {
  const top = options.top ?? 3;
  return comparison.framing.outlets.map((o) => {
    const voices = comparison.framing.voice.filter((v) => v.outlet === o.outlet);
    const ranked = [...voices].sort((a, b) => b.words - a.words || compareCodeUnits(a.source, b.source));
    return {
      outlet: o.outlet,
      articles: o.articles.length,
      words: o.words,
      quotes: o.quotes,
      indirect: o.indirect,
      claims: comparison.claims.filter((c) => c.outlet === o.outlet).length,
      sources: voices.length,
      topSources: (top > 0 ? ranked.slice(0, top) : ranked).map((v) => ({ source: v.source, words: v.words, share: v.share })),
      isOpinion: o.isOpinion,
    };
  });
}

/** "Parler lawsuit 73%; Amazon Web Services spokesperson 14%": the CSV and table form of `topSources`. */
export function formatTopSources(sources: readonly SourceShare[]): string {
  return sources.map((s) => `${s.source} ${Math.round(s.share * 100)}%`).join('; ');
}

export type OutletFormat = 'table' | 'csv' | 'json' | 'ndjson';

/** Formatters for `coverage outlets`, keyed by format name. */
export const OUTLET_FORMATTERS: Record<OutletFormat, (outlets: readonly OutletRecord[], ctx: RenderContext) => string> = {
  json: (outlets) => JSON.stringify(outlets, null, 2) + '\n',
  ndjson: (outlets) => outlets.map((o) => JSON.stringify(o) + '\n').join(''),
  csv: (outlets) => csvTable(OUTLET_COLUMNS, outlets.map((o) => cells({ ...o, topSources: formatTopSources(o.topSources) }, OUTLET_COLUMNS))),
  table: (outlets, ctx) => renderOutletTable(outlets, ctx),
};

/** Column heads, full and short: the short ones are tried when the full ones leave the top sources no room. */
const HEADS = [
  ['outlet', 'articles', 'words', 'quotes', 'indirect', 'claims', 'sources', 'top sources', 'opinion'],
  ['outlet', 'art.', 'words', 'quotes', 'indir.', 'claims', 'src.', 'top sources', 'op.'],
];
const TOP = 7;
const BORDERS = HEADS[0]!.length + 1;

/**
 * One row per outlet, exactly `ctx.width` columns wide. Outlet labels are kept whole when
 * they fit (they are identifiers people type back into --outlets); the top sources column
 * takes the room that is left. Too narrow for a table, each outlet becomes a short paragraph.
 */
export function renderOutletTable(outlets: readonly OutletRecord[], ctx: RenderContext): string {
  if (outlets.length === 0) return '';
  const rows = outlets.map((o) => [
    oneLine(o.outlet), String(o.articles), String(o.words), String(o.quotes), String(o.indirect), String(o.claims), String(o.sources),
    o.topSources.length ? formatTopSources(o.topSources) : ctx.styles.dim('—'), o.isOpinion ? 'yes' : '',
  ]);
  for (const head of HEADS) {
    const widest = (k: number) => Math.max(stringWidth(head[k]!), ...rows.map((r) => stringWidth(r[k]!))) + 2;
    const outlet = Math.min(widest(0), 26);
    const specs = head.map((_, k) => (k === TOP ? { min: 16, ideal: 16, grow: true } : k === 0 ? { min: outlet, ideal: outlet } : { min: widest(k), ideal: widest(k) }));
    const widths = fitWidths(specs, ctx.width - BORDERS);
    if (widths) return drawGrid(head, rows, widths, ctx);
  }
  const head = HEADS[0]!;
  return rows.map((r) => wrapCell(r.map((v, k) => (k === 0 ? ctx.styles.bold(v) : `${head[k]}: ${v}`)).filter((v) => !v.endsWith(': ')).join(', '), ctx.width) + '\n').join('');
}
