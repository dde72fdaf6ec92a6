import type { Paragraph, Sentence } from '../../model/types.js';
import { dropAbbreviationBreaks } from './drop-abbreviation-breaks.js';
import { findBreaks } from './find-breaks.js';
import { dropAttributionBreaks } from './merge-attribution.js';
import { mergeWordless, type Span } from './merge-wordless.js';

/**
 * Splits a paragraph into sentences, as a chain of passes: find every candidate
 * break, drop the ones that follow an abbreviation or an initial, drop the ones between
 * a quoted question and its attribution, then merge pieces that hold no words (a lone "…").
 * Offsets are shifted by `offset`; white space between sentences belongs to neither.
 *
 * @example splitSentences('Sen. Jim DeMint, R-S.C., spoke at the U.S. Capitol. He left.', 0)
 *   // [{start: 0, end: 52}, {start: 53, end: 62}]
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const breaks = dropAttributionBreaks(text, dropAbbreviationBreaks(text, findBreaks(text)));
  const spans: Span[] = [];
  let start = 0;
  for (const b of [...breaks, { end: text.length, next: text.length }]) {
    if (b.end > start) spans.push({ start, end: b.end });
    start = b.next;
  }
  return mergeWordless(text, spans).map((s) => ({ start: s.start + offset, end: s.end + offset }));
}

/**
 * Sentences of a whole article. Subheadings give none (they are labels, not
 * statements); a headline is one sentence.
 */
export function segmentSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    if (p.kind === 'subheading') return;
    const spans = p.kind === 'headline' ? [{ start: p.start, end: p.end }] : splitSentences(text.slice(p.start, p.end), p.start);
    for (const s of spans) out.push({ start: s.start, end: s.end, paragraph: index });
  });
  return out;
}
