import { findNumbers, formatNumber } from '../../analyze/numbers.js';
import { featureKey, type Feature } from './feature.js';

/**
 * Numbers, normalised so that outlets that write them differently share them:
 * "$84.3 million" and "$84,300,000" are both `number:$84300000`, "12%" and "12 percent"
 * both `number:12 percent`. Years are dates (see `findDates`), and a small bare count
 * ("two", "3") says little about which event it is: both are left out. The text is read
 * a paragraph at a time (a number never spans a blank line), which keeps long articles fast.
 *
 * @example findStoryNumbers('Net income fell to $84.3 million') // keys: number:$84300000
 */
export function findStoryNumbers(text: string): Feature[] {
  const out: Feature[] = [];
  // A line break ends the paragraph when only spaces, not line breaks, come before the next one: [^\S\n]* stops at the first.
  const paragraph = /[^\n]+(?:\n(?![^\S\n]*\n)[^\n]*)*/g;
  for (let p = paragraph.exec(text); p; p = paragraph.exec(text)) {
    const part = p[0];
    for (const n of findNumbers(part)) {
      const bare = n.currency === null && !n.percent && n.unit === null;
      if (bare && n.value <= 10) continue;
      if (bare && Number.isInteger(n.value) && n.value >= 1800 && n.value <= 2199 && /^\d{4}$/.test(part.slice(n.start, n.end))) continue;
      out.push({ kind: 'number', key: featureKey('number', formatNumber(n)), start: p.index + n.start, end: p.index + n.end });
    }
  }
  return out;
}
