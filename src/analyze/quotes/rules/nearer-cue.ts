import type { AttributionRule } from './rule.js';

/** A partial quote with a named cue on both sides takes the cue nearer to it. */
export const nearerCue: AttributionRule = {
  name: 'nearer-cue',
  example: '… as the council firmly denies — “why would anyone trust that schedule?” asked Renner',
  attribute(ctx) {
    const leading = ctx.leading();
    const trailing = ctx.trailing();
    if (!leading.mention || !trailing.mention || !leading.cue || !trailing.cue) return null;
    return ctx.span.open - leading.cue.end <= trailing.cue.start - ctx.afterStart ? leading : trailing;
  },
};
