import type { Attribution } from '../attribute-span.js';
import { clauseSubject } from '../speaker-phrase.js';

/**
 * The subject of the sentence a quote sits in, when no cue names anyone: the words quoted
 * in "Gov. Pat McCrory blamed the court's “four liberal justices …”" or "Hollande condemned
 * the “attack whose terrorist nature cannot be denied”" are the subject's, and so are the
 * words after a colon in "The board was conclusive in its findings: “…”" or the
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
