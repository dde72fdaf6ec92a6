import { SENTENCE_STARTERS } from './abbreviations.js';
import { nextWordAfter, type Break } from './find-breaks.js';

// A capitalised speaker and a speech verb right after a quoted question or exclamation.
const ATTRIBUTION = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:said|says|asked|asks|added|adds|wrote|writes|told|tells|shouted|shouts|cried|replied|replies|recalled|wondered|continued|explained|insisted|tweeted|posted|yelled|exclaimed)\b/u;

/**
 * Drops the break between a quoted question or exclamation and its attribution, which
 * belong to one sentence: "“Why now?” Matze asked." is one sentence, while
 * "“Why now?” He shrugged." is two (a pronoun opens a new one).
 */
export function dropAttributionBreaks(text: string, breaks: readonly Break[]): Break[] {
  return breaks.filter((b) => {
    if (!/[?!]/.test(b.terminator) || !/[”"’]/.test(b.closing)) return true;
    if (SENTENCE_STARTERS.has(nextWordAfter(text, b))) return true;
    return !ATTRIBUTION.test(text.slice(b.next, b.next + 120));
  });
}
