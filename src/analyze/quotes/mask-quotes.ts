import type { QuoteSpan } from './find-quote-spans.js';

/**
 * The article text with the inside of every quote blanked out (same length, so
 * offsets still hold). Cue and speaker rules read this, so that "said" inside a
 * quotation is never taken for the reporting verb of the sentence around it.
 *
 * @example maskQuotes('“We said no,” Roe said.', spans) // '“           ” Roe said.'
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    const from = s.open + 1;
    const to = s.closeEnd === null ? s.end : s.closeEnd - 1;
    if (from < at) continue;
    // A ''…'' quote is masked as "…": the rules then read one mark each side, as they do for "…".
    const doubled = text.startsWith("''", s.open);
    parts.push(text.slice(at, doubled ? s.open : from), doubled ? '"' : '', ' '.repeat(Math.max(0, to - from)));
    if (doubled && s.closeEnd !== null) {
      parts.push('"');
      at = s.closeEnd;
    } else at = Math.max(at, to);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
