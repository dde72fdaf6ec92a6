// One `coverage diff` measurement, in its own process so that its peak memory is its own:
// reads the articles of a folder, compares them (compareCoverage, as `coverage diff` does before
// rendering) and prints one JSON line with the times and sizes.
//
//   node bench/diff-child.js <folder>
import { readArticles } from '../dist/ingest/read-articles.js';
import { compareCoverage } from '../dist/pipeline/compare-coverage.js';

const folder = process.argv[2];
const t0 = performance.now();
const { articles } = await readArticles([folder]);
const t1 = performance.now();
const comparison = compareCoverage(articles);
const t2 = performance.now();
const quoteClusters = comparison.clusters.filter((c) => c.type === 'quote');
process.stdout.write(`${JSON.stringify({
  articles: articles.length,
  readMs: Math.round(t1 - t0),
  compareMs: Math.round(t2 - t1),
  quotes: comparison.quotes.length,
  claims: comparison.claims.length,
  quoteClusters: quoteClusters.length,
  sharedQuoteClusters: quoteClusters.filter((c) => c.outlets.length > 1).length,
  largestQuoteCluster: Math.max(0, ...quoteClusters.map((c) => c.members.length)),
  claimClusters: comparison.clusters.length - quoteClusters.length,
  // Kilobytes; the parent prefers what /usr/bin/time saw when it has it.
  maxRssKb: process.resourceUsage().maxRSS,
})}\n`);
