import type { SourceParagraph } from '../split-paragraphs.js';

/** What a rule knows about the article while it looks at paragraph `i`. */
export interface RuleContext {
  paragraphs: readonly SourceParagraph[];
  /** Author found so far (metadata or byline), used to spot the author bio. */
  author?: string;
}

/** A match: how many paragraphs from `i` are furniture, and any metadata they carried. */
export interface RuleMatch {
  count: number;
  author?: string;
  date?: string;
  isOpinion?: boolean;
  /** A headline the furniture carried: "Opinion | Our towns need buses". */
  title?: string;
  /**
   * When the furniture is markup around words of the story (a tweet embed), the words,
   * kept as a paragraph in place of the `count` matched, and the markup that goes.
   */
  unwrapped?: { text: string; markup: string };
}

/** One kind of page furniture. `reason` is the stable code shown by `--verbose`. */
export interface FurnitureRule {
  reason: string;
  match(i: number, context: RuleContext): RuleMatch | null;
}

/** Words in a line, counted the way a reader would (hyphenated words count once). */
export function wordCount(text: string): number {
  // The runs of non-space characters, as `text.split(/\s+/).filter(Boolean).length` counts them, without the arrays.
  let count = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** What `\s` matches in a JavaScript regular expression. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A short line that does not end a sentence: a headline, a label, a link title. */
export function isShortLabel(text: string, maxWords = 20): boolean {
  return wordCount(text) <= maxWords && !/[.;,]$/.test(text);
}

export const LIST_ITEM = /^(?:[-*•·▪–]\s+|\d{1,3}[.)]\s+)/;

/**
 * Words that make a line a statement about the world rather than a label: furniture
 * ("Photo by Jane Roe", "Share this article") never reports speech or says what is.
 * "Photos by residents showed the damage, police said." is story text.
 */
export const STATEMENT_VERB = /\b(?:said|says|say|told|tells|according to|showed|shows|was|were|is|are|has|have|had|will|would|could|did|does)\b/i;
