import { singular } from '../../analyze/numbers.js';
import { isContent, words, type Word } from '../words.js';
import { featureKey, type Feature } from './feature.js';

/**
 * Content words: every word that is not a function word, in the singular ("protesters"
 * and "protester" are one). Most of them are common and weigh almost nothing once the
 * run's document frequencies are counted; the rare ones ("carriages", "Halbrook") tie
 * two articles to one event as well as a name does. Digits are left to `findStoryNumbers`.
 *
 * @example findContentWords('The carriages are empty') // keys: word:carriage, word:empty
 */
export function findContentWords(text: string, ws: readonly Word[] = words(text)): Feature[] {
  const out: Feature[] = [];
  for (const w of ws) {
    const key = w.key.replace(/'s$/, '');
    if (key.length < 3 || !isContent(key) || !/\p{L}/u.test(key)) continue;
    out.push({ kind: 'word', key: featureKey('word', singular(key)), start: w.start, end: w.end });
  }
  return out;
}
