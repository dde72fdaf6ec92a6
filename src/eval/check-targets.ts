import type { DatasetScore } from './sum-scores.js';

export type DatasetName = 'corpus' | 'cases' | 'heldout';

/** A measure the extractor should reach; `--check` fails when one is missed. */
export interface Target {
  dataset: DatasetName;
  /** Dotted path into a DatasetScore, e.g. `quotes.f1`. */
  measure: 'quotes.f1' | 'speaker.accuracy' | 'indirect.recall' | 'indirect.precision';
  min: number;
}

/** The targets, in one place. The indirect target is "recall ≥ 0.8 at precision ≥ 0.9" on the corpus. */
export const TARGETS: readonly Target[] = [
  { dataset: 'corpus', measure: 'quotes.f1', min: 0.97 },
  { dataset: 'corpus', measure: 'speaker.accuracy', min: 0.95 },
  { dataset: 'corpus', measure: 'indirect.recall', min: 0.8 },
  { dataset: 'corpus', measure: 'indirect.precision', min: 0.9 },
  { dataset: 'cases', measure: 'speaker.accuracy', min: 0.95 },
];

export interface TargetResult extends Target {
  value: number | null;
  /** A measure over nothing (null) counts as missed. */
  met: boolean;
}

/** The value of a target's measure in a dataset score. */
export function measureValue(score: DatasetScore, measure: Target['measure']): number | null {
  const [group, key] = measure.split('.') as ['quotes' | 'indirect' | 'speaker', string];
  return (score[group] as unknown as Record<string, number | null>)[key] ?? null;
}

/**
 * Compares dataset scores with the targets. A dataset that was not scored (no cases
 * yet) has its targets left out rather than missed.
 *
 * @example checkTargets({ corpus: score }).every((t) => t.met)
 */
export function checkTargets(scores: Partial<Record<DatasetName, DatasetScore>>, targets: readonly Target[] = TARGETS): TargetResult[] {
  const results: TargetResult[] = [];
  for (const t of targets) {
    const score = scores[t.dataset];
    if (!score) continue;
    const value = measureValue(score, t.measure);
    results.push({ ...t, value, met: value !== null && value >= t.min });
  }
  return results;
}
