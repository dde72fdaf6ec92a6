import { weasels } from 'weasels';
import type { WordUse } from '../model/comparison.js';
import type { ArticleView } from '../analyze/actors/article-view.js';
import { findListedWords } from './find-listed-words.js';
import { compileWordList } from './match-word-list.js';

/**
 * Entries of the `weasels` list left out: function words and everyday verbs that fill
 * every news story ("that", "so", "all", "also", "only", "still", "then", "up", "over",
 * "back", "down", "just", "even", "again", "own", "far", "well", "began", "started",
 * "decided", "wanted", "saw", "heard", "knew", "looked", "felt"), and plain words for
 * facts ("close", "real", "better", "few", "many", "most", "some", "several", "enough",
 * "very"). What stays are the vague intensifiers and appeals weasel words are known for:
 * "experts", "significantly", "vast", "huge", "extremely", "arguably", "literally".
 */
export const WEASEL_STOP_LIST = new Set([
  'about', 'acts', 'again', 'all', 'almost', 'already', 'also', 'anyway', 'back', 'be able to', 'began', 'better', 'bit', 'close',
  'combats', 'decided', 'down', 'enough', 'even', 'ever', 'far', 'felt', 'few', 'gains', 'heard', 'helps', 'just', 'knew', 'like',
  'looked', 'looks', 'many', 'might', 'most', 'noticed', 'only', 'over', 'own', 'real', 'saw', 'several', 'smelled', 'so', 'some',
  'sort', 'started', 'still', 'supports', 'that', 'then', 'touched', 'up', 'very', 'wanted', 'watched', 'well', 'wished', 'wondered',
  'works', 'could', 'thought', 'understood', 'appeared', 'believed', 'considered', 'improved', 'effective', 'efficient', 'useful',
]);

const LIST = compileWordList(weasels.filter((w) => !WEASEL_STOP_LIST.has(w)));

/** Weasel words from the npm `weasels` list, minus the stop-list, outside quote marks: "experts", "vast", "significantly". */
export function findWeaselWords(view: ArticleView): WordUse[] {
  return findListedWords(view, LIST, 'weasel');
}
