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
    const to = s.close ?? s.end;
    if (from < at) continue;
    parts.push(text.slice(at, from), ' '.repeat(Math.max(0, to - from)));
    at = Math.max(at, to);
  }
  parts.push(text.slice(at));
  return parts.join('');
}
