import type { Paragraph } from '../../model/types.js';

export type MarkStyle = 'double' | 'single' | 'guillemet' | 'low';

/** A quoted span in one paragraph: the words between an opening mark and its closing mark. */
export interface QuoteSpan {
  /** Index of the opening mark in the article text. */
  open: number;
  /** Index of the closing mark, or null when the paragraph ends before the quote does. */
  close: number | null;
  /** Index just after the closing mark (`close + 1`, or `close + 2` for a `''` mark); null with `close`. */
  closeEnd: number | null;
  /** Inner text bounds (marks excluded, surrounding spaces trimmed). */
  start: number;
  end: number;
  style: MarkStyle;
  paragraph: number;
  /** The quote runs on into the next paragraph, which reopens it ("multi-paragraph quote"). */
  continues: boolean;
  /** This paragraph reopens a quote the previous paragraph left open. */
  continuation: boolean;
  /** The opening mark never closes and the next paragraph does not reopen it. */
  unbalanced: boolean;
}

interface Opener {
  at: number;
  style: MarkStyle;
  /** The character that opened: decides which marks may close it. */
  char: string;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s([{—–\-/:;,“‘"'«„]/;
const CLOSE_CONTEXT = /[\s.,;:!?)\]}—–\-…”’"'»]/;
const OPENING_MARK = /^[“"«„‘']/;
// Every mark the pairing looks at; the loop jumps from one to the next. Two straight
// apostrophes are one double mark, as the New York Times writes quotes: ''It is over,'' she said.
const MARK = /''|[“”„«»"‘’']/g;
// Quotes nest two or three deep. Past this, a run of opening marks ("“a “a “a …") is not
// nesting, and each mark would search a stack as deep as the paragraph is long.
const MAX_DEPTH = 16;

/**
 * Pairs the quote marks of each paragraph and returns the top-level quoted spans.
 * Marks nested inside a quote ("… Inc. (“AWS”) and …") stay part of the outer span.
 * Apostrophes are told apart from single quotes by what surrounds them: "Parler’s" and
 * "AWS’ decision" are apostrophes, "‘death blow’" is a quote. A quote left open at the
 * end of a paragraph runs to the paragraph end; when the next paragraph reopens it the
 * two halves are marked `continues`/`continuation`, otherwise it is `unbalanced`.
 *
 * @example findQuoteSpans('“It is over,” she said.', [{ start: 0, end: 23, kind: 'body' }])
 *   // [{ open: 0, close: 12, start: 1, end: 12, style: 'double', … }]
 */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried = false;
  paragraphs.forEach((p, index) => {
    const found = spansInParagraph(text, p.start, p.end, index);
    const first = found[0];
    if (carried && first && first.open === firstNonSpace(text, p.start)) first.continuation = true;
    if (carried && !(first && first.continuation)) {
      // The previous paragraph's open quote was not reopened here: it was unbalanced.
      const last = spans[spans.length - 1];
      if (last) {
        last.continues = false;
        last.unbalanced = true;
      }
    }
    const last = found[found.length - 1];
    carried = last !== undefined && last.close === null;
    if (carried) {
      const next = paragraphs[index + 1];
      last!.continues = next !== undefined && OPENING_MARK.test(text.slice(firstNonSpace(text, next.start), next.end));
      last!.unbalanced = !last!.continues;
      carried = last!.continues;
    }
    // One push at a time: spreading 200,000 spans of one paragraph overflows the call stack.
    for (const span of found) spans.push(span);
  });
  return spans;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function spansInParagraph(text: string, from: number, to: number, paragraph: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Opener[] = [];
  const push = (at: number, style: MarkStyle, char: string) => {
    if (stack.length < MAX_DEPTH) stack.push({ at, style, char });
  };
  // Found once per paragraph: whether a closing ' follows a position is whether the last one does.
  let lastCloser: number | undefined;
  const hasStraightCloser = (at: number) => (lastCloser ??= lastStraightCloser(text, from, to)) >= at;
  const closeAt = (depth: number, at: number, length = 1) => {
    const opener = stack[depth]!;
    stack.length = depth;
    if (depth === 0) spans.push(makeSpan(text, opener, at, paragraph, undefined, length));
  };
  const findOpen = (test: (o: Opener) => boolean): number => {
    for (let d = stack.length - 1; d >= 0; d--) if (test(stack[d]!)) return d;
    return -1;
  };
  // Searched in the paragraph alone: in the whole text, a paragraph with no marks would
  // search on to the next mark or the end, for each of 20,000 paragraphs.
  const paragraphText = text.slice(from, to);
  MARK.lastIndex = 0;
  for (let found = MARK.exec(paragraphText); found; found = MARK.exec(paragraphText)) {
    const i = from + found.index;
    const c = found[0];
    const prev = i > from ? text[i - 1]! : ' ';
    const next = i + 1 < to ? text[i + 1]! : ' ';
    switch (c) {
      case "''": {
        // ''…'' pairs like "…": it opens after a space and before a word, and closes after a word.
        const after = i + 2 < to ? text[i + 2]! : ' ';
        const open = findOpen((o) => o.char === "''");
        // ''… 'old-fashioned,''' she said: three marks close a single quote and then the double one.
        const single = after === "'" ? findOpen((o) => o.char === "'") : -1;
        if (open >= 0 && single > open && !/\s/.test(prev)) {
          closeAt(single, i);
          closeAt(open, i + 1, 2);
          MARK.lastIndex = found.index + 3;
          break;
        }
        const opens = SPACE_OR_OPEN.test(prev) && !/\s/.test(after);
        const closes = !/\s/.test(prev) && (CLOSE_CONTEXT.test(after) || i + 2 === to);
        if (open >= 0 && (closes || !opens)) closeAt(open, i, 2);
        else if (opens) push(i, 'double', c);
        break;
      }
      case '“': {
        // In German style „…“ the high mark closes; otherwise it opens.
        const low = findOpen((o) => o.char === '„');
        if (low >= 0 && (CLOSE_CONTEXT.test(next) || i + 1 === to)) closeAt(low, i);
        // “It is over,“ she said: an opening mark typed for the closing one, after the
        // quote's last punctuation and before a space, closes the open “.
        else if (stack.length > 0 && stack[stack.length - 1]!.char === '“' && /[,.?!]/.test(prev) && (/\s/.test(next) || i + 1 === to)) closeAt(stack.length - 1, i);
        else push(i, 'double', c);
        break;
      }
      case '„':
        push(i, 'low', c);
        break;
      case '«':
        push(i, 'guillemet', c);
        break;
      case '»': {
        const d = findOpen((o) => o.char === '«');
        if (d >= 0) closeAt(d, i);
        break;
      }
      case '”': {
        const d = findOpen((o) => o.char === '“' || o.char === '„' || o.char === '"');
        if (d >= 0) closeAt(d, i);
        break;
      }
      case '"': {
        const open = findOpen((o) => o.char === '"');
        const opens = SPACE_OR_OPEN.test(prev) && !/\s/.test(next);
        const closes = !/\s/.test(prev) && (CLOSE_CONTEXT.test(next) || i + 1 === to);
        if (open >= 0 && (closes || !opens)) closeAt(open, i);
        else if (opens || open < 0) push(i, 'double', c);
        break;
      }
      case '‘': {
        // ‘90s, rock ‘n’ roll: elisions typed with the opening mark.
        if (/\d/.test(next) && /^\d\ds?\b/.test(text.slice(i + 1, i + 4))) break;
        if (WORD.test(prev)) break;
        push(i, 'single', c);
        break;
      }
      case '’': {
        if (WORD.test(prev) && WORD.test(next)) break; // don’t, Parler’s
        const d = findOpen((o) => o.char === '‘');
        if (d >= 0 && !/\s/.test(prev) && (CLOSE_CONTEXT.test(next) || i + 1 === to) && stackTopIsSingleOrAbove(stack, d)) closeAt(d, i);
        break; // otherwise an apostrophe: AWS’ decision, the ’90s
      }
      case '\'': {
        if (WORD.test(prev) && WORD.test(next)) break; // don't
        const d = findOpen((o) => o.char === '\'');
        if (d >= 0 && !/\s/.test(prev) && (CLOSE_CONTEXT.test(next) || i + 1 === to)) {
          closeAt(d, i);
          break;
        }
        if (SPACE_OR_OPEN.test(prev) && WORD.test(next) && hasStraightCloser(i + 1)) push(i, 'single', c);
        break;
      }
    }
  }
  // Whatever is still open at the paragraph end: a double quote runs to the end (it may
  // continue in the next paragraph); an open single mark was most likely an apostrophe.
  const bottom = stack.findIndex((o) => o.style !== 'single');
  if (bottom === 0) {
    const opener = stack[0]!;
    const span = makeSpan(text, opener, null, paragraph, to);
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}

// A single opener closes only with nothing unclosed of another kind above it.
function stackTopIsSingleOrAbove(stack: Opener[], depth: number): boolean {
  return stack.slice(depth + 1).every((o) => o.style === 'single');
}

// 'Straight single' quotes open only when a closing ' follows in the paragraph: "the 'death blow' to".
// The last such closer in `[from, to)`, or -1.
function lastStraightCloser(text: string, from: number, to: number): number {
  for (let j = to - 1; j >= from; j--) {
    if (text[j] !== '\'') continue;
    if (text[j - 1] === '\'') { j--; continue; } // a ''double'' mark, not a single one
    const prev = text[j - 1] ?? ' ';
    const next = j + 1 < to ? text[j + 1]! : ' ';
    if (!/\s/.test(prev) && !WORD.test(next)) return j;
  }
  return -1;
}

function makeSpan(text: string, opener: Opener, close: number | null, paragraph: number, paragraphEnd?: number, closeLength = 1): QuoteSpan {
  let start = opener.at + opener.char.length;
  let end = close ?? paragraphEnd!;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  const closeEnd = close === null ? null : close + closeLength;
  return { open: opener.at, close, closeEnd, start, end, style: opener.style, paragraph, continues: false, continuation: false, unbalanced: false };
}
