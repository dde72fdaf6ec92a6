import type { Quote } from '../../model/types.js';

/** Quote kinds whose words sit inside quote marks. */
const MARKED = new Set(['direct', 'partial', 'mention']);

/**
 * The text with the words inside quote marks, and the marks themselves, blanked out
 * (same length, so offsets hold). What a claim detector then finds is the outlet's
 * own wording: in `Matze called it “a thirty-day notice”` the number is not the outlet's.
 *
 * @example maskQuoted('He said “we have 98 examples” today.', quotes)
 *   // 'He said                       today.'
 */
export function maskQuoted(text: string, quotes: readonly Quote[]): string {
  const chars = text.split('');
  for (const q of quotes) {
    if (!MARKED.has(q.kind)) continue;
    // The opening mark sits just before the quote's text, the closing one just after.
    const from = q.start > 0 && isMark(text[q.start - 1]!) ? q.start - 1 : q.start;
    const to = q.end < text.length && isMark(text[q.end]!) ? q.end + 1 : q.end;
    for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  }
  return chars.join('');
}

/** Share of the non-space characters of `text.slice(start, end)` that `masked` blanks out. */
export function quotedShare(text: string, masked: string, start: number, end: number): number {
  let letters = 0;
  let quoted = 0;
  for (let i = start; i < end; i++) {
    if (/\s/.test(text[i]!)) continue;
    letters++;
    if (masked[i] === ' ') quoted++;
  }
  return letters === 0 ? 0 : quoted / letters;
}

function isMark(c: string): boolean {
  return /[“”"‘’'«»„‚‹›]/.test(c);
}
