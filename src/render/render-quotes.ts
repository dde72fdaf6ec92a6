import Table from 'cli-table3';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type { Article, Quote, QuoteKind } from '../model/types.js';
import type { RenderContext, Styles } from './context.js';
import { toCsv } from './csv.js';
import { fitWidths } from './fit-width.js';

/**
 * The fields of a quote record, in their documented order: the CSV columns and the key
 * order of the JSON and NDJSON records. Other commands that print quotes reuse this list.
 */
export const QUOTE_COLUMNS = [
  'id', 'article', 'file', 'outlet', 'kind', 'text', 'speaker', 'source', 'sourceOrg',
  'cue', 'paragraph', 'sentence', 'start', 'end', 'confidence',
] as const satisfies readonly (keyof Quote)[];

export type QuoteColumn = (typeof QUOTE_COLUMNS)[number];

/** A quote as printed by `coverage quotes`: the contract documented in the README. */
export type QuoteRecord = Pick<Quote, QuoteColumn>;

/** A quote as its machine record, with the fields in `QUOTE_COLUMNS` order and nothing else. */
export function toQuoteRecord(q: Quote): QuoteRecord {
  const record: Partial<Record<QuoteColumn, unknown>> = {};
  for (const column of QUOTE_COLUMNS) record[column] = q[column];
  return record as QuoteRecord;
}

export type QuoteFormat = 'table' | 'csv' | 'json' | 'ndjson';

/** Formatters for `coverage quotes`, keyed by format name. Quotes arrive sorted by article, then offset. */
export const QUOTE_FORMATTERS: Record<QuoteFormat, (quotes: readonly Quote[], articles: readonly Article[], ctx: RenderContext) => string> = {
  json: (quotes) => JSON.stringify(quotes.map(toQuoteRecord), null, 2) + '\n',
  ndjson: (quotes) => quotes.map((q) => JSON.stringify(toQuoteRecord(q)) + '\n').join(''),
  csv: (quotes) => toCsv(quotes.map(toQuoteRecord), QUOTE_COLUMNS),
  table: (quotes, articles, ctx) => renderQuoteTable(quotes, articles, ctx),
};

const KIND_STYLE: Record<QuoteKind, keyof Styles> = { direct: 'green', partial: 'cyan', indirect: 'yellow', mention: 'magenta' };

/** Table borders: one on each side and one between each pair of the four columns. */
const BORDERS = 5;

/**
 * Quotes grouped by article, each group headed by its outlet and title, then a table of
 * kind, speaker, cue and text whose every line is exactly `ctx.width` columns wide. Long
 * texts wrap inside their cell (long words are broken) and are never cut. Below about 45
 * columns a table cannot hold the text, so each quote becomes a short wrapped paragraph.
 */
export function renderQuoteTable(quotes: readonly Quote[], articles: readonly Article[], ctx: RenderContext): string {
  if (quotes.length === 0) return '';
  return groupByArticle(quotes, articles)
    .map(({ article, id, outlet, quotes: group }) => heading(outlet, article?.title ?? id, group.length, ctx) + renderGroup(group, ctx))
    .join('\n');
}

function groupByArticle(quotes: readonly Quote[], articles: readonly Article[]) {
  const groups = new Map<string, { article: Article | undefined; id: string; outlet: string; quotes: Quote[] }>();
  // Articles in read order first, so the groups follow the order the files were given in.
  for (const a of articles) groups.set(a.id, { article: a, id: a.id, outlet: a.outlet, quotes: [] });
  for (const q of quotes) {
    let group = groups.get(q.article);
    if (!group) groups.set(q.article, (group = { article: undefined, id: q.article, outlet: q.outlet, quotes: [] }));
    group.quotes.push(q);
  }
  return [...groups.values()].filter((g) => g.quotes.length > 0);
}

function heading(outlet: string, title: string, count: number, ctx: RenderContext): string {
  const s = ctx.styles;
  const line = `${s.bold(`${outlet} · ${oneLine(title)}`)} ${s.dim(`(${count} ${count === 1 ? 'quote' : 'quotes'})`)}`;
  return wrap(line, ctx.width) + '\n';
}

function renderGroup(quotes: readonly Quote[], ctx: RenderContext): string {
  const s = ctx.styles;
  const cells = quotes.map((q) => ({
    kind: s[KIND_STYLE[q.kind]](q.kind),
    speaker: speakerCell(q, s),
    cue: q.cue ? oneLine(q.cue) : s.dim('—'),
    text: oneLine(q.text),
  }));
  const widest = (values: string[], head: string) => Math.max(stringWidth(head), ...values.map((v) => stringWidth(v)));
  const kind = widest(cells.map((c) => c.kind), 'kind') + 2;
  const cue = Math.min(14, widest(cells.map((c) => c.cue), 'cue') + 2);
  const speaker = Math.min(widest(cells.map((c) => c.speaker), 'speaker') + 2, clamp(Math.floor((ctx.width - BORDERS) * 0.22), 12, 32));
  const widths = fitWidths([
    { min: kind, ideal: kind },
    { min: Math.min(speaker, 9), ideal: speaker },
    { min: Math.min(cue, 7), ideal: cue },
    { min: 12, ideal: 12, grow: true },
  ], ctx.width - BORDERS);
  if (!widths) return renderList(quotes, cells, ctx);

  const table = new Table({
    head: ['kind', 'speaker', 'cue', 'text'].map((h, k) => wrap(s.bold(h), widths[k]! - 2)),
    colWidths: widths,
    // The cells arrive wrapped by wrap-ansi (hard, so long words break); cli-table3's own
    // wrapping would cut a word longer than the column with "…".
    wordWrap: false,
    // A rule between rows: quotes span several lines and would otherwise run together.
    style: { head: [], border: [], compact: false },
  });
  for (const c of cells) table.push([c.kind, c.speaker, c.cue, c.text].map((v, k) => wrap(v, widths[k]! - 2)));
  return table.toString() + '\n';
}

/** The speaker as the article names it, with the canonical source after it when they differ: "Matze (John Matze)". */
function speakerCell(q: Quote, s: Styles): string {
  const speaker = q.speaker ? oneLine(q.speaker) : null;
  const source = q.source && q.source !== q.speaker ? oneLine(q.source) : null;
  if (speaker && source) return `${speaker} ${s.dim(`(${source})`)}`;
  if (speaker) return speaker;
  return source ? s.dim(`(${source})`) : s.dim('—');
}

function renderList(quotes: readonly Quote[], cells: ReadonlyArray<Record<'kind' | 'speaker' | 'cue' | 'text', string>>, ctx: RenderContext): string {
  return cells
    .map((c, k) => {
      const head = wrap(`${c.kind} ${c.speaker}${quotes[k]!.cue ? ` ${ctx.styles.dim(`(${c.cue})`)}` : ''}`, ctx.width);
      const body = wrap(c.text, Math.max(1, ctx.width - 2)).split('\n').map((line) => `  ${line}`).join('\n');
      return `${head}\n${body}\n`;
    })
    .join('');
}

/** Hard-wraps to `columns`, breaking words longer than a line; escape codes are kept per line. */
function wrap(text: string, columns: number): string {
  return wrapAnsi(text, Math.max(1, columns), { hard: true, trim: true });
}

/** Paragraph breaks and tabs inside a record would break a table row apart. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, n));
}
