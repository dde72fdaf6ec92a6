import type { Attribution } from '../attribute-span.js';
import { speakerAfter } from '../speaker-phrase.js';
import type { AttributionRule } from './rule.js';

// "Google removed the app from its store for “allowing postings that …”": a reason quoted
// after "for"/"over"/"citing" comes from the subject that acted on it.
const REASON = /(?:\bfor|\bover|\bciting|\bbecause of)\s*$/i;

/** A reason quoted after "for", "over" or "citing" is the words of the subject that acted on it. */
export const reasonFor: AttributionRule = {
  name: 'reason-for',
  example: 'Google removed the app from its store for “allowing postings that incite violence.”',
  attribute: (ctx) => reasonGiver(ctx.before, ctx.sentenceStart),
};

function reasonGiver(before: string, offset: number): Attribution | null {
  if (!REASON.test(before)) return null;
  const clause = /^\s*/.exec(before)![0].length;
  const subject = speakerAfter(before.slice(clause), offset + clause);
  if (!subject || subject.type !== 'name') return null;
  // The subject must be followed by its verb, not be the object of something earlier.
  if (!/^\s+(?:has\s+|had\s+|have\s+)?\p{Ll}+ed\b/u.test(before.slice(subject.end - offset))) return null;
  return { mention: subject, cue: null, confidence: 0.5, rule: 'reason-for' };
}
