import type { AttributionRule } from './rule.js';

/** A cue after the quote that names nobody a reader could name ends the search: no speaker rather than a guess. */
export const unnamedCue: AttributionRule = {
  name: 'cue-after-unnamed',
  example: '“Too little, too late,” someone shouted.',
  attribute: (ctx) => (ctx.trailing().cue ? ctx.trailing() : null),
};
