import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readArticles } from '../../ingest/read-articles.js';
import type { Diagnostic } from '../../model/types.js';
import type { LoadedCompare } from './load-compare.js';
import { evalClusters, type ClusterReport } from './run-clusters.js';
import { rates } from './score-clusters.js';
import type { LinkScore } from './types.js';

/** Which events a gold file's figures may be tuned on: `fit` (read its errors), `heldout` (report only). */
export type EventSplit = 'fit' | 'heldout';

/** One gold file of fixtures/gold-clusters/ beside the corpus gold, scored or skipped. */
export type EventReport =
  | { gold: string; event: string; split: EventSplit; status: 'skipped'; reason: string }
  | { gold: string; event: string; split: EventSplit; status: 'scored'; report: ClusterReport & { status: 'scored' } };

/** Links summed over the scored events of one split. */
export interface SplitTotals {
  split: EventSplit;
  events: number;
  quote: LinkScore;
  claim: LinkScore;
}

/** A measure the held-out events should reach; `--check` fails when one is missed. */
export interface EventTarget {
  measure: 'heldout.claim.recall' | 'heldout.claim.precision' | 'heldout.quote.recall' | 'heldout.quote.precision';
  min: number;
}

/** The events' targets, in one place: claims found on events nobody tuned on, quotes kept. */
export const EVENT_TARGETS: readonly EventTarget[] = [
  { measure: 'heldout.claim.recall', min: 0.7 },
  { measure: 'heldout.claim.precision', min: 0.85 },
  { measure: 'heldout.quote.recall', min: 0.9 },
  { measure: 'heldout.quote.precision', min: 0.9 },
];

export interface EventsReport {
  dir: string;
  events: EventReport[];
  totals: SplitTotals[];
  targets: Array<EventTarget & { value: number | null; met: boolean }>;
}

export interface EventsInput {
  /** The folder of gold files (fixtures/gold-clusters/). */
  dir: string;
  label: string;
  /** The package root: a gold file's `corpus` is relative to it. */
  root: string;
  /** Gold files to leave out: the corpus gold, scored on its own. */
  skip: readonly string[];
  /** Where `../shared/data` is, when not beside the project (COVERAGE_SHARED_DATA). */
  sharedData?: string;
  load: () => Promise<LoadedCompare>;
}

/**
 * Scores compareCoverage's clusters on every gold file of `dir` whose corpus is there
 * (its `corpus` field, relative to the package root; `../shared/data/…` is looked for
 * under COVERAGE_SHARED_DATA too), each on its own, then sums the links per split. A
 * file whose corpus is absent is skipped with its reason; one that cannot be read is a
 * diagnostic. Held-out events are scored like the others; only the report keeps their
 * errors out of sight (formatEvents).
 *
 * @example await evalEvents({ dir: 'fixtures/gold-clusters', label, root, skip: [corpusGold], load }, diagnostics)
 */
export async function evalEvents(input: EventsInput, diagnostics: Diagnostic[]): Promise<{ report: EventsReport; crashed: boolean }> {
  const files = existsSync(input.dir) ? readdirSync(input.dir).filter((f) => f.endsWith('.json')).sort() : [];
  const skip = new Set(input.skip.map((f) => path.resolve(f)));
  const events: EventReport[] = [];
  let crashed = false;
  for (const name of files) {
    const file = path.join(input.dir, name);
    if (skip.has(path.resolve(file))) continue;
    const gold = `${input.label}/${name}`;
    const head = readHead(file);
    if (!head) continue; // readClusterGold reports it when the corpus is there; a file without a corpus field is not an event gold.
    const event = head.event ?? name.replace(/\.json$/, '');
    const corpusDir = locateCorpus(head.corpus, input.root, input.sharedData);
    if (!corpusDir) {
      events.push({ gold, event, split: head.split, status: 'skipped', reason: `${head.corpus} is not there` });
      continue;
    }
    const { articles } = await readArticles([corpusDir]);
    const result = await evalClusters({ articles, corpusDir, corpusLabel: head.corpus, goldFile: file, goldLabel: gold, load: input.load }, diagnostics);
    crashed ||= result.crashed;
    if (result.report.status === 'scored') events.push({ gold, event, split: head.split, status: 'scored', report: result.report });
    else events.push({ gold, event, split: head.split, status: 'skipped', reason: result.report.reason });
  }
  const totals = (['fit', 'heldout'] as const).map((split) => sumSplit(split, events));
  const heldout = totals.find((t) => t.split === 'heldout')!;
  const targets = heldout.events === 0 ? [] : EVENT_TARGETS.map((t) => {
    const [, type, rate] = t.measure.split('.') as ['heldout', 'claim' | 'quote', 'recall' | 'precision'];
    const value = heldout[type][rate];
    return { ...t, value, met: value !== null && value >= t.min };
  });
  return { report: { dir: input.label, events, totals, targets }, crashed };
}

/** The fields of a gold file that say which event it is: null when it names no corpus. */
function readHead(file: string): { event?: string; corpus: string; split: EventSplit } | null {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (typeof data['corpus'] !== 'string') return null;
    return {
      corpus: data['corpus'],
      split: data['split'] === 'heldout' ? 'heldout' : 'fit',
      ...(typeof data['event'] === 'string' ? { event: data['event'] } : {}),
    };
  } catch {
    return null;
  }
}

function locateCorpus(corpus: string, root: string, sharedData: string | undefined): string | null {
  const direct = path.resolve(root, corpus);
  if (existsSync(direct)) return direct;
  const shared = /^\.\.\/shared\/data\/(.+)$/u.exec(corpus.split(path.sep).join('/'));
  if (shared && sharedData) {
    const moved = path.resolve(sharedData, shared[1]!);
    if (existsSync(moved)) return moved;
  }
  return null;
}

function sumSplit(split: EventSplit, events: readonly EventReport[]): SplitTotals {
  const scored = events.filter((e): e is Extract<EventReport, { status: 'scored' }> => e.split === split && e.status === 'scored');
  const sum = (type: 'quote' | 'claim'): LinkScore => {
    const c = { gold: 0, found: 0, predicted: 0, correct: 0, wrong: 0, uncounted: 0 };
    for (const e of scored) {
      const s = e.report.score[type];
      c.gold += s.gold;
      c.found += s.found;
      c.predicted += s.predicted;
      c.correct += s.correct;
      c.wrong += s.wrong;
      c.uncounted += s.uncounted;
    }
    return rates(c);
  };
  return { split, events: scored.length, quote: sum('quote'), claim: sum('claim') };
}
