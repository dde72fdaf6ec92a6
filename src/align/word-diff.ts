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
 * Myers' diff takes time in proportion to the words times the differences: two 900-word
 * versions that differ throughout take a quarter of a second, two 4,000-word ones six.
 * Versions that differ in more words than this, beyond the difference in their lengths
 * (so a short excerpt of a long quote still aligns), are not the same words; only their
 * common start and end are aligned.
 */
const MAX_EXTRA_EDITS = 200;

/** The common start and end of two word lists as equal, the rest removed and added. */
function endsOnly(a: readonly string[], b: readonly string[]): Array<{ value: string[]; count: number; added: boolean; removed: boolean }> {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const parts = [
    { value: a.slice(0, head), added: false, removed: false },
    { value: a.slice(head, a.length - tail), added: false, removed: true },
    { value: b.slice(head, b.length - tail), added: true, removed: false },
    { value: a.slice(a.length - tail), added: false, removed: false },
  ];
  return parts.filter((p) => p.value.length > 0).map((p) => ({ ...p, count: p.value.length }));
}

/**
 * Aligns two word lists by word key with jsdiff's `diffArrays`, so case, curly
 * apostrophes, brackets and hyphens are not differences.
 */
export function alignWords(base: readonly Word[], other: readonly Word[]): Alignment[] {
  const out: Alignment[] = [];
  let i = 0;
  let j = 0;
  const a = base.map((w) => w.key);
  const b = other.map((w) => w.key);
  const changes = diffArrays(a, b, { maxEditLength: Math.abs(a.length - b.length) + MAX_EXTRA_EDITS }) ?? endsOnly(a, b);
  for (const change of changes) {
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
 * Remembers alignments by the two texts' word keys, which are all `alignWords` looks at:
 * when 5,000 outlets carry the same quote, its copies align with the cluster text once.
 */
export class AlignmentCache {
  // By the base's keys, then the other's: the two key strings are made once per word list
  // (see keysOf) and never joined, so a long canonical quote is not copied and hashed
  // again for each of its thousands of members.
  private readonly known = new Map<string, Map<string, Alignment[]>>();

  align(base: readonly Word[], other: readonly Word[]): Alignment[] {
    const baseKey = keysOf(base);
    let byOther = this.known.get(baseKey);
    if (!byOther) {
      byOther = new Map();
      this.known.set(baseKey, byOther);
    }
    const otherKey = keysOf(other);
    let found = byOther.get(otherKey);
    if (!found) {
      found = alignWords(base, other);
      byOther.set(otherKey, found);
    }
    return found;
  }
}

const keyStrings = new WeakMap<readonly Word[], string>();

// Keys hold no spaces (a word never does), so the joined keys name the sequence. A list's
// string is kept while the list lives.
function keysOf(list: readonly Word[]): string {
  let out = keyStrings.get(list);
  if (out === undefined) {
    out = '';
    for (const w of list) out += `${w.key} `;
    keyStrings.set(list, out);
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
export function wordDiff(base: readonly Word[], other: readonly Word[], baseText: string, otherText: string, cache?: AlignmentCache): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const a of cache ? cache.align(base, other) : alignWords(base, other)) {
    const [list, from, text] = a.op === 'removed' ? [base, a.base, baseText] : [other, a.other, otherText];
    const slice = text.slice(list[from]!.start, list[from + a.count - 1]!.end);
    const last = parts[parts.length - 1];
    if (last && last.op === a.op) last.text += ` ${slice}`;
    else parts.push({ op: a.op, text: slice });
  }
  return parts;
}
