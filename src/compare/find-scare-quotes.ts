import type { WordUse } from '../model/comparison.js';
import { contextAt, type ArticleView } from '../analyze/actors/article-view.js';
import { countWords } from '../analyze/actors/count-words.js';

const MAX_WORDS = 4;

/**
 * Scare quotes: quote marks the outlet puts around a few words nobody is said to have
 * said, to keep them at a distance — "removing “egregious content”". Taken from quotes of
 * kind `mention` that are short (at most four words) and start lowercase, so titles
 * ("Mornings with Maria") and slogans ("Hang Mike Pence") are not counted.
 */
export function findScareQuotes(view: ArticleView): WordUse[] {
  const { text } = view.article;
  return view.quotes
    .filter((q) => q.kind === 'mention' && /^\p{Ll}/u.test(q.text) && countWords(q.text) <= MAX_WORDS)
    .map((q) => ({
      outlet: view.article.outlet,
      article: view.article.id,
      word: text.slice(q.start, q.end),
      kind: 'scare-quote' as const,
      start: q.start,
      end: q.end,
      context: contextAt(view, q.start),
      entry: q.id,
    }));
}
