import { cueAtSentenceEnd, NONE } from '../attribute-span.js';
import { findCues } from '../cues.js';
import { firstClause } from '../first-clause.js';
import type { AttributionRule } from './rule.js';

/** The attribution that ends the quote's sentence after more words: "…, the lawsuit claims", "…, said Ohio State professor Paul Beck". */
export const cueSentenceEnd: AttributionRule = {
  name: 'cue-sentence-end',
  example: 'The outage will be “financially devastating” for Parler, the lawsuit claims.',
  attribute(ctx) {
    if (ctx.span.close === null || ctx.endsSentence) return null;
    const end = cueAtSentenceEnd(ctx.after, ctx.afterStart);
    return end.mention ? end : null;
  },
};

/**
 * A direct quote whose sentence goes on to a cue that no rule could read a speaker from
 * gets no speaker, rather than the previous paragraph's.
 */
export const ownCueUnread: AttributionRule = {
  name: 'own-cue-unread',
  example: '“We will appeal,” was all that anyone at the table said.',
  attribute(ctx) {
    if (ctx.span.close === null || ctx.endsSentence) return null;
    const clause = firstClause(ctx.after);
    if (findCues(clause, ctx.afterStart).length === 0 || /^\s*$/.test(clause.replace(/[“”"'‘’\s]/g, ''))) return null;
    return ctx.before.trim() === '' && /^\s*[^\s“"‘']/.test(ctx.after) ? { ...NONE, rule: 'own-cue-unread' } : null;
  },
};
