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
  'rule', 'speakerStart', 'speakerEnd', 'cueStart', 'cueEnd',
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
  const s = ctx.styles;
  const cells = new Map<Quote, Cells>(quotes.map((q) => [q, {
    kind: s[KIND_STYLE[q.kind]](q.kind),
    speaker: speakerCell(q, s),
    cue: q.cue ? oneLine(q.cue) : s.dim('—'),
    text: oneLine(q.text),
  }]));
  // One set of widths for the whole run, so the columns line up from one article to the next.
  const widths = columnWidths([...cells.values()], ctx.width);
  return groupByArticle(quotes, articles)
    .map(({ article, id, outlet, quotes: group }) => {
      const rows = group.map((q) => cells.get(q)!);
      return heading(outlet, article?.title ?? id, group.length, ctx) + (widths ? renderTable(rows, widths, ctx) : renderList(rows, ctx));
    })
    .join('\n');
}

type Cells = Record<'kind' | 'speaker' | 'cue' | 'text', string>;

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

/** Widths (with padding) of kind, speaker, cue and text that fill `width` exactly, or null when a table cannot fit. */
function columnWidths(cells: readonly Cells[], width: number): number[] | null {
  const widest = (values: string[], head: string) => Math.max(stringWidth(head), ...values.map((v) => stringWidth(v)));
  const kind = widest(cells.map((c) => c.kind), 'kind') + 2;
  const cue = Math.min(14, widest(cells.map((c) => c.cue), 'cue') + 2);
  const speaker = Math.min(widest(cells.map((c) => c.speaker), 'speaker') + 2, clamp(Math.floor((width - BORDERS) * 0.22), 12, 32));
  return fitWidths([
    { min: kind, ideal: kind },
    { min: Math.min(speaker, 9), ideal: speaker },
    { min: Math.min(cue, 7), ideal: cue },
    { min: 12, ideal: 12, grow: true },
  ], width - BORDERS);
}

function renderTable(cells: readonly Cells[], widths: readonly number[], ctx: RenderContext): string {
  const s = ctx.styles;
  const table = new Table({
    head: ['kind', 'speaker', 'cue', 'text'].map((h, k) => wrap(s.bold(h), widths[k]! - 2)),
    colWidths: [...widths],
    wordWrap: false,
    style: { head: [], border: [], compact: true },
  });
  // Every wrapped line is a table row of its own, with a rule row between quotes. cli-table3
  // measures a multi-line cell again for every line it draws, which grows with the square of
  // the quote's length (seconds for one corpus); one-line cells keep it linear. The cells are
  // wrapped by wrap-ansi, hard, so a word longer than its column breaks instead of ending in "…".
  cells.forEach((c, k) => {
    if (k > 0) table.push(rule(widths));
    const lines = [c.kind, c.speaker, c.cue, c.text].map((v, column) => wrap(v, widths[column]! - 2).split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    for (let line = 0; line < height; line++) table.push(lines.map((l) => l[line] ?? ''));
  });
  return table.toString() + '\n';
}

/** A row drawn as the rule between two rows: ├──┼──┤. */
function rule(widths: readonly number[]): Table.Cell[] {
  return widths.map((w) => ({
    content: '─'.repeat(w),
    chars: { left: '├', middle: '┼', right: '┤' },
    style: { 'padding-left': 0, 'padding-right': 0 },
  }));
}

/** The speaker as the article names it, with the canonical source after it when they differ: "Matze (John Matze)". */
function speakerCell(q: Quote, s: Styles): string {
  const speaker = q.speaker ? oneLine(q.speaker) : null;
  const source = q.source && q.source !== q.speaker ? oneLine(q.source) : null;
  if (speaker && source) return `${speaker} ${s.dim(`(${source})`)}`;
  if (speaker) return speaker;
  return source ? s.dim(`(${source})`) : s.dim('—');
}

function renderList(cells: readonly Cells[], ctx: RenderContext): string {
  return cells
    .map((c) => {
      const head = wrap(`${c.kind} ${c.speaker} ${ctx.styles.dim(`(${c.cue})`)}`, ctx.width);
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
