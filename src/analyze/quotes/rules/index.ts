import { afterSubordinateClause } from './after-subordinate-clause.js';
import { carriedSpeaker, noCueInSentence } from './carried-speaker.js';
import { cueAfterRule } from './cue-after.js';
import { cueBeforeRule } from './cue-before.js';
import { cueSentenceEnd, ownCueUnread } from './cue-sentence-end.js';
import { headlineQuote, inHeadline } from './headline-quote.js';
import { nearerCue } from './nearer-cue.js';
import { reasonFor } from './reason-for.js';
import type { AttributionRule } from './rule.js';
import { followOn, introducer, previousParagraph, previousSentenceRule } from './sentence-before.js';
import { colonSubjectRule, sentenceSubjectRule } from './sentence-subject.js';
import { unnamedCue } from './unnamed-cue.js';

export type { AttributionContext, AttributionRule, EarlierItem } from './rule.js';

// In a headline, the words after a direct quote are the headline's, not an attribution.
const notInHeadline = (rule: AttributionRule): AttributionRule => ({ ...rule, attribute: (ctx) => (inHeadline(ctx) ? null : rule.attribute(ctx)) });

/**
 * The rules tried for a direct quote, in order: the evidence nearest the quote first, then
 * its sentence, then the sentences before it. The first rule that answers decides; the
 * record's `rule` names it. The README's "How speakers are found" lists them in this order.
 */
export const DIRECT_RULES: readonly AttributionRule[] = [
  cueAfterRule,
  cueBeforeRule,
  unnamedCue,
  colonSubjectRule,
  notInHeadline(cueSentenceEnd),
  notInHeadline(ownCueUnread),
  headlineQuote,
  carriedSpeaker,
  noCueInSentence,
  introducer,
  followOn,
  previousSentenceRule,
  previousParagraph,
];

/** The rules tried for a partial quote (a fragment inside the outlet's own sentence), in order. */
export const PARTIAL_RULES: readonly AttributionRule[] = [
  nearerCue,
  cueBeforeRule,
  cueAfterRule,
  cueSentenceEnd,
  reasonFor,
  afterSubordinateClause,
  sentenceSubjectRule,
  headlineQuote,
];
