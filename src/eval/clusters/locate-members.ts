import type { TextPlace } from './types.js';

const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/**
 * Every place a gold member's text occurs in an article's cleaned text, spaces of any
 * kind matching each other (the cleaner turns no-break spaces into spaces). Empty when
 * the text is not there.
 *
 * @example locateMember('Hang Mike\u00a0Pence', 'was ‘Hang Mike Pence.’') // [{ start: 5, end: 20 }]
 */
export function locateMember(member: string, text: string): TextPlace[] {
  const words = member.normalize('NFC').replace(INVISIBLE, '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
