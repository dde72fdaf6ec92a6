import type { ClusterScore } from './types.js';

/** A measure the clusters should reach; `--check` fails when one is missed. Yes/no checks have `min` 1. */
export interface ClusterTarget {
  measure: 'quote.f1' | 'claim.f1' | 'alteredQuote.flagged' | 'paraphrase.matched';
  min: number;
}

/** The cluster targets, in one place. */
export const CLUSTER_TARGETS: readonly ClusterTarget[] = [
  { measure: 'quote.f1', min: 0.95 },
  { measure: 'claim.f1', min: 0.8 },
  { measure: 'alteredQuote.flagged', min: 1 },
  { measure: 'paraphrase.matched', min: 1 },
];

export interface ClusterTargetResult extends ClusterTarget {
  /** A rate, or true/false for a check; null when there was nothing to measure (missed). */
  value: number | boolean | null;
  met: boolean;
}

function valueOf(score: ClusterScore, measure: ClusterTarget['measure']): number | boolean | null {
  switch (measure) {
    case 'quote.f1': return score.quote.f1;
    case 'claim.f1': return score.claim.f1;
    case 'alteredQuote.flagged': return score.alteredQuote?.flagged ?? null;
    case 'paraphrase.matched': return score.paraphrase?.matched ?? null;
  }
}

/**
 * Compares a cluster score with the targets. A check the gold does not name is left out.
 *
 * @example checkClusterTargets(score).every((t) => t.met)
 */
export function checkClusterTargets(score: ClusterScore, targets: readonly ClusterTarget[] = CLUSTER_TARGETS): ClusterTargetResult[] {
  const results: ClusterTargetResult[] = [];
  for (const t of targets) {
    const value = valueOf(score, t.measure);
    if (value === null && (t.measure === 'alteredQuote.flagged' || t.measure === 'paraphrase.matched')) continue;
    const met = typeof value === 'boolean' ? value : value !== null && value >= t.min;
    results.push({ ...t, value, met });
  }
  return results;
}
