import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractQuotes } from '../../analyze/quotes/extract-quotes.js';
import type { Article, Quote } from '../../model/types.js';

/** What the pool sends a worker: consecutive articles, starting at index `from` of the run. */
export interface ExtractBatch {
  from: number;
  articles: Article[];
}

/** What a worker sends back: each article's quotes, in the batch's order. */
export interface ExtractResult {
  from: number;
  quotes: Quote[][];
}

export interface PoolOptions {
  /** Threads that find quotes: this one and `jobs - 1` worker threads. */
  jobs: number;
  /** Articles per batch: enough to make the copying cheap, few enough to share the work evenly. Default 24. */
  batchSize?: number;
}

const WORKER = new URL('./extract-worker.js', import.meta.url);
// Batches a worker holds at once, so that it never waits for this thread to hand it the next.
const IN_FLIGHT = 2;

/** Whether worker threads can run: the compiled worker is there (not so when the TypeScript sources run directly, as in the tests). */
export function workersAvailable(): boolean {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
}

/**
 * Finds the quotes of every article, per article and in the articles' order, on this
 * thread and `jobs - 1` worker threads: the same lists `extractQuotes` gives one article
 * at a time, so the output is byte for byte the one of a single thread. Batches of
 * articles go to whichever thread is free; this thread takes one whenever it is, and
 * hands out the rest in between. Without the compiled worker it all runs on this thread.
 *
 * @example const perArticle = await extractQuotesInPool(articles, { jobs: 2 });
 */
export async function extractQuotesInPool(articles: readonly Article[], options: PoolOptions): Promise<Quote[][]> {
  if (options.jobs <= 1 || articles.length === 0 || !workersAvailable()) return articles.map((a) => extractQuotes(a));
  const size = Math.max(1, options.batchSize ?? 24);
  const starts: number[] = [];
  for (let from = 0; from < articles.length; from += size) starts.push(from);
  const results = new Array<Quote[]>(articles.length);
  let next = 0;
  let failure: unknown = null;
  const workers = Array.from({ length: Math.min(options.jobs - 1, Math.max(0, starts.length - 1)) }, () => new Worker(WORKER));
  const finished = workers.map((worker) => new Promise<void>((resolve) => {
    let inFlight = 0;
    const refill = () => {
      while (failure === null && inFlight < IN_FLIGHT && next < starts.length) {
        const from = starts[next++]!;
        worker.postMessage({ from, articles: articles.slice(from, from + size) } satisfies ExtractBatch);
        inFlight++;
      }
      if (inFlight === 0) resolve();
    };
    worker.on('message', (result: ExtractResult) => {
      result.quotes.forEach((quotes, k) => {
        results[result.from + k] = quotes;
      });
      inFlight--;
      refill();
    });
    const fail = (error: unknown) => {
      failure ??= error;
      resolve();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (inFlight > 0) fail(new Error(`a quote worker stopped (exit code ${code}) before its work was done`));
    });
    refill();
  }));
  try {
    while (failure === null && next < starts.length) {
      const from = starts[next++]!;
      for (let k = from; k < Math.min(from + size, articles.length); k++) results[k] = extractQuotes(articles[k]!);
      // Let the workers' results in, and hand them more, before the next batch here.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure !== null) throw failure;
  return results;
}
