import type { WordUse } from '../model/comparison.js';
import { contextAt, isInQuote, type ArticleView } from '../analyze/actors/article-view.js';
import { matchWordList, type CompiledList, type ListMatch } from './match-word-list.js';

/**
 * The outlet's own uses of a word list: every match outside quote marks (inside them
 * the words are the source's), optionally filtered by `accept`.
 */
export function findListedWords(view: ArticleView, list: CompiledList, kind: WordUse['kind'], accept: (m: ListMatch, text: string) => boolean = () => true): WordUse[] {
  const { text } = view.article;
  return matchWordList(text, list)
    .filter((m) => !isInQuote(view, m.start, m.end) && accept(m, text))
    .map((m) => ({
      outlet: view.article.outlet,
      article: view.article.id,
      word: text.slice(m.start, m.end),
      kind,
      start: m.start,
      end: m.end,
      context: contextAt(view, m.start),
      entry: m.entry,
    }));
}
