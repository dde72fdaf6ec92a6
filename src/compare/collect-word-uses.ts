import type { WordUse } from '../model/comparison.js';
import type { ArticleView } from '../analyze/actors/article-view.js';
import { findDistancingWords } from './find-distancing-words.js';
import { findHedgeWords } from './find-hedge-words.js';
import { findLoadedWords } from './find-loaded-words.js';
import { findScareQuotes } from './find-scare-quotes.js';
import { findWeaselWords } from './find-weasel-words.js';

// When lists overlap ("apparently" is a hedge and distancing; "clearly" a hedge and a weasel) the first kind wins.
const PRIORITY: WordUse['kind'][] = ['scare-quote', 'distancing', 'loaded', 'hedge', 'weasel'];

/**
 * Every stance-showing word use of an article, one record per stretch of text: scare
 * quotes, distancing words, loaded words, hedges and weasels, in text order.
 */
export function collectWordUses(view: ArticleView): WordUse[] {
  const found = [...findScareQuotes(view), ...findDistancingWords(view), ...findLoadedWords(view), ...findHedgeWords(view), ...findWeaselWords(view)];
  found.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: WordUse[] = [];
  // The characters kept records cover: checking each record against every kept one takes
  // minutes on a 10 MB text with a hedge in every sentence.
  const taken = new Uint8Array(view.article.text.length);
  for (const w of found) {
    if (taken.subarray(w.start, w.end).includes(1)) continue;
    taken.fill(1, w.start, w.end);
    kept.push(w);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
