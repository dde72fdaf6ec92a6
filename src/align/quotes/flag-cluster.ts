import type { Cluster, ClusterFlag } from '../../model/comparison.js';
import { alignWords } from '../word-diff.js';
import { isContent, type Word } from '../words.js';
import type { Item } from './cluster-quotes.js';

/**
 * The flags of a quote cluster, each naming the words involved:
 * - `words-only-here`: words inside one outlet's quote marks that no other outlet's
 *   version has, inside the shared stretch or running on past where others end the
 *   sentence (“…to the benefit of Twitter, which violated federal antitrust laws.”);
 * - `reordered`: quote marks around words others have only in another order or form;
 * - `unquoted`: an outlet gives the quote's words without quote marks.
 */
export function flagCluster(cluster: Cluster, items: readonly Item[], reorderedIds: readonly string[]): ClusterFlag[] {
  const flags: ClusterFlag[] = [];
  const outlets = new Set(items.map((i) => i.quote.outlet));
  if (outlets.size > 1) {
    for (const item of items) {
      if (reorderedIds.includes(item.quote.id)) continue;
      const others = items.filter((o) => o.quote.outlet !== item.quote.outlet);
      for (const run of uncoveredRuns(item, others)) {
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

// Runs of words no other outlet's version aligns with. A run counts when it sits between
// aligned words, or runs on after a word where another version ends its sentence.
function uncoveredRuns(item: Item, others: readonly Item[]): Word[][] {
  const covered = new Array<boolean>(item.words.length).fill(false);
  const sentenceEnds = new Set<string>();
  for (const o of others) {
    for (const a of alignWords(o.words, item.words)) {
      // A lone aligned word ("which", "the") is chance, not the same words: it covers nothing.
      if (a.op === 'equal' && a.count >= 2) for (let k = a.other; k < a.other + a.count; k++) covered[k] = true;
    }
    o.words.forEach((w, k) => {
      const after = o.quote.text.slice(w.end - o.quote.start, (o.words[k + 1]?.start ?? o.quote.end) - o.quote.start);
      if (/[.!?]/.test(after) || k === o.words.length - 1) sentenceEnds.add(w.key);
    });
  }
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
    const runsOn = before !== null && k === item.words.length && sentenceEnds.has(before.key);
    if ((interior || runsOn) && run.some((w) => isContent(w.key))) runs.push(run);
  }
  return runs;
}
