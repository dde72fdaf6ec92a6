import type { AttributionRule } from './rule.js';

/**
 * The attribution before the quote, in its sentence: "X said: “…”", "According to X, “…”",
 * a participle ("…, calling it “…”"), "X issued a statement saying “…”". Records carry
 * `cue-before`, `according-to`, `participle` or `issued-statement`.
 */
export const cueBeforeRule: AttributionRule = {
  name: 'cue-before',
  example: 'Amazon said in a court filing that Parler had failed to act on posts “inciting violence.”',
  attribute: (ctx) => (ctx.leading().mention ? ctx.leading() : null),
};
