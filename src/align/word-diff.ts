import { diffArrays } from 'diff';
import type { DiffPart } from '../model/comparison.js';
import type { Word } from './words.js';

/**
 * A word-level diff from `base` to `other`, compared by word key (so case, curly
 * apostrophes, brackets and hyphens are not differences) and shown with the words as
 * each text has them: `equal` and `added` parts in `other`'s spelling, `removed` in `base`'s.
 * Uses jsdiff's `diffArrays`.
 *
 * @example wordDiff(words('the daily delivery of millions'), words('millions of daily'))
 */
export function wordDiff(base: readonly Word[], other: readonly Word[]): DiffPart[] {
  const changes = diffArrays(base.map((w) => w.key), other.map((w) => w.key));
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const n = change.count ?? change.value.length;
    let text: string;
    let op: DiffPart['op'];
    if (change.added) {
      text = other.slice(j, j + n).map((w) => w.text).join(' ');
      op = 'added';
      j += n;
    } else if (change.removed) {
      text = base.slice(i, i + n).map((w) => w.text).join(' ');
      op = 'removed';
      i += n;
    } else {
      text = other.slice(j, j + n).map((w) => w.text).join(' ');
      op = 'equal';
      i += n;
      j += n;
    }
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else if (text) parts.push({ op, text });
  }
  return parts;
}
