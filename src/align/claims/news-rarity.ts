import { newsIdf, newsWords } from '../../lexicon/news-df.js';
import type { ClaimToken } from './claim-tokens.js';

/** The largest inverse document frequency the background table gives (a word it never saw). */
const RAREST = newsIdf('\u0000');

/**
 * How rare a claim token is in news at large, 0–1: the background inverse document
 * frequency of its words (src/lexicon/news-df.ts, PolNeAR train) over the largest there is.
 * Within one event every article says "the senate" and "the bill", and news at large says
 * "said" and "year"; a word rare in both ("filibuster", "subpoena") pins a fact down. A
 * phrase ("filed a lawsuit") weighs as its rarest word; a role (`@sue>velora`) and a
 * number weigh fully: who did what to whom, and how many, are the fact.
 *
 * @example newsRarity({ key: 'filibust', type: 'word', word: 'filibuster' }) > newsRarity({ key: 'year', type: 'word', word: 'year' }) // true
 */
export function newsRarity(token: ClaimToken): number {
  if (token.type === 'role' || token.type === 'guessed-role' || token.type === 'number' || !token.word) return 1;
  let most = 0;
  for (const w of newsWords(token.word)) most = Math.max(most, newsIdf(w));
  return most === 0 ? 1 : most / RAREST;
}
