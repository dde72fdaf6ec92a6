import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractQuotes } from '../../analyze/quotes/extract-quotes.js';
import { assembleReading, planReading, readStdinInput, type FileTask, type ReadOptions, type ReadResult } from '../../ingest/read-articles.js';
import type { Quote } from '../../model/types.js';
import { unpackArticle } from './pack-article.js';
import { unpackQuotes } from './pack-quotes.js';
import { readAndExtract, type ExtractBatch, type ExtractResult, type FileQuotes } from './read-and-extract.js';

export type { ExtractBatch, ExtractResult, FileQuotes };

export interface PoolOptions {
  /** Threads that read files and find quotes, given how many inputs there are: this one and `jobs - 1` worker threads. */
  jobs: (inputs: number) => number;
  /** Files per batch: enough to make the copying cheap, few enough to share the work evenly. Default 16. */
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
 * `readArticles`, with each article's quotes: files are read, cleaned, segmented and their
 * quotes found on this thread and `jobs - 1` worker threads, and put together in input
 * order, so the articles, diagnostics and quotes are exactly those of one thread (an
 * article whose id had to be made unique has its quotes found again under that id).
 * Batches of files go to whichever thread is free; this thread takes one whenever it is,
 * and hands out the rest in between. Without the compiled worker it all runs on this thread.
 *
 * @example const { result, perArticle } = await readAndExtractInPool(['news/'], {}, { jobs: () => 2 });
 */
export async function readAndExtractInPool(paths: readonly string[], readOptions: ReadOptions, options: PoolOptions): Promise<{ result: ReadResult; perArticle: Quote[][] }> {
  const plan = planReading(paths, readOptions);
  const steps = plan.steps;
  const done = new Array<FileQuotes>(steps.length);
  let finished = 0;
  const progress = () => readOptions.onProgress?.(finished, steps.length);
  const store = (k: number, value: FileQuotes) => {
    done[k] = value;
    finished++;
    progress();
  };
  progress();

  const size = Math.max(1, options.batchSize ?? 16);
  // Runs of consecutive file steps; standard input is read on this thread, where its stream is.
  const batches: Array<{ from: number; tasks: FileTask[] }> = [];
  for (let k = 0; k < steps.length; k++) {
    const step = steps[k]!;
    if (step.kind === 'stdin') {
      const read = await readStdinInput(readOptions);
      store(k, { read, quotes: read.articles.map((a) => extractQuotes(a)) });
      continue;
    }
    const last = batches[batches.length - 1];
    if (last && last.from + last.tasks.length === k && last.tasks.length < size) last.tasks.push(step.task);
    else batches.push({ from: k, tasks: [step.task] });
  }
  const fileCount = batches.reduce((n, b) => n + b.tasks.length, 0);
  const jobs = workersAvailable() && fileCount > 0 ? options.jobs(fileCount) : 1;
  const runBatch = (batch: ExtractBatch) => batch.tasks.forEach((task, j) => store(batch.from + j, readAndExtract(task)));

  if (jobs <= 1 || batches.length <= 1) {
    batches.forEach(runBatch);
  } else {
    let next = 0;
    let failure: unknown = null;
    const workers = Array.from({ length: Math.min(jobs - 1, batches.length - 1) }, () => new Worker(WORKER));
    const finishedWorkers = workers.map((worker) => new Promise<void>((resolve) => {
      let inFlight = 0;
      const refill = () => {
        while (failure === null && inFlight < IN_FLIGHT && next < batches.length) {
          worker.postMessage(batches[next++]! satisfies ExtractBatch);
          inFlight++;
        }
        if (inFlight === 0) resolve();
      };
      worker.on('message', (message: ExtractResult) => {
        message.reads.forEach((packed, j) => {
          const read = { ...packed.read, articles: packed.read.articles.map(unpackArticle) };
          store(message.from + j, { read, quotes: packed.quotes.map((q, k) => unpackQuotes(q, read.articles[k]!)) });
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
      while (failure === null && next < batches.length) {
        runBatch(batches[next++]!);
        // Let the workers' results in, and hand them more, before the next batch here.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(finishedWorkers);
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    if (failure !== null) throw failure;
  }

  const { result, renamed } = assembleReading(plan, done.map((d) => d.read));
  const perArticle = done.flatMap((d) => d.quotes);
  for (const k of renamed) perArticle[k] = extractQuotes(result.articles[k]!);
  return { result, perArticle };
}
