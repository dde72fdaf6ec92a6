import type { Quote } from '../../model/types.js';
import type { ClauseSpan } from './split-clauses.js';
import { contentWords, MIN_CLAUSE_WORDS } from './split-clauses.js';

const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;
const words = (text: string) => (text.match(WORD) ?? []).map((w) => w.toLowerCase());

// What joins an attribution to the statement: "Parler responded … on claims that [the
// company is targeting …]", "…, claiming that", "…, saying".
const LINKS = new Set(['claiming', 'saying', 'stating', 'arguing', 'alleging', 'insisting', 'noting', 'adding']);
const LINK_PHRASES = ['on the claims', 'on the claim', 'on claims', 'on claim', 'on the grounds', 'on grounds'];

/** `text` without the words that join it to the statement after it: "… against Amazon | on claims that". */
function withoutLink(text: string): string {
  let out = trimEnd(text);
  if (/(?:^|[^\p{L}])that$/iu.test(out)) out = trimEnd(out.slice(0, -4));
  const lower = out.toLowerCase();
  const phrase = LINK_PHRASES.find((p) => lower.endsWith(p) && !/\p{L}/u.test(lower.charAt(lower.length - p.length - 1)));
  if (phrase) return trimEnd(out.slice(0, -phrase.length));
  const word = lastWord(out);
  if (word && LINKS.has(word.toLowerCase())) return trimEnd(out.slice(0, -word.length));
  return out;
}

/**
 * The parts of a sentence that are the outlet's own words when reported statements
 * (`inside`, sorted) take up the rest: the text before, between and after them, less
 * the attribution next to each. Before a statement the attribution starts at its cue
 * ("after the company | claimed that [the network wasn’t able …]"); after it, it ends at
 * its cue ("[…], Fox Business | reported."). What the cue leaves is kept when it says
 * more than who spoke: "The 18-page complaint filed in Seattle federal court | claims
 * […]" keeps "The 18-page complaint filed in Seattle federal court".
 *
 * @example ownSegments(text, s.start, s.end, [quote]) // for "Parler sued Amazon on Monday, claiming [breach of contract]."
 *   // one segment: "Parler sued Amazon on Monday"
 */
export function ownSegments(text: string, start: number, end: number, inside: readonly Quote[]): ClauseSpan[] {
  if (inside.length === 0) return [{ start, end }];
  const out: ClauseSpan[] = [];
  let at = start;
  for (const q of inside) {
    if (q.start > at) out.push(beforeStatement(text, at, q.start, q));
    at = Math.max(at, q.end);
  }
  const last = inside[inside.length - 1]!;
  if (end > at) out.push(afterStatement(text, at, end, last));
  return out.filter((s) => s.end > s.start && contentWords(text.slice(s.start, s.end)) >= MIN_CLAUSE_WORDS);
}

// What is left before a cue once the speaker is cut off: "…, Amazon has | stated that",
// "… Monday after the company | claimed that", "… several weeks and during that time it | observed".
const TRAILING = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'also', 'further', 'then', 'later', 'it', 'he',
  'she', 'they', 'we', 'that', 'and', 'but', 'after', 'as', 'when', 'while', 'because', 'since', 'following', 'before']);

/** `text` without trailing auxiliaries, adverbs, pronouns and connectives, read word by word from the end. */
function withoutTrailing(text: string): string {
  let out = trimEnd(text);
  for (;;) {
    const word = lastWord(out);
    if (!word || !(TRAILING.has(word.toLowerCase()) || /^\p{Ll}+ly$/u.test(word))) return out;
    out = trimEnd(out.slice(0, -word.length));
  }
}

/** The last word of a text that ends in one, or ''. */
function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && /[\p{L}’'-]/u.test(text.charAt(i - 1))) i--;
  return text.slice(i);
}

function trimEnd(text: string): string {
  let i = text.length;
  while (i > 0 && /[\s,]/u.test(text.charAt(i - 1))) i--;
  return text.slice(0, i);
}

function beforeStatement(text: string, start: number, end: number, q: Quote): ClauseSpan {
  let cue = q.cue ? lastIndexOfWord(text.slice(start, end), q.cue) : -1;
  // A cue far from the statement is the sentence's own verb, not its attribution:
  // "Parler responded to this removal by filing a lawsuit against Amazon on claims that […]".
  if (cue >= 0 && contentWords(text.slice(start + cue + q.cue!.length, end)) > MIN_CLAUSE_WORDS) cue = -1;
  if (cue < 0) return { start, end: start + withoutLink(text.slice(start, end)).length };
  let before = text.slice(start, start + cue);
  const speaker = speakerAtEnd(withoutTrailing(before), q.speaker);
  if (speaker >= 0) {
    // The speaker opens the attribution; an opening phrase before it is the attribution's
    // setting ("In a statement released on Monday evening, | Amazon has stated that").
    before = withoutTrailing(before).slice(0, speaker);
    if (/,/u.test(before.slice(before.trimEnd().length - 1))) return { start, end: start };
  }
  // The rest must say more than who spoke: "after the company | claimed" keeps nothing.
  const kept = withoutTrailing(before);
  if (contentWords(kept) < MIN_CLAUSE_WORDS) return { start, end: start };
  return { start, end: start + kept.length };
}

function afterStatement(text: string, start: number, end: number, q: Quote): ClauseSpan {
  const piece = text.slice(start, end);
  // ", Fox Business reported." or ", Parler’s complaint says, noting that …": skip to after the cue.
  const head = /^[\s,;:—–”"’]*/u.exec(piece)![0].length;
  const cue = q.cue ? firstIndexOfWord(piece, q.cue) : -1;
  if (cue >= 0 && words(piece.slice(0, cue)).length <= words(q.speaker ?? '').length + 2) {
    return { start: start + cue + q.cue!.length, end };
  }
  return { start: start + head, end };
}

/** Where the speaker ("Amazon", "the company") ends `text`, or -1. */
function speakerAtEnd(text: string, speaker: string | null): number {
  if (!speaker) return -1;
  const name = speaker.replace(/^(?:the|a|an)\s+/iu, '').toLowerCase();
  const lower = trimEnd(text).toLowerCase();
  if (!lower.endsWith(name) || /[\p{L}]/u.test(lower.charAt(lower.length - name.length - 1))) return -1;
  let at = lower.length - name.length;
  const article = /(?:^|[^\p{L}])(?:the|a|an)\s+$/u.exec(lower.slice(Math.max(0, at - 6), at));
  if (article) at -= article[0].length - (/[^\p{L}]/u.test(article[0].charAt(0)) ? 1 : 0);
  return at;
}

function lastIndexOfWord(text: string, word: string): number {
  let found = -1;
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, 'giu'))) found = m.index!;
  return found;
}

function firstIndexOfWord(text: string, word: string): number {
  const m = new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, 'iu').exec(text);
  return m ? m.index : -1;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
