import type { GoldPlace, GoldQuote } from './types.js';

const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// How far before the previous record a record may start and still be preferred: gold
// records are in article order, but an indirect clause is listed after a fragment inside it.
const BACKTRACK = 1000;

function pattern(text: string): RegExp {
  const words = text.normalize('NFC').replace(INVISIBLE, '').trim().split(/[\s\u00A0\u202F\u2000-\u200A\u3000]+/);
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
}

/**
 * Finds each gold record in the article's cleaned text. Whitespace may differ (the
 * cleaner turns no-break spaces into spaces). A text that occurs more than once goes
 * to the occurrence after the one the same text last took, near the previous record.
 *
 * @example locateGold([{ kind: 'mention', text: 'Hang Mike Pence', speaker: null, cue: null }], text)
 */
export function locateGold(gold: readonly GoldQuote[], text: string): GoldPlace[] {
  const taken = new Map<string, number>();
  let previous = 0;
  return gold.map((record) => {
    if (!record.text.trim()) return null;
    const all = [...text.matchAll(pattern(record.text))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (all.length === 0) return null;
    const key = record.text.normalize('NFC').replace(/\s+/g, ' ').trim();
    const after = all.filter((o) => o.start >= (taken.get(key) ?? 0));
    const pool = after.length > 0 ? after : all;
    const place = pool.find((o) => o.start >= previous - BACKTRACK) ?? pool[pool.length - 1];
    taken.set(key, place.end);
    previous = place.start;
    return place;
  });
}
