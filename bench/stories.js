/**
 * How well `groupStories` puts articles of one event together, and what it costs.
 *
 *   npm run build && node bench/stories.js [--events 60] [--outlets 8] [--seed 1] [--threshold 0.12] [--scale 40]
 *
 * 1. A synthetic dump from `generateCorpus` (bench/corpus.js): every event is one source
 *    article, every outlet's version drops, swaps and edits paragraphs and quotes. Scored
 *    by pairwise precision, recall and F1 of same-event links (a pair of articles is a true
 *    link when they have the same event). The first five sources are the five bundled
 *    articles of corpus/parler-v-aws, five outlets' own reporting of ONE event (Parler
 *    suing Amazon Web Services), which the corpus labels as five events; so the scores are
 *    given with them as one event (`bundledAsOneEvent`, the headline figure), as labelled
 *    (`asLabelled`), and for a run of 60 fixture events without them (`withoutBundled`).
 * 2. The peer, measured in the same run: the same grouping with every pair compared (no
 *    feature too common to propose pairs, every feature looked up). The ratio of times,
 *    and whether the index made the same stories.
 * 3. Independent coverage: the five bundled articles plus one unedited copy of every
 *    fixture source (84 articles, 80 events). Real outlets write their own words, so this
 *    is the hard case the synthetic versions do not test.
 * 4. Scale: every source × `--scale` outlets (84 × 40 = 3,360 articles by default), grouped
 *    with the index, and with all pairs once for the ratio; finding the features, which
 *    both do, is timed on its own.
 *
 * 5. With `--big N` (e.g. 100000): N generated articles (every source × ⌈N / sources⌉
 *    outlets, cut to N) grouped with the index only, its time and the process's peak
 *    memory (resident set); sections 1–4 are skipped so that the figure is the grouping's.
 *
 * Prints a table and writes the numbers to bench/stories-results.json. Timings depend on
 * the machine; the scores do not.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus, listSources } from './corpus.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
// The compiled library; COVERAGE_DIST points elsewhere (a scratch build) when needed.
const DIST = path.resolve(HERE, '..', process.env.COVERAGE_DIST ?? 'dist');
const load = (file) => import(pathToFileURL(path.join(DIST, file)).href);
const { articlesFromText } = await load('index.js');
const { groupStories, STORY_DEFAULTS } = await load('align/stories/group-stories.js');
const { articleFeatures } = await load('align/stories/article-features.js');

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const EVENTS = arg('events', 60);
const OUTLETS = arg('outlets', 8);
const SEED = arg('seed', 1);
const SCALE = arg('scale', 40);
const options = args.includes('--threshold') ? { threshold: arg('threshold') } : {};
const threshold = options.threshold ?? STORY_DEFAULTS.threshold;

const sources = listSources();
const BUNDLED = sources.filter((s) => s.file.startsWith('corpus/')).length;

const toArticles = (generated) => generated.map((g) => articlesFromText(g.text, { file: `${g.id}.txt`, outlet: g.outlet, format: 'txt' })[0]);

/** Pairwise precision, recall and F1 of same-event links. */
function score(articles, stories, eventOf, falseLinks = []) {
  const storyOf = new Map();
  for (const s of stories) for (const id of s.articles) storyOf.set(id, s.id);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i].id;
      const b = articles[j].id;
      const truth = eventOf(a) === eventOf(b);
      const found = storyOf.get(a) === storyOf.get(b);
      if (truth && found) tp++;
      else if (found) {
        fp++;
        if (falseLinks.length < 20) falseLinks.push([a, b]);
      }
      else if (truth) fn++;
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), truePairs: tp + fn, foundPairs: tp + fp };
}

// The peer: the same grouping with every pair compared (no feature is too common, every feature is looked up).
const ALL_PAIRS = { queriesPerArticle: Infinity, maxDocumentFrequency: Infinity };

/** True when two groupings make the same stories of the same articles. */
function sameStories(a, b) {
  const key = (stories) => stories.map((s) => [...s.articles].sort().join(' ')).sort().join('\n');
  return key(a) === key(b);
}

function time(f) {
  const start = performance.now();
  const value = f();
  return { value, ms: Math.round(performance.now() - start) };
}

const round = (x) => Math.round(x * 10000) / 10000;

