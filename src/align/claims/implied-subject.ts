import type { Claim } from '../../model/comparison.js';
import type { Article } from '../../model/types.js';
import type { RunNames } from './claim-tokens.js';

// How a clause opens when its subject is elsewhere in the sentence: an auxiliary or verb
// ("has reportedly sued Amazon"), "by" + -ing ("by filing a lawsuit"), a participle
// ("suspending it from their app store"), "in response to being …", or a pronoun ("it is
// suing Amazon").
const SUBJECTLESS = /^(?:(?:has|have|had|is|was|were|are|will|would|could|can|may|might|also|then|later|\p{Ll}+ly)\s|\p{Ll}+(?:ed|ing)\s|by\s+(?:not\s+)?\p{Ll}+ing\s|in response to\s|and\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|ing|s)|to)\s|(?:it|they|he|she)\s)/u;

const NAME = /(?<![\p{L}’'-])\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*)*/gu;

/**
 * The subject a clause leaves to its sentence: the first name of the sentence before
 * the clause, when the clause opens without one. In "Parler, the renowned alternative
 * social media platform …, has reportedly sued Amazon on Monday in response to being
 * de-platformed" the clauses "has reportedly sued Amazon on Monday" and "in response to
 * being de-platformed" are Parler's. Null when the clause has its own subject.
 *
 * @example impliedSubject(claimOf('has reportedly sued Amazon on Monday'), article, names) // 'Parler'
 */
export function impliedSubject(claim: Claim, article: Article, run: RunNames): string | null {
  if (!SUBJECTLESS.test(claim.text)) return null;
  const sentence = claim.sentence === null ? undefined : article.sentences[claim.sentence];
  if (!sentence || sentence.start >= claim.start) return null;
  const before = article.text.slice(sentence.start, claim.start);
  for (const m of before.matchAll(NAME)) {
    const words = m[0].split(/\s+/).filter((w) => run.names.has(w.replace(/[’']s$/u, '').toLowerCase()));
    if (words.length > 0) return m[0].replace(/[’']s$/u, '');
  }
  return null;
}
