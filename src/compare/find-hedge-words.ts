import { hedges } from 'hedges';
import type { WordUse } from '../model/comparison.js';
import type { ArticleView } from '../analyze/actors/article-view.js';
import { findListedWords } from './find-listed-words.js';
import { compileWordList } from './match-word-list.js';

/**
 * Entries of the `hedges` list left out: too common in news copy to tell anything
 * ("about", "can", "will", "would", "some", "many"), reporting verbs counted elsewhere
 * ("say", "says", "suggests", "read", "think", "believe", "found", "allege", "alleged"),
 * number words news uses for facts ("approximately", "around", "at least", "estimated",
 * "few", "several", "couple", "most"), and words with another common sense ("like",
 * "find", "clear", "certain", "rather", "little", "much", "pretty", "will", "tend").
 */
export const HEDGE_STOP_LIST = new Set([
  'about', 'always', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'some', 'many', 'most', 'much', 'few', 'several',
  'couple', 'bunch', 'little', 'like', 'find', 'finds', 'found', 'say', 'says', 'read', 'think', 'thinks', 'thought', 'believe', 'believed',
  'believes', 'understand', 'understands', 'understood', 'suggest', 'suggested', 'suggests', 'allege', 'alleged', 'indicate',
  'approximately', 'around', 'at least', 'estimate', 'estimated', 'estimates', 'roughly', 'clear', 'certain', 'rather', 'pretty', 'tend',
  'consider', 'considered', 'considers', 'overall', 'often', 'usually', 'rare', 'so far', 'diagnostic', 'be sure', 'doubt', 'somebody',
  'someone', 'something', 'somewhere', 'sometimes', 'frequently', 'occasionally', 'possibility', 'probability',
]);

const LIST = compileWordList(hedges.filter((w) => !HEDGE_STOP_LIST.has(w)));
// "appear" hedges only before "to"/"that": "the move appears to be political", not "threats also appeared on Twitter".
const APPEAR = /^appear(?:s|ed)?$/;
const APPEAR_HEDGES = /^\s+(?:to|that)\b/i;

/** Hedges from the npm `hedges` list, minus the stop-list, outside quote marks: "likely", "perhaps", "kind of". */
export function findHedgeWords(view: ArticleView): WordUse[] {
  return findListedWords(view, LIST, 'hedge', (m, text) => !APPEAR.test(m.entry) || APPEAR_HEDGES.test(text.slice(m.end, m.end + 8)));
}