if (args.includes('--big')) {
  const n = arg('big');
  const per = Math.ceil(n / sources.length);
  const made = toArticles(generateCorpus({ events: sources.length, outletsPerEvent: per, seed: SEED }).articles.slice(0, n));
  globalThis.gc?.();
  const readMB = Math.round(process.memoryUsage().rss / 2 ** 20);
  const grouped = time(() => groupStories(made, options));
  const big = { articles: made.length, stories: grouped.value.length, ms: grouped.ms, articlesReadMB: readMB, peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  console.log(`${made.length} articles grouped into ${big.stories} stories in ${(big.ms / 1000).toFixed(1)} s; peak memory ${big.peakMemoryMB} MB, of which ${readMB} MB held the articles before grouping`);
  writeFileSync(path.join(HERE, 'stories-big-results.json'), JSON.stringify({ threshold, ...big }, null, 2) + '\n');
  process.exit(0);
}

// A first run warms the JIT up, so that the first timing is not the only cold one.
groupStories(toArticles(generateCorpus({ events: 12, outletsPerEvent: 4, seed: SEED + 1 }).articles), options);

// 1. The synthetic dump.
const generated = generateCorpus({ events: EVENTS, outletsPerEvent: OUTLETS, seed: SEED });
const articles = toArticles(generated.articles);
const labelled = (id) => generated.truth.event.get(id);
const bundledAsOne = (id) => (Number(labelled(id).slice(1)) < BUNDLED ? 'bundled' : labelled(id));
const grouped = time(() => groupStories(articles, options));
const peer = time(() => groupStories(articles, { ...options, ...ALL_PAIRS }));

const fixturesOnly = generateCorpus({ events: Math.min(sources.length, EVENTS + BUNDLED), outletsPerEvent: OUTLETS, seed: SEED });
const withoutBundledArticles = toArticles(fixturesOnly.articles.filter((a) => Number(a.event.slice(1)) >= BUNDLED));
const withoutBundled = groupStories(withoutBundledArticles, options);

// 3. Independent coverage: the bundled five as written, and every fixture source once.
const independent = toArticles(sources.map((s, k) => ({ id: `src${String(k).padStart(3, '0')}`, outlet: `outlet-${k}`, text: s.text })));
const independentEvent = (id) => (Number(id.slice(3)) < BUNDLED ? 'bundled' : id);
const independentStories = groupStories(independent, options);
const independentFalse = [];
const independentScore = score(independent, independentStories, independentEvent, independentFalse);
const sourceOf = (id) => sources[Number(id.slice(3))].file;

// 4. Scale.
const big = toArticles(generateCorpus({ events: sources.length, outletsPerEvent: SCALE, seed: SEED }).articles);
const bigFeatures = time(() => big.map(articleFeatures));
const bigGrouped = time(() => groupStories(big, options));
const bigPeer = time(() => groupStories(big, { ...options, ...ALL_PAIRS }));
const bigEvent = (id) => { const e = Number(id.slice(1, 4)); return e < BUNDLED ? 'bundled' : id.slice(0, 4); };

const results = {
  threshold,
  minLinkShare: STORY_DEFAULTS.minLinkShare,
  synthetic: {
    events: EVENTS,
    outletsPerEvent: OUTLETS,
    seed: SEED,
    articles: articles.length,
    stories: grouped.value.length,
    bundledAsOneEvent: score(articles, grouped.value, bundledAsOne),
    asLabelled: score(articles, grouped.value, labelled),
    withoutBundled: { articles: withoutBundledArticles.length, ...score(withoutBundledArticles, withoutBundled, (id) => fixturesOnly.truth.event.get(id)) },
    ms: grouped.ms,
    peer: { name: 'all pairs', ms: peer.ms, bundledAsOneEvent: score(articles, peer.value, bundledAsOne), sameStories: sameStories(grouped.value, peer.value) },
  },
  independentCoverage: { articles: independent.length, stories: independentStories.length, bundledTogether: independentStories.some((s) => s.articles.filter((id) => Number(id.slice(3)) < BUNDLED).length === BUNDLED), ...independentScore, falseLinks: independentFalse.map((pair) => pair.map(sourceOf)) },
  scale: { articles: big.length, stories: bigGrouped.value.length, ms: bigGrouped.ms, featuresMs: bigFeatures.ms, peerMs: bigPeer.ms, speedup: round(bigPeer.ms / Math.max(1, bigGrouped.ms)), bundledAsOneEvent: score(big, bigGrouped.value, bigEvent) },
};

const line = (name, s, extra = '') => console.log(`${name.padEnd(44)} ${s.precision.toFixed(4)}  ${s.recall.toFixed(4)}  ${s.f1.toFixed(4)}  ${extra}`);
console.log(`coverage stories: threshold ${threshold}, min link share ${STORY_DEFAULTS.minLinkShare}`);
console.log(`${''.padEnd(44)} precision recall  F1`);
line(`${EVENTS} events × ${OUTLETS} outlets (bundled as one)`, results.synthetic.bundledAsOneEvent, `${grouped.ms} ms, ${grouped.value.length} stories`);
line('  the same, as the corpus labels them', results.synthetic.asLabelled);
line(`  ${withoutBundledArticles.length / OUTLETS} fixture events × ${OUTLETS}, no bundled`, results.synthetic.withoutBundled);
line('  peer: all pairs', results.synthetic.peer.bundledAsOneEvent, `${peer.ms} ms (index ${(peer.ms / Math.max(1, grouped.ms)).toFixed(1)}×), same stories as the index: ${results.synthetic.peer.sameStories ? 'yes' : 'no'}`);
line(`independent coverage (${independent.length} articles)`, results.independentCoverage, `bundled five together: ${results.independentCoverage.bundledTogether ? 'yes' : 'no'}`);
for (const [a, b] of results.independentCoverage.falseLinks) console.log(`  joined, but different events: ${a} + ${b}`);
line(`scale: ${big.length} articles`, results.scale.bundledAsOneEvent, `${bigGrouped.ms} ms; all pairs ${bigPeer.ms} ms (${results.scale.speedup}×); finding the features alone takes ${bigFeatures.ms} ms of each`);

writeFileSync(path.join(HERE, 'stories-results.json'), JSON.stringify(results, null, 2) + '\n');
