import type { Article } from '../../model/types.js';
import { words } from '../words.js';
import type { Feature } from './feature.js';
import { findContentWords } from './find-content-words.js';
import { findDates } from './find-dates.js';
import { findNames } from './find-names.js';
import { findStoryNumbers } from './find-numbers.js';
import { findQuotedPhrases } from './find-quoted-phrases.js';
import { compareCodeUnits } from '../../model/compare-code-units.js';

/** An article's features: each distinct key once, at its first occurrence, in text order. */
export interface ArticleFeatures {
  distinct: Feature[];
}

/**
 * Everything that ties an article to its event: quoted phrases, names, numbers, dates
 * and content words, found on the article's cleaned text (headline included). A key
 * found twice counts once: what matters is which articles have it, not how often.
 *
 * @example articleFeatures(article).distinct.filter((f) => f.kind === 'name')
 */
export function articleFeatures(article: Pick<Article, 'text' | 'paragraphs'>): ArticleFeatures {
  const { text } = article;
  const ws = words(text);
  const first = new Map<string, Feature>();
  const found = [
    findQuotedPhrases(text, article.paragraphs.length ? article.paragraphs : undefined, ws),
    findNames(text, ws),
    findStoryNumbers(text),
    findDates(text),
    findContentWords(text, ws),
  ];
  for (const list of found) {
    for (const f of list) {
      const seen = first.get(f.key);
      if (!seen || f.start < seen.start || (f.start === seen.start && f.end < seen.end)) first.set(f.key, f);
    }
  }
  return { distinct: [...first.values()].sort((a, b) => a.start - b.start || a.end - b.end || compareCodeUnits(a.key, b.key)) };
}
