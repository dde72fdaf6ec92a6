import type { WordUse } from '../model/comparison.js';
import type { ArticleView } from '../analyze/actors/article-view.js';
import { findListedWords } from './find-listed-words.js';
import { compileWordList } from './match-word-list.js';

/**
 * Evaluative words common in news framing, by what they do:
 * - place an actor politically: "far-right", "ultra liberal", "radical", "extremist";
 * - judge an actor: "controversial", "notorious", "embattled", "fledgling", "hottest", "renowned";
 * - dramatise a reaction: "slammed", "blasted", "lashed out", "crackdown", "purge";
 * - judge a claim: "baseless", "unfounded", "debunked", "conspiracy theory";
 * - name a frame: "censorship", "Big Tech", "free speech", "coordinated attacks", "hypocrisy",
 *   "double standard", "deplatformed", "siege", "insurrection".
 * "The last several days have brought coordinated attacks by ultra liberal Big Tech companies"
 * has three. Matched whole-word, case-insensitive, outside quote marks.
 */
export const LOADED_WORDS = [
  'far-right', 'far right', 'far-left', 'far left', 'hard-right', 'hard-left', 'alt-right', 'ultra liberal', 'ultra-liberal',
  'ultra-conservative', 'right-wing', 'left-wing', 'radical', 'radicals', 'extremist', 'extremists', 'fringe', 'militant',
  'controversial', 'notorious', 'infamous', 'disgraced', 'embattled', 'fledgling', 'hottest', 'renowned', 'trendy', 'beleaguered',
  'propaganda', 'propagandists', 'dictator', 'thugs', 'mob', 'slammed', 'slams', 'blasted', 'blasts', 'lashed out', 'railed',
  'ripped', 'crackdown', 'cracked down', 'purge', 'silenced', 'silencing', 'destroy', 'baseless', 'unfounded', 'debunked',
  'false claims', 'conspiracy theory', 'conspiracy theories', 'censorship', 'censor', 'censored', 'censoring', 'big tech',
  'free speech', 'coordinated attack', 'coordinated attacks', 'coordinated efforts', 'hypocrisy', 'hypocritical', 'double standard',
  'deplatformed', 'de-platformed', 'deplatforming', 'de-platforming', 'cancel culture', 'woke', 'siege', 'insurrection',
  'glorify', 'glamorize', 'draconian', 'tyranny', 'witch hunt', 'unhinged',
];

const LIST = compileWordList(LOADED_WORDS);

/** Loaded and evaluative words in the outlet's own voice. */
export function findLoadedWords(view: ArticleView): WordUse[] {
  return findListedWords(view, LIST, 'loaded');
}
