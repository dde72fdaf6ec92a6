import { readArticles } from '../ingest/read-articles.js';
import { makeDiagnostic } from '../model/diagnostics.js';
import type { Article, Diagnostic, Quote } from '../model/types.js';

/** The quote extractor under test; the eval never imports it itself so tests can pass a stub. */
export interface Extractor {
  extractQuotes(article: Article): Quote[];
  /** Names sources across the quotes; the articles are there to expand acronyms, as `coverage quotes` passes them. */
  assignSources(quotes: Quote[], articles?: readonly Article[]): Quote[];
}

export interface Prediction {
  quotes: Quote[];
  crashed: boolean;
}

/**
 * What `coverage quotes` does once the articles are read: each article's quotes, then
 * sources named across all of them. A throw becomes an error diagnostic and `crashed`.
 *
 * @example predictQuotes(articles, { extractQuotes, assignSources }, diagnostics).quotes
 */
export function predictQuotes(articles: readonly Article[], extractor: Extractor, diagnostics: Diagnostic[]): Prediction {
  let crashed = false;
  const found: Quote[] = [];
  for (const article of articles) {
    try {
      found.push(...extractor.extractQuotes(article));
    } catch (error) {
      crashed = true;
      diagnostics.push(makeDiagnostic('extractor-error', 'error', article.file, `extractQuotes threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
    }
  }
  try {
    return { quotes: extractor.assignSources(found, articles), crashed };
  } catch (error) {
    diagnostics.push(makeDiagnostic('extractor-error', 'error', articles[0]?.file ?? '<corpus>', `assignSources threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}; scored without sources`));
    return { quotes: found, crashed: true };
  }
}

/**
 * Reads articles as `coverage quotes` does; problems with the inputs and errors in the
 * articles go to `diagnostics`.
 *
 * @example const articles = await readInputs(['corpus/parler-v-aws'], diagnostics)
 */
export async function readInputs(paths: string[], diagnostics: Diagnostic[]): Promise<Article[]> {
  const read = await readArticles(paths);
  diagnostics.push(...read.diagnostics, ...read.articles.flatMap((a) => a.diagnostics.filter((d) => d.severity === 'error')));
  return read.articles;
}
