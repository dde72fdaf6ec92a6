import type { AttributionRule } from './rule.js';

/**
 * The attribution right after the quote, in its sentence: "“…,” Matze said", "“…,” said
 * Matze", "“…,” the lawsuit reads", "“…,” Renner answered" (any-verb-after). Records carry
 * `cue-after` or `any-verb-after`.
 */
export const cueAfterRule: AttributionRule = {
  name: 'cue-after',
  example: '“We will not back down,” Parler CEO John Matze said on Monday.',
  attribute: (ctx) => (ctx.trailing().mention ? ctx.trailing() : null),
};
