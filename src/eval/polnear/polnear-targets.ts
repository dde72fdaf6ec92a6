import type { PolnearScore, PolnearTarget, PolnearTargetResult } from './types.js';

/** The PolNeAR targets, in one place; all on the `_v2` figures of the split scored. */
export const POLNEAR_TARGETS: readonly PolnearTarget[] = [
  { measure: 'speaker.accuracy', min: 0.9 },
  { measure: 'attribution.recall', min: 0.8 },
  { measure: 'records.precision', min: 0.95 },
  { measure: 'quotes.f1', min: 0.97 },
];

function valueOf(score: PolnearScore, measure: PolnearTarget['measure']): number {
  switch (measure) {
    case 'speaker.accuracy': return score.speaker.accuracy;
    case 'attribution.recall': return score.attribution.recall;
    case 'records.precision': return score.records.precision;
    case 'quotes.f1': return score.quotes.f1;
  }
}

/**
 * Compares a PolNeAR score with the targets.
 *
 * @example checkPolnearTargets(score).filter((t) => !t.met).map((t) => t.measure) // ['speaker.accuracy', …]
 */
export function checkPolnearTargets(score: PolnearScore, targets: readonly PolnearTarget[] = POLNEAR_TARGETS): PolnearTargetResult[] {
  return targets.map((t) => {
    const value = valueOf(score, t.measure);
    return { ...t, value, met: value >= t.min };
  });
}
