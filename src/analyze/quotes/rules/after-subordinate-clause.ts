import type { AttributionRule } from './rule.js';

// "Unless two more members change sides, “…”": a subordinate clause, then the quote as the main clause.
const SUBORDINATE_OPENING = /^\s*(?:(?:but|and|yet|still)\s*,?\s+)?(?:unless|if|when|while|although|though|because|since|once|until|whether|whereas|even if|even though)\b[^,;:“”"]{3,80},\s*$/i;

/**
 * A partial quote that is the main clause after a subordinate one ("Unless two more members
 * change sides, “…”") has no subject of its own in its sentence: the subordinate clause's
 * subject is not its speaker. It keeps the speaker of the record before it in the same
 * paragraph; with none, it gets no speaker rather than that subject.
 */
export const afterSubordinateClause: AttributionRule = {
  name: 'same-paragraph',
  example: '“This changes the whole race,” said Sam Ortel. Unless two more members change sides, “the tax passes by the end of the month.”',
  attribute(ctx) {
    if (!SUBORDINATE_OPENING.test(ctx.before)) return null;
    const previous = ctx.earlier[ctx.earlier.length - 1];
    if (previous && previous.attribution.mention && previous.kind !== 'mention' && previous.paragraph === ctx.span.paragraph) {
      return { ...previous.attribution, confidence: 0.7, rule: 'same-paragraph' };
    }
    return { mention: null, cue: null, confidence: 0, rule: 'no-cue-in-sentence' };
  },
};
