import { firstIndex } from '../../model/first-index.js';
import type { Article, Quote } from '../../model/types.js';
import { findQuoteSpans, type QuoteSpan } from '../quotes/find-quote-spans.js';
import { maskQuotes } from '../quotes/mask-quotes.js';

/** An article with what every framing rule asks of it: where the quote marks are, and its quotes. */
export interface ArticleView {
  article: Article;
  spans: QuoteSpan[];
  /** The text with the inside of every quote blanked (same length). */
  masked: string;
  /** `[from, to)` of each quoted stretch, marks included. */
  quoted: Array<[number, number]>;
  /** This article's quote records, in text order. */
  quotes: Quote[];
}

/** Prepares an article for the framing rules; `quotes` may hold other articles' quotes too. */
export function viewArticle(article: Article, quotes: readonly Quote[] = []): ArticleView {
  const spans = findQuoteSpans(article.text, article.paragraphs);
  const quoted = spans.map((s): [number, number] => [s.open, s.closeEnd ?? s.end]);
  const own = quotes.filter((q) => q.article === article.id).sort((a, b) => a.start - b.start || a.end - b.end);
  return { article, spans, masked: maskQuotes(article.text, spans), quoted, quotes: own };
}

/** True when `[start, end)` overlaps a quoted stretch (marks included). */
export function isInQuote(view: ArticleView, start: number, end: number): boolean {
  // The stretches are in text order and do not overlap: only the first that ends after `start` can.
  const k = firstIndex(view.quoted, ([, to]) => to > start);
  return k < view.quoted.length && view.quoted[k]![0] < end;
}

/** The quote record (not a scare quote or title) that holds `[start, end)`, if any. */
export function quoteHolding(view: ArticleView, start: number, end: number): Quote | null {
  return view.quotes.find((q) => q.kind !== 'indirect' && q.kind !== 'mention' && q.start <= start && end <= q.end) ?? null;
}

/** `[start, end)` of the sentence holding `at`, or of its paragraph when it has no sentences (headlines). */
export function sentenceAround(view: ArticleView, at: number): { start: number; end: number; paragraph: number } {
  const { sentences } = view.article;
  const s = sentences[firstIndex(sentences, (x) => x.start > at) - 1];
  if (s && at < s.end) return s;
  const paragraph = paragraphAt(view.article, at);
  const p = view.article.paragraphs[paragraph];
  return p ? { start: p.start, end: p.end, paragraph } : { start: 0, end: view.article.text.length, paragraph: 0 };
}

/** The sentence holding `at`, as text: the `context` of a record. */
export function contextAt(view: ArticleView, at: number): string {
  const s = sentenceAround(view, at);
  return view.article.text.slice(s.start, s.end);
}

/** Index of the paragraph holding `at` (the last one starting at or before it). */
export function paragraphAt(article: Article, at: number): number {
  return Math.max(0, firstIndex(article.paragraphs, (p) => p.start > at) - 1);
}

