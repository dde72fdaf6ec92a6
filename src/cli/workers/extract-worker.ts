import { parentPort } from 'node:worker_threads';
import { extractQuotes } from '../../analyze/quotes/extract-quotes.js';
import type { Article } from '../../model/types.js';
import type { ExtractBatch, ExtractResult } from './extract-pool.js';

// A worker thread of `coverage quotes --jobs N`: finds the quotes of each batch of articles it
// is sent and sends them back, one list per article, in the order the articles came.
parentPort!.on('message', (batch: ExtractBatch) => {
  const quotes = batch.articles.map((article: Article) => extractQuotes(article));
  parentPort!.postMessage({ from: batch.from, quotes } satisfies ExtractResult);
});
