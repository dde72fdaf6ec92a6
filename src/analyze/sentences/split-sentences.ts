import type { Paragraph, Sentence } from '../../model/types.js';
import { MAYBE_FINAL, NEVER_FINAL, SENTENCE_STARTERS } from './abbreviations.js';

// A terminator, any closing marks after it, white space, and what may start the next sentence.
// "…political animus.” Parler" breaks after the closing mark.
const CANDIDATE = /([.!?…]+)([”"’'»)\]]*)(\s+)(?=[\p{Lu}\p{N}“"‘'«„(\[…¿¡—–-])/gu;

/**
 * Splits a paragraph into sentences, as a chain of passes: find every candidate
 * break, drop the ones that follow an abbreviation or an initial, then merge
 * pieces that hold no words (a lone "…").
 *
 * @example splitSentences('Sen. Jim DeMint, R-S.C., spoke at the U.S. Capitol. He left.', 0)
 *   // [{start: 0, end: 52}, {start: 53, end: 62}]
 */
export function splitSentences(text: string, offset = 0): Array<{ start: number; end: number }> {
  const breaks = findBreaks(text).filter((b) => !followsAbbreviation(text, b));
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const b of [...breaks, { end: text.length, next: text.length }]) {
    if (b.end > start) spans.push({ start, end: b.end });
    start = b.next;
  }
  return mergeWordless(text, spans).map((s) => ({ start: s.start + offset, end: s.end + offset }));
}

interface Break {
  /** Where the sentence ends (after the terminator and closing marks). */
  end: number;
  /** Where the next sentence starts (after the white space). */
  next: number;
  /** Index of the terminator. */
  at: number;
  terminator: string;
}

function findBreaks(text: string): Break[] {
  const out: Break[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const end = m.index + m[1]!.length + m[2]!.length;
    out.push({ at: m.index, end, next: end + m[3]!.length, terminator: m[1]! });
  }
  return out;
}

function followsAbbreviation(text: string, b: Break): boolean {
  if (b.terminator !== '.' && b.terminator !== '…' && b.terminator !== '...') return false;
  const nextWord = (/^[\p{L}\p{N}'’]+/u.exec(text.slice(b.next)) ?? [''])[0].toLowerCase();
  const startsSentence = SENTENCE_STARTERS.has(nextWord) || /^[“"‘'«„]/.test(text.slice(b.next));
  // An ellipsis mid-quote ("the company… we will") rarely ends one: only before a typical opener.
  if (b.terminator !== '.') return !startsSentence;
  // The word before the period, with inner periods: "U.S", "R-S.C", "Inc", "F".
  const before = /([\p{L}\p{N}.'’-]*)$/u.exec(text.slice(0, b.at))![1]!;
  const word = before.replace(/^.*-/, '').toLowerCase();
  if (word === '') return false;
  if (NEVER_FINAL.has(word)) return true;
  if (/^\p{Lu}$/u.test(before)) return !startsSentence || before === 'I'; // "John F. Kennedy", not "Plan B. The"
  if (MAYBE_FINAL.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return !startsSentence; // "U.S", "a.m"
  return false;
}

function mergeWordless(text: string, spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && !/[\p{L}\p{N}]/u.test(text.slice(prev.start, prev.end))) prev.end = span.end;
    else if (prev && !/[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) prev.end = span.end;
    else out.push({ ...span });
  }
  return out;
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
