/**
 * The library behind the `coverage` command. Everything here is free of terminal code:
 * no colour, no commander, no process. Read articles from files or strings, extract
 * quotes with their speakers, and compare how outlets covered an event.
 *
 * @example
 * import { readArticles, extractQuotes, compareCoverage } from 'news-coverage';
 * const { articles } = await readArticles(['corpus/parler-v-aws']);
 * const quotes = extractQuotes(articles);
 * const { clusters, framing } = compareCoverage(articles);
 */
import type { Article, Quote, RawArticle } from './model/types.js';
import { assignSources } from './analyze/quotes/assign-sources.js';
import { extractQuotes as extractArticleQuotes, type QuoteOptions } from './analyze/quotes/extract-quotes.js';
import { buildArticle } from './ingest/build-article.js';
import type { Format } from './ingest/find-inputs.js';
import { parse, sniffFormat } from './ingest/read-articles.js';
import type { JsonReadOptions } from './ingest/read-json.js';

export type * from './model/types.js';
export type * from './model/comparison.js';
export { readArticles, type ReadOptions, type ReadResult } from './ingest/read-articles.js';
export { compareCoverage, type CompareOptions } from './pipeline/compare-coverage.js';
export { groupStories, STORY_DEFAULTS, type Story, type StoryOptions } from './align/stories/group-stories.js';
export { findClaims } from './analyze/claims/find-claims.js';
export { assignSources } from './analyze/quotes/assign-sources.js';
export { splitSentences } from './analyze/sentences/split-sentences.js';
export { cleanArticle } from './clean/clean-article.js';
export type { Format } from './ingest/find-inputs.js';
export { SCHEMA_VERSION } from './render/context.js';

export interface TextArticleOptions extends JsonReadOptions {
  /** Format of the text (default: sniffed: JSON Lines, JSON, HTML, Markdown with front-matter, else plain text). */
  format?: Format;
  /** A name for the text, used in ids and messages (default `text`). */
  file?: string;
  /** Outlet label when the text carries none (default: the file name). */
  outlet?: string;
}

/**
 * Reads articles from a string instead of a file: plain text, Markdown, HTML, a JSON
 * object or array, or JSON Lines. Ids are `file` (or `file:n` for several articles).
 *
 * @example
 * const [article] = articlesFromText('Parler sues Amazon\n\n“It is over,” Matze said.', { outlet: 'The Ledger' });
 * article.title // 'Parler sues Amazon'
 */
export function articlesFromText(text: string, options: TextArticleOptions = {}): Article[] {
  const file = options.file ?? 'text';
  const format = options.format ?? sniffFormat(text);
  const { raws, diagnostics } = parse(text, file, format, options);
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return raws.map((raw: RawArticle, i) => {
    const withOutlet = options.outlet && !raw.outlet ? { ...raw, outlet: options.outlet } : raw;
    const article = buildArticle(withOutlet, { id: raws.length > 1 ? `${stem}:${i + 1}` : stem, stem });
    if (i === 0) article.diagnostics.push(...diagnostics);
    return article;
  });
}

/**
 * Finds every quote and attributed statement in one or more articles, with speaker, cue
 * and a `source` named the same way across all of them.
 *
 * @example
 * for (const q of extractQuotes(articles)) console.log(q.kind, q.source, q.cue, q.text);
 */
export function extractQuotes(articles: Article | readonly Article[], options: QuoteOptions = {}): Quote[] {
  const list = Array.isArray(articles) ? (articles as readonly Article[]) : [articles as Article];
  return assignSources(list.flatMap((a) => extractArticleQuotes(a, options)), list);
}
