import { fileURLToPath } from 'node:url';
import { groupStories } from '../align/stories/group-stories.js';
import { assignSources } from '../analyze/quotes/assign-sources.js';
import { extractQuotes } from '../analyze/quotes/extract-quotes.js';
import { loadCompareCoverage } from './clusters/load-compare.js';
import { runPolnearScorer } from './polnear/run-polnear-scorer.js';
import { runEval } from './run-eval.js';
import { runWebPagesScorer } from './web-pages/run-web-pages.js';

// `npm run eval -- --json | head` ends quietly when the pipe closes.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

try {
  process.exitCode = await runEval(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    root: fileURLToPath(new URL('../../', import.meta.url)),
    extractor: { extractQuotes, assignSources },
    compare: loadCompareCoverage,
    polnear: runPolnearScorer,
    webPages: runWebPagesScorer,
    groupStories,
    env: process.env,
  });
} catch (error) {
  process.stderr.write(`eval: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}
