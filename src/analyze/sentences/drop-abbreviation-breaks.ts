import { BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL, SENTENCE_STARTERS } from './abbreviations.js';
import { nextWordAfter, type Break } from './find-breaks.js';

/**
 * Drops candidate breaks after abbreviations, initials and mid-sentence ellipses:
 * "Sen. Jim DeMint, R-S.C., spoke at the U.S. Capitol on Jan. 6." stays one sentence;
 * "He lives in the U.S. The next day he left." still splits, because "The" opens sentences.
 */
export function dropAbbreviationBreaks(text: string, breaks: readonly Break[]): Break[] {
  return breaks.filter((b) => !followsAbbreviation(text, b));
}

function followsAbbreviation(text: string, b: Break): boolean {
  if (b.terminator !== '.' && b.terminator !== '…' && b.terminator !== '...') return false;
  const nextWord = nextWordAfter(text, b);
  const startsSentence = SENTENCE_STARTERS.has(nextWord) || /^[“"‘'«„]/.test(text.slice(b.next, b.next + 1));
  // An ellipsis mid-quote ("the company… we will") rarely ends one: only before a typical opener.
  if (b.terminator !== '.') return !startsSentence;
  // A closing mark between the period and the space ends the sentence: "…said “no.” Then".
  if (b.closing !== '') return false;
  const before = wordBefore(text, b.at);
  const word = before.replace(/^.*-/, '').toLowerCase();
  if (word === '') return false;
  if (NEVER_FINAL.has(word)) return true;
  if (BEFORE_NUMBER.has(word)) return /^(?:\d|[IVXLC]+\b)/.test(text.slice(b.next, b.next + 8));
  // "John F. Kennedy" stays whole, "…signed Plan B. The vote…" splits.
  if (/^\p{Lu}$/u.test(before)) return !startsSentence;
  if (MAYBE_FINAL.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return !startsSentence; // "U.S", "a.m"
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}.'’-]/u;

// The word before the period, with inner periods: "U.S", "R-S.C", "Inc", "F". Scanned
// backwards over at most 40 characters, so a 10 MB paragraph stays linear.
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 40 && WORD_CHAR.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}
