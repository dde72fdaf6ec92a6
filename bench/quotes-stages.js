// Where `coverage quotes --format ndjson --jobs 1` spends its time, stage by stage, in one
// process: loading the code, reading and cleaning the articles, finding quotes, naming
// sources across the run, and writing NDJSON. Prints one JSON line of milliseconds.
//
//   node bench/quotes-stages.js <folder>
//   COVERAGE_DIST=dist-perf node bench/quotes-stages.js <folder>   (another build folder, to compare builds)
const t0 = performance.now();
const { fileURLToPath, pathToFileURL } = await import('node:url');
const path = await import('node:path');
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.resolve(root, process.env.COVERAGE_DIST ?? 'dist');
const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
const { readArticles } = await load('ingest/read-articles.js');
const { extractQuotes } = await load('analyze/quotes/extract-quotes.js');
const { assignSources } = await load('analyze/quotes/assign-sources.js');
const { QUOTE_FORMATTERS } = await load('render/render-quotes.js');
const { plainContext } = await load('render/context.js');
const t1 = performance.now();
const { articles } = await readArticles([process.argv[2]]);
const t2 = performance.now();
const perArticle = articles.map((a) => extractQuotes(a));
const t3 = performance.now();
const quotes = assignSources(perArticle.flat(), articles).filter((q) => q.kind !== 'mention');
const t4 = performance.now();
const out = QUOTE_FORMATTERS.ndjson(quotes, articles, plainContext(100));
const t5 = performance.now();
const ms = (a, b) => Math.round(b - a);
process.stdout.write(`${JSON.stringify({ loadCode: ms(t0, t1), readAndClean: ms(t1, t2), findQuotes: ms(t2, t3), nameSources: ms(t3, t4), writeNdjson: ms(t4, t5), outputMB: Math.round(out.length / 1e4) / 100 })}\n`);
