import type { WordUse } from '../model/comparison.js';
import type { ArticleView } from '../analyze/actors/article-view.js';
import { findListedWords } from './find-listed-words.js';
import { compileWordList } from './match-word-list.js';

// Words by which an outlet keeps a statement at arm's length: "Parler … has reportedly sued Amazon".
const ADVERBS = [
  'reportedly', 'allegedly', 'so-called', 'apparently', 'purportedly', 'supposedly', 'ostensibly', 'seemingly', 'self-described',
  'self-styled', 'self-proclaimed', 'would-be', 'what it calls', 'what it called', 'what they call', 'what they called',
  'it has been reported', 'it was reported', 'it is alleged', 'it has been alleged',
];
// Participles that distance only as adjectives, after a determiner: "the claimed bias",
// "its alleged role" — "Parler alleged that …" is a reporting verb, not distancing.
const ADJECTIVES = ['alleged', 'claimed', 'supposed', 'purported', 'apparent'];
const DETERMINER_BEFORE = /\b(?:the|a|an|its|his|her|their|this|these|those|such)\s+$/i;

const LIST = compileWordList([...ADVERBS, ...ADJECTIVES]);
const ADJECTIVE = new Set(ADJECTIVES);

/** Distancing words in the outlet's own voice: "reportedly", "so-called", "the alleged …". */
export function findDistancingWords(view: ArticleView): WordUse[] {
  return findListedWords(view, LIST, 'distancing', (m, text) => !ADJECTIVE.has(m.entry) || DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)));
}
