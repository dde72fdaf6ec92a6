import { findQuoteSpans } from '../../analyze/quotes/find-quote-spans.js';
import type { Paragraph } from '../../model/types.js';
import { words, type Word } from '../words.js';
import { featureKey, type Feature } from './feature.js';

/** Shorter quotes are too likely to recur by chance ("a fiction", "not guilty"). */
const MIN_WORDS = 3;
const GRAM = 4;

/**
 * Word 4-grams inside quote marks: outlets that quote the same person share them even
 * when one quotes less or cuts the quote in two. A three-word quote is one phrase.
 * Case, curly vs straight marks and hyphenation do not matter (the keys of `words`).
 *
 * @example findQuotedPhrases('“This train is a lifeline,” she said.')
 *   // keys: quote:this train is a, quote:train is a lifeline
 */
export function findQuotedPhrases(text: string, paragraphs: readonly Paragraph[] = wholeText(text), all: readonly Word[] = words(text)): Feature[] {
  const out: Feature[] = [];
  let at = 0;
  for (const span of findQuoteSpans(text, paragraphs)) {
    // The text's words inside the span: spans come in text order, so one pass over the words serves them all.
    while (at < all.length && all[at]!.start < span.start) at++;
    let to = at;
    while (to < all.length && all[to]!.end <= span.end) to++;
    const ws = all.slice(at, to);
    if (ws.length < MIN_WORDS) continue;
    const last = Math.max(0, ws.length - GRAM);
    for (let i = 0; i <= last; i++) {
      const gram = ws.slice(i, i + GRAM);
      out.push({ kind: 'quote', key: featureKey('quote', gram.map((w) => w.key).join(' ')), start: gram[0]!.start, end: gram[gram.length - 1]!.end });
    }
  }
  return out;
}

/** Paragraphs at blank lines, for callers that have text but no article. */
function wholeText(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: at, end: m.index, kind: 'body' });
    at = m.index + m[0].length;
  }
  out.push({ start: at, end: text.length, kind: 'body' });
  return out;
}
