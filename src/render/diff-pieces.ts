import type { DiffPart } from '../model/comparison.js';

/** One piece of a member's text as every view shows it. */
export type DiffPiece =
  | { kind: 'equal'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string; words: number }
  /** Words the member leaves out before or after the part it quotes: shown as "…". */
  | { kind: 'ellipsis' };

/** Longest run of left-out words that is still printed; a longer gap is counted. */
export const MAX_SHOWN_REMOVED = 6;

/**
 * The pieces of a word diff that the terminal, Markdown and HTML views show: words the
 * member leaves out at the start or end make it a shorter quote ("…"), not a difference.
 *
 * @example diffPieces([{ op: 'removed', text: 'the daily' }, { op: 'equal', text: 'tweets' }])
 *   // [{ kind: 'ellipsis' }, { kind: 'equal', text: 'tweets' }]
 */
export function diffPieces(parts: readonly DiffPart[]): DiffPiece[] {
  let from = 0;
  let to = parts.length;
  while (from < to && parts[from]!.op === 'removed') from++;
  while (to > from && parts[to - 1]!.op === 'removed') to--;
  const out: DiffPiece[] = [];
  if (from > 0) out.push({ kind: 'ellipsis' });
  for (const part of parts.slice(from, to)) {
    const text = part.text.trim();
    if (part.op === 'removed') out.push({ kind: 'removed', text, words: text.split(/\s+/).length });
    else out.push(part.op === 'added' ? { kind: 'added', text } : { kind: 'equal', text });
  }
  if (to < parts.length) out.push({ kind: 'ellipsis' });
  return out;
}
