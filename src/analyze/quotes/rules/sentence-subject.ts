import type { Attribution } from '../attribute-span.js';
import { clauseSubject } from '../speaker-phrase.js';
import { inHeadline } from './headline-quote.js';
import type { AttributionRule } from './rule.js';

/**
 * The subject of the sentence a quote sits in, when no cue names anyone: the words quoted
 * in "Gov. Ana Ruiz blamed the court's “three judges who never read the file”" or "The mayor condemned
 * the “decision that nobody in this town asked for”" are the subject's, and so are the
 * words after a colon in "The panel was blunt in its report: “…”" or the
 * interview form "Michael P. McDonald: “…”". `before` is the masked text from the
 * sentence start to the opening mark. The subject must open the sentence and be followed
 * by a verb (a lowercase word) or the colon.
 */
export function sentenceSubject(before: string, offset: number, rule: 'sentence-subject' | 'colon-subject'): Attribution | null {
  const mention = clauseSubject(before, offset);
  if (!mention || mention.type === 'document' && rule === 'sentence-subject') return null;
  const next = before.slice(mention.end - offset);
  if (rule === 'colon-subject' ? !/^\s*(?::|\p{Ll})/u.test(next) : !/^\s*(?:,[^,]{1,80},\s*)?(?:has |have |had |was |is |also |then |later |recently |once )?\p{Ll}+(?:ed|s)?\b/u.test(next)) return null;
  return { mention, cue: null, confidence: rule === 'colon-subject' ? 0.7 : 0.6, rule };
}

/** A partial quote of four words or more takes the subject that opens its sentence (fewer may be a label: the “experts”). */
export const sentenceSubjectRule: AttributionRule = {
  name: 'sentence-subject',
  example: 'Gov. Ana Ruiz blamed the court\'s “three judges who never read the file at all.”',
  attribute(ctx) {
    if (inHeadline(ctx) || ctx.before.trim() === '') return null;
    if (ctx.article.text.slice(ctx.span.start, ctx.span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 4) return null;
    return sentenceSubject(ctx.before, ctx.sentenceStart, /:\s*$/.test(ctx.before) ? 'colon-subject' : 'sentence-subject');
  },
};

/** A direct quote after a colon takes the subject of the clause before the colon. */
export const colonSubjectRule: AttributionRule = {
  name: 'colon-subject',
  example: 'The panel was blunt in its report: “The bridge is not safe to cross.”',
  attribute: (ctx) => (/:\s*$/.test(ctx.before) && !inHeadline(ctx) ? sentenceSubject(ctx.before, ctx.sentenceStart, 'colon-subject') : null),
};
