import { diffArrays } from 'diff';
import type { DiffPart } from '../model/comparison.js';
import type { Word } from './words.js';

/** A run of words that the two texts share, or that only one of them has. */
export interface Alignment {
  op: DiffPart['op'];
  /** Index of the run's first word in `base` (removed, equal) or `other` (added, equal). */
  base: number;
  other: number;
  count: number;
}

/**
 * Aligns two word lists by word key with jsdiff's `diffArrays`, so case, curly
 * apostrophes, brackets and hyphens are not differences.
 */
export function alignWords(base: readonly Word[], other: readonly Word[]): Alignment[] {
  const out: Alignment[] = [];
  let i = 0;
  let j = 0;
  for (const change of diffArrays(base.map((w) => w.key), other.map((w) => w.key))) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      out.push({ op: 'added', base: i, other: j, count });
      j += count;
    } else if (change.removed) {
      out.push({ op: 'removed', base: i, other: j, count });
      i += count;
    } else {
      out.push({ op: 'equal', base: i, other: j, count });
      i += count;
      j += count;
    }
  }
  return out;
}

/**
 * A word-level diff from `base` to `other`, shown as each text has it: `equal` and
 * `added` parts are slices of `otherText` (punctuation kept), `removed` parts slices of
 * `baseText`. Word offsets index into the two texts.
 *
 * @example wordDiff(words(a), words(b), a, b) // [{op:'equal', text:'millions of'}, {op:'added', text:'daily'}, …]
 */
export function wordDiff(base: readonly Word[], other: readonly Word[], baseText: string, otherText: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const a of alignWords(base, other)) {
    const [list, from, text] = a.op === 'removed' ? [base, a.base, baseText] : [other, a.other, otherText];
    const slice = text.slice(list[from]!.start, list[from + a.count - 1]!.end);
    const last = parts[parts.length - 1];
    if (last && last.op === a.op) last.text += ` ${slice}`;
    else parts.push({ op: a.op, text: slice });
  }
  return parts;
}
