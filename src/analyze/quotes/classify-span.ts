import type { QuoteKind } from '../../model/types.js';

// Words that introduce a name rather than a statement: the phrase “Hang Mike Pence”,
// the show “Mornings with Maria”, a hashtag, a nickname, a so-called label.
const NAMING = /\b(?:titled|entitled|named|dubbed|nicknamed|known as|billed as|branded|so-called|the (?:[\p{L}-]+\s+){0,2}(?:phrase|term|word|words|slogan|hashtag|motto|headline|caption|chant|show|programme|program|film|movie|documentary|book|memoir|novel|poem|essay|song|anthem|album|series|podcast|column|newsletter|magazine|newspaper|segment|play|musical|opera|exhibition|campaign|initiative|operation|nickname|moniker|label|brand|app|game)|chants? of|chanting|hashtag|trending|slogan|nickname)\s*$/iu;
// Prepositions before a title: on “Mornings with Maria”, in “The Guardian”.
const TITLE_PREPOSITION = /\b(?:on|in|from|at|to|of|watching|watched|read|reading|wrote)\s*$/i;
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'vs', 'vs.', 'de', 'la', 'le']);

export interface SpanContext {
  /** The quote's words. */
  inner: string;
  /** Masked text from the start of the sentence to the opening mark. */
  before: string;
  /** Masked text from the closing mark to the end of the paragraph. */
  after: string;
  /** The quote continues one opened in the previous paragraph. */
  continuation: boolean;
}

/**
 * Decides what a quoted span is:
 * - `mention` for names, titles and defined terms: (“AWS”), the phrase “Hang Mike Pence”,
 *   on “Mornings with Maria”;
 * - `direct` when it stands as whole sentence(s): “It is over,” she said. / She said: “It is over.”
 * - `partial` when it is a fragment inside the outlet's own sentence: told users to “hold on”.
 * A short partial with no speaker can still become a scare-quote mention later.
 */
export function classifySpan(c: SpanContext): QuoteKind {
  const inner = c.inner.trim();
  // (?<!…): each pattern anchored at the end is tried from the start of a run only, so a long run is read once.
  const before = c.before.replace(/(?<!\s)\s+$/, '');
  if (/\(\s*$/.test(before) && /^\s*\)/.test(c.after)) return 'mention';
  if (NAMING.test(before)) return 'mention';
  const bareInner = inner.replace(/[,.]$/, '');
  if (isTitleCase(bareInner) && TITLE_PREPOSITION.test(before) && !/[.!?,]/.test(bareInner.slice(0, -1).replace(/,/g, ''))) return 'mention';
  // A nickname between the parts of a name: Darnell “The Hammer” Okoye.
  if (/\p{Lu}/u.test(wordBefore(before)) && /^\s+\p{Lu}/u.test(c.after) && isTitleCase(bareInner) && !/[.!?,]$/.test(inner)) return 'mention';
  if (c.continuation) return 'direct';
  const startsSentence = /^[\p{Lu}\p{N}…"'“‘[(]|^\.\.\./u.test(inner);
  const introduced = before === '' || /[,:—–]$/.test(before);
  if (startsSentence && introduced) return 'direct';
  // "…,” Matze said" with nothing before: whole sentence even when it starts lowercase after an ellipsis.
  if (before === '' && /^[…]|^\.\.\./.test(inner)) return 'direct';
  return 'partial';
}

const WORD_AT_END = /(?<![\p{L}’'.-])[\p{L}’'.-]*$/u;

/**
 * The run of letters that ends `before`. A pattern anchored at the end is tried from every
 * position, so it reads the last 64 characters, and all of `before` only when the run may
 * start further back (or a surrogate pair was cut).
 */
function wordBefore(before: string): string {
  if (before.length <= 64) return WORD_AT_END.exec(before)![0];
  const found = WORD_AT_END.exec(before.slice(-64))!;
  return found.index <= 1 ? WORD_AT_END.exec(before)![0] : found[0];
}

/** "Mornings with Maria", "The Daily Show": every major word capitalised, at most eight words. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.has(w.toLowerCase())));
}
