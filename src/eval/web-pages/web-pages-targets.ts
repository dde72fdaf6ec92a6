import type { WebPagesScore, WebPagesTarget, WebPagesTargetResult } from './types.js';

/** The web-pages targets, in one place: body F1 ahead of trafilatura's 0.958 on the same metric. */
export const WEB_PAGES_TARGETS: readonly WebPagesTarget[] = [{ measure: 'body.f1', min: 0.965 }];

/**
 * Compares a web-pages score with the targets.
 *
 * @example checkWebPagesTargets(score)[0].met // true when F1 ≥ 0.965
 */
export function checkWebPagesTargets(score: WebPagesScore, targets: readonly WebPagesTarget[] = WEB_PAGES_TARGETS): WebPagesTargetResult[] {
  return targets.map((t) => ({ ...t, value: score.f1, met: score.f1 >= t.min }));
}
