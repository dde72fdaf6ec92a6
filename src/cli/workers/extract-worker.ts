import { parentPort } from 'node:worker_threads';
import { readAndExtractPacked, type ExtractBatch, type ExtractResult } from './read-and-extract.js';

// A worker thread of `coverage quotes --jobs N`: reads, cleans and segments each file of the
// batches it is sent and finds their quotes, and sends them back in the order the files came.
parentPort!.on('message', (batch: ExtractBatch) => {
  parentPort!.postMessage({ from: batch.from, reads: batch.tasks.map(readAndExtractPacked) } satisfies ExtractResult);
});
