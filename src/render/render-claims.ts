import stringWidth from 'string-width';
import type { Claim } from '../model/comparison.js';
import type { Article } from '../model/types.js';
import type { RenderContext } from './context.js';
import { fitWidths } from './fit-width.js';
import { CLAIM_COLUMNS, claimCells, csvTable, drawGrid, oneLine, toClaimRecord, wrapCell, type ClaimColumn } from './tables.js';

export { CLAIM_COLUMNS, toClaimRecord, type ClaimColumn };

/** A claim as printed by `coverage claims`: the contract documented in the README. */
export type ClaimRecord = Pick<Claim, ClaimColumn>;

export type ClaimFormat = 'table' | 'csv' | 'json' | 'ndjson';

/** Formatters for `coverage claims`, keyed by format name. Claims arrive sorted by article, then offset. */
export const CLAIM_FORMATTERS: Record<ClaimFormat, (claims: readonly Claim[], articles: readonly Article[], ctx: RenderContext) => string> = {
  json: (claims) => JSON.stringify(claims.map(toClaimRecord), null, 2) + '\n',
  ndjson: (claims) => claims.map((c) => JSON.stringify(toClaimRecord(c)) + '\n').join(''),
  csv: (claims) => csvTable(CLAIM_COLUMNS, claims.map(claimCells)),
  table: (claims, articles, ctx) => renderClaimTable(claims, articles, ctx),
};

/** Table borders: one on each side and one between each pair of the four columns. */
const BORDERS = 5;

/**
 * Claims grouped by article, each group headed by its outlet and title, then a table of
 * kind, speaker, features and text exactly `ctx.width` columns wide; texts wrap, never cut.
 * Too narrow for a table, each claim becomes a short wrapped paragraph.
 */
export function renderClaimTable(claims: readonly Claim[], articles: readonly Article[], ctx: RenderContext): string {
  if (claims.length === 0) return '';
  const s = ctx.styles;
  const cells = new Map<Claim, string[]>(claims.map((c) => [c, [
    c.kind === 'indirect' ? s.yellow(c.kind) : s.cyan(c.kind),
    speakerCell(c, ctx),
    c.features.join(', '),
    oneLine(c.text),
  ]]));
  const widths = columnWidths([...cells.values()], ctx.width);
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const groups = new Map<string, Claim[]>();
  // Articles in read order first, so the groups follow the order the files were given in.
  for (const a of articles) groups.set(a.id, []);
  for (const c of claims) groups.set(c.article, [...(groups.get(c.article) ?? []), c]);
  return [...groups.entries()]
    .filter(([, group]) => group.length > 0)
    .map(([id, group]) => {
      const count = group.length;
      const head = `${s.bold(`${group[0]!.outlet} · ${oneLine(titles.get(id) ?? id)}`)} ${s.dim(`(${count} ${count === 1 ? 'claim' : 'claims'})`)}`;
      const rows = group.map((c) => cells.get(c)!);
      const body = widths
        ? drawGrid(['kind', 'speaker', 'features', 'text'], rows, widths, ctx)
        : rows.map(([kind, speaker, features, text]) => `${wrapCell(`${kind} ${speaker} ${s.dim(`(${features})`)}`, ctx.width)}\n${wrapCell(text!, Math.max(1, ctx.width - 2)).split('\n').map((l) => `  ${l}`).join('\n')}\n`).join('');
      return `${wrapCell(head, ctx.width)}\n${body}`;
    })
    .join('\n');
}

/** Widths (with padding) of kind, speaker, features and text that fill `width` exactly, or null when a table cannot fit. */
function columnWidths(rows: readonly string[][], width: number): number[] | null {
  const widest = (k: number, head: string) => Math.max(stringWidth(head), ...rows.map((r) => stringWidth(r[k]!))) + 2;
  const speaker = Math.min(widest(1, 'speaker'), Math.max(12, Math.min(32, Math.floor((width - BORDERS) * 0.22))));
  const features = Math.min(widest(2, 'features'), 16);
  return fitWidths([
    { min: widest(0, 'kind'), ideal: widest(0, 'kind') },
    { min: Math.min(speaker, 9), ideal: speaker },
    { min: Math.min(features, 10), ideal: features },
    { min: 12, ideal: 12, grow: true },
  ], width - BORDERS);
}

/** "Fox Business", or "Matze (John Matze)" when the source names the speaker more fully; "—" for the outlet's own statements. */
function speakerCell(c: Claim, ctx: RenderContext): string {
  const s = ctx.styles;
  const speaker = c.speaker ? oneLine(c.speaker) : null;
  const source = c.source && c.source !== c.speaker ? oneLine(c.source) : null;
  if (speaker && source) return `${speaker} ${s.dim(`(${source})`)}`;
  return speaker ?? (source ? s.dim(`(${source})`) : s.dim('—'));
}
