import { NONE } from '../attribute-span.js';
import type { AttributionRule } from './rule.js';

/**
 * The second half of a quote split around its attribution, or the next paragraph of a
 * multi-paragraph quote, keeps the speaker of the half before it. Records carry
 * `continuation` (a quote reopened in the next paragraph) or `same-paragraph`.
 */
export const carriedSpeaker: AttributionRule = {
  name: 'same-paragraph',
  example: '“We were blindsided,” Matze said. “Nobody called us.”',
  attribute(ctx) {
    const previous = ctx.earlier[ctx.earlier.length - 1];
    if (!previous || !previous.attribution.mention || previous.kind === 'mention') return null;
    if (ctx.span.continuation && previous.span?.continues) return { ...previous.attribution, confidence: 0.85, rule: 'continuation' };
    if (previous.paragraph === ctx.span.paragraph) return { ...previous.attribution, confidence: 0.85, rule: 'same-paragraph' };
    return null;
  },
};

/** A quote inside a sentence whose words name no speaker gets none: the rules after this read other sentences. */
export const noCueInSentence: AttributionRule = {
  name: 'no-cue-in-sentence',
  example: 'By Friday the app was back, and with it a banner, “Speak freely and be heard by everyone.”',
  attribute: (ctx) => (ctx.before.trim() !== '' ? NONE : null),
};
