import type { StoryRun, StoryTarget, StoryTargetResult } from './types.js';

/** The targets of issue 13, checked on the unmixed dump over all its events. */
export const STORY_TARGETS: readonly StoryTarget[] = [
  { variant: 'dated', measure: 'precision', min: 0.98 },
  { variant: 'dated', measure: 'recall', min: 0.95 },
  { variant: 'undated', measure: 'precision', min: 0.98 },
  { variant: 'undated', measure: 'recall', min: 0.92 },
];

/**
 * Checks the targets on the runs over the whole unmixed dump.
 *
 * @example checkStoryTargets(runs).every((t) => t.met)
 */
export function checkStoryTargets(runs: readonly StoryRun[], targets: readonly StoryTarget[] = STORY_TARGETS): StoryTargetResult[] {
  return targets.flatMap((t) => {
    const run = runs.find((r) => r.variant === t.variant && !r.mixed && r.part === 'all');
    if (!run) return [];
    const value = run.score[t.measure];
    return [{ ...t, value, met: value >= t.min }];
  });
}
