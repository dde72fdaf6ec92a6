import type { Cluster, ClusterFlag } from '../../model/comparison.js';
import { AlignmentCache } from '../word-diff.js';
import { isContent, type Word } from '../words.js';
import type { Item } from './quote-item.js';

/**
 * The flags of a quote cluster, each naming the words involved:
 * - `words-only-here`: words inside one outlet's quote marks that no other outlet's
 *   version has, inside the shared stretch or running on past where others end the
 *   sentence (“…to the benefit of Twitter, which violated federal antitrust laws.”);
 * - `reordered`: quote marks around words others have only in another order or form;
 * - `unquoted`: an outlet gives the quote's words without quote marks.
 */
export function flagCluster(cluster: Cluster, items: readonly Item[], reorderedIds: readonly string[], alignments = new AlignmentCache()): ClusterFlag[] {
  const flags: ClusterFlag[] = [];
  const outlets = new Set(items.map((i) => i.quote.outlet));
  if (outlets.size > 1) {
    const reordered = new Set(reorderedIds);
    const coverage = new Coverage(items, alignments);
    for (const item of items) {
      if (reordered.has(item.quote.id)) continue;
      for (const run of coverage.uncoveredRuns(item)) {
        flags.push({
          type: 'words-only-here', outlet: item.quote.outlet, member: item.quote.id, words: run.map((w) => w.text),
          message: `${item.quote.outlet} has “${run.map((w) => w.text).join(' ')}” inside its quote marks; no other outlet's version has these words`,
        });
      }
    }
  }
  for (const id of reorderedIds) {
    const item = items.find((i) => i.quote.id === id)!;
    flags.push({
      type: 'reordered', outlet: item.quote.outlet, member: id, words: item.words.map((w) => w.text),
      message: `${item.quote.outlet} quotes “${item.quote.text}”; other outlets have these words only in another order or form`,
    });
  }
  for (const m of cluster.members) {
    if (m.kind !== 'unquoted') continue;
    const shared = m.diff.filter((d) => d.op === 'equal').map((d) => d.text);
    flags.push({
      type: 'unquoted', outlet: m.outlet, member: m.id, words: shared,
      message: `${m.outlet} gives these words without quote marks${m.speaker ? ` (attributed to ${m.speaker})` : ', as its own'}`,
    });
  }
  return flags;
}

/** A version of the quote (its copies share the word keys) and up to two of the outlets that carry it. */
interface Version {
  item: Item;
  outlets: string[];
}

/**
 * Which words of a member some other outlet's version aligns with. An item's others are
 * the versions some other outlet carries; the alignment is worked out once per pair of
 * versions, and skipped for a version that has none of the word pairs around the words
 * still uncovered (a word is covered only inside a run of two aligned words, so such a
 * version cannot cover anything).
 */
class Coverage {
  private readonly shared: Version[] = [];
  private readonly single: Version[] = [];
  /** Keys after which some version ends a sentence, with up to two outlets that do. */
  private readonly sentenceEnds = new Map<string, string[]>();
  private readonly known = new Map<string, { shared: boolean[]; single: Array<{ outlet: string; words: number[] }> }>();

  constructor(items: readonly Item[], private readonly alignments: AlignmentCache) {
    const versions = new Map<string, Version>();
    for (const o of items) {
      const v = versions.get(o.signature);
      if (!v) versions.set(o.signature, { item: o, outlets: [o.quote.outlet] });
      else if (v.outlets.length < 2 && v.outlets[0] !== o.quote.outlet) v.outlets.push(o.quote.outlet);
      o.words.forEach((w, k) => {
        const after = o.quote.text.slice(w.end - o.quote.start, (o.words[k + 1]?.start ?? o.quote.end) - o.quote.start);
        if (!(/[.!?]/.test(after) || k === o.words.length - 1)) return;
        const by = this.sentenceEnds.get(w.key);
        if (!by) this.sentenceEnds.set(w.key, [o.quote.outlet]);
        else if (by.length < 2 && by[0] !== o.quote.outlet) by.push(o.quote.outlet);
      });
    }
    for (const v of versions.values()) (v.outlets.length > 1 ? this.shared : this.single).push(v);
  }

  // Runs of words no other outlet's version aligns with. A run counts when it sits between
  // aligned words, or runs on after a word where another version ends its sentence.
  uncoveredRuns(item: Item): Word[][] {
    const outlet = item.quote.outlet;
    const found = this.coverOf(item);
    const covered = found.shared.slice();
    for (const s of found.single) if (s.outlet !== outlet) for (const k of s.words) covered[k] = true;
    const endsSentence = (key: string) => (this.sentenceEnds.get(key) ?? []).some((o) => o !== outlet);
    const runs: Word[][] = [];
    let k = 0;
    while (k < item.words.length) {
      if (covered[k]) {
        k++;
        continue;
      }
      const from = k;
      while (k < item.words.length && !covered[k]) k++;
      const run = item.words.slice(from, k);
      const before = from > 0 ? item.words[from - 1]! : null;
      const interior = before !== null && k < item.words.length;
      const runsOn = before !== null && k === item.words.length && endsSentence(before.key);
      if ((interior || runsOn) && run.some((w) => isContent(w.key))) runs.push(run);
    }
    return runs;
  }

  // The words of this version that versions carried by two or more outlets cover (they are
  // always someone else's), and those each single-outlet version covers beyond them.
  private coverOf(item: Item) {
    let found = this.known.get(item.signature);
    if (found) return found;
    const covered = new Array<boolean>(item.words.length).fill(false);
    for (const v of this.shared) if (this.mayCover(v.item, item, covered)) this.cover(v.item, item, covered);
    const single: Array<{ outlet: string; words: number[] }> = [];
    for (const v of this.single) {
      if (!this.mayCover(v.item, item, covered)) continue;
      const more = covered.slice();
      this.cover(v.item, item, more);
      const words = more.flatMap((c, k) => (c && !covered[k] ? [k] : []));
      if (words.length) single.push({ outlet: v.outlets[0]!, words });
    }
    found = { shared: covered, single };
    this.known.set(item.signature, found);
    return found;
  }

  private cover(other: Item, item: Item, covered: boolean[]): void {
    for (const a of this.alignments.align(other.words, item.words)) {
      // A lone aligned word ("which", "the") is chance, not the same words: it covers nothing.
      if (a.op === 'equal' && a.count >= 2) for (let k = a.other; k < a.other + a.count; k++) covered[k] = true;
    }
  }

  private mayCover(other: Item, item: Item, covered: readonly boolean[]): boolean {
    const w = item.words;
    for (let k = 0; k < w.length; k++) {
      if (covered[k]) continue;
      if (k > 0 && other.bigrams.has(`${w[k - 1]!.key} ${w[k]!.key}`)) return true;
      if (k + 1 < w.length && other.bigrams.has(`${w[k]!.key} ${w[k + 1]!.key}`)) return true;
    }
    return false;
  }
}
