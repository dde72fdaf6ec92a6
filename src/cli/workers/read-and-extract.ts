import { extractQuotes } from '../../analyze/quotes/extract-quotes.js';
import { readFileInput, type FileTask, type InputRead } from '../../ingest/read-file.js';
import type { Quote } from '../../model/types.js';
import { packArticle, type ArticleOnTheWire } from './pack-article.js';
import { packQuotes, type QuoteOnTheWire } from './pack-quotes.js';

// The per-file work of `coverage quotes`, apart from the pool, so that a worker thread loads
// only what it runs (not the finding of files, which the main thread does once).

/** What the pool sends a worker: consecutive files of the run, starting at step `from`. */
export interface ExtractBatch {
  from: number;
  tasks: FileTask[];
}

/** What a worker sends back: each file's read and its articles' quotes (packed), in the batch's order. */
export interface ExtractResult {
  from: number;
  reads: Array<{ read: Omit<InputRead, 'articles'> & { articles: ArticleOnTheWire[] }; quotes: QuoteOnTheWire[][] }>;
}

/** One input read, cleaned and segmented, with the quotes of each of its articles. */
export interface FileQuotes {
  read: InputRead;
  quotes: Quote[][];
}

/** Reads one file and finds the quotes of each of its articles: all the per-file work of `coverage quotes`. */
export function readAndExtract(task: FileTask): FileQuotes {
  const read = readFileInput(task);
  return { read, quotes: read.articles.map((a) => extractQuotes(a)) };
}

/** `readAndExtract` for a worker thread, with the quotes packed for the trip back. */
export function readAndExtractPacked(task: FileTask): ExtractResult['reads'][number] {
  const { read, quotes } = readAndExtract(task);
  return { read: { ...read, articles: read.articles.map(packArticle) }, quotes: quotes.map((q, k) => packQuotes(q, read.articles[k]!)) };
}
