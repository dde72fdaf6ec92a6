import { wordTokens } from '../word-tokens.js';

const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
const QUOTE_MARKS = /["'`´“”„‟«»‹›‘’‚‛]/g;
const EDGES = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

// `AWS support the delivery of “millions of daily tweets.”` and `millions of daily
// tweets.` compare as `aws support the delivery of millions of daily tweets` and
// `millions of daily tweets`: quote marks gone, spaces plain, case folded.
function flatten(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').toLowerCase().replace(EDGES, '');
}

/** Shared word tokens (with repeats) over the token count of the shorter text, 0–1. */
export function shorterOverlap(a: string, b: string): number {
  const left = wordTokens(a);
  const right = wordTokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of left) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of right) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return shared / Math.min(left.length, right.length);
}

/**
 * Whether a predicted member's text and a gold member's text are the same version:
 * one holds the other once quote marks and spacing are normalised, or they share at
 * least half the words of the shorter one.
 *
 * @example matchMemberText('millions of daily tweets.', 'AWS support the delivery of “millions of daily tweets.”') // true
 */
export function matchMemberText(predicted: string, gold: string): boolean {
  const p = flatten(predicted);
  const g = flatten(gold);
  if (p === '' || g === '') return false;
  if (p.includes(g) || g.includes(p)) return true;
  return shorterOverlap(predicted, gold) >= 0.5;
}
