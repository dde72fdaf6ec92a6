import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeDiagnostic } from '../model/diagnostics.js';
import type { Article, Diagnostic, Quote } from '../model/types.js';
import { checkTargets, type DatasetName } from './check-targets.js';
import type { LoadedCompare } from './clusters/load-compare.js';
import { evalClusters, type ClusterReport } from './clusters/run-clusters.js';
import { evalEvents, type EventsReport } from './clusters/run-events.js';
import { formatJson, formatTable, reportTargets, type DatasetReport } from './format-report.js';
import { loadCaseGold, loadCorpusGold, type GoldFile } from './load-gold.js';
import type { PolnearScorer } from './polnear/run-polnear-scorer.js';
import { evalPolnear } from './polnear/run-polnear.js';
import { POLNEAR_SPLITS, type PolnearReport, type PolnearSplit } from './polnear/types.js';
import { predictQuotes, readInputs, type Extractor } from './predict-quotes.js';
import { evalWebPages, type WebPagesScorer } from './web-pages/run-web-pages.js';
import type { WebPagesReport } from './web-pages/types.js';
import { scoreQuotes } from './score-quotes.js';
import { evalStories, type GroupStories } from './stories/run-stories.js';
import type { StoriesReport } from './stories/types.js';
import { sumScores, type ArticleScore, type DatasetScore } from './sum-scores.js';

export type { Extractor } from './predict-quotes.js';

/** Streams, places and the extractor the eval runs against. */
export interface EvalContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Working directory: paths given on the command line are relative to it. */
  cwd: string;
  /** The package root: the default corpus, gold and cases are under it. */
  root: string;
  extractor: Extractor;
  /** Loads `compareCoverage` for the clusters section; without it the section is left out. */
  compare?: () => Promise<LoadedCompare>;
  /** Runs PolNeAR's score_polnear.py; without it the PolNeAR section is left out. */
  polnear?: PolnearScorer;
  /** Runs the web-pages benchmark's score_web_pages.py; without it the web-pages section is left out. */
  webPages?: WebPagesScorer;
  /** `groupStories` for the stories section (basil-dev flattened); without it the section is left out. */
  groupStories?: GroupStories;
  /** Environment variables: COVERAGE_SHARED_DATA names the folder that holds polnear/, web-pages/ and basil-dev/. */
  env?: Readonly<Record<string, string | undefined>>;
}

const USAGE = `Usage: npm run eval -- [options]

Scores the quote extractor against the hand-made gold: the bundled corpus and the
case fixtures, each on its own; then the quote and claim clusters of compareCoverage
against the hand-made gold clusters; then, when the PolNeAR data and python3 are
there, the records of \`coverage quotes\` on a PolNeAR split with its score_polnear.py;
then the bodies \`coverage ingest\` reads from the saved pages of web-pages/, scored by
its score_web_pages.py --body-only, with the outlets that are a hash and the dates that
are not ISO 8601 counted; then, when basil-dev is there, \`coverage stories\` on its
events flattened into one folder (with dates, and with the dates and URLs removed),
scored pairwise. A report, not a gate: exits 0 unless --check is given and a target is
missed (1), or the eval, the extractor, compareCoverage or a scorer crashed (2).

Options:
  -v, --verbose     list every miss, false positive, wrong speaker and boundary difference
  --json            print the numbers as JSON (schemaVersion 1) and nothing else
  --check           exit 1 when a target is missed
  --corpus <dir>    articles to score (default: corpus/parler-v-aws)
  --gold <dir>      gold files for them, matched by their "file" field (default: fixtures/gold/parler-v-aws)
  --cases <dir>     case fixtures, one folder each with input.* and gold.json (default: fixtures/cases)
  --heldout <dir>   held-out fixtures, never used for tuning, same layout (default: fixtures/heldout)
  --cluster-gold <file>  gold clusters for the corpus (default: fixtures/gold-clusters/parler-v-aws.json)
  --events <dir>    gold clusters of other events, each naming its "corpus" and "split" (fit or
                    heldout); every one whose corpus is there is scored (default: fixtures/gold-clusters)
  --polnear <dir>   the PolNeAR folder, with score_polnear.py, dev/ and train/ (default:
                    $COVERAGE_SHARED_DATA/polnear, else ../shared/data/polnear beside the project)
  --polnear-split <split>  dev or train (default: dev)
  --web-pages <dir> the web-pages folder, with html/, ground-truth.json and score_web_pages.py
                    (default: $COVERAGE_SHARED_DATA/web-pages, else ../shared/data/web-pages)
  --basil <dir>     the basil-dev folder, one folder per event (default:
                    $COVERAGE_SHARED_DATA/basil-dev, else ../shared/data/basil-dev beside the project)
  -h, --help        print this help

Example:
  npm run eval -- --verbose
  COVERAGE_SHARED_DATA=~/data npm run eval -- --polnear-split train`;

function scoreArticle(file: string, article: Article, quotes: readonly Quote[], gold: GoldFile): ArticleScore {
  return { file, text: article.text, score: scoreQuotes(quotes, gold.quotes, article.text), predicted: quotes.length, gold: gold.quotes.length };
}

async function scoreCorpus(corpusDir: string, goldDir: string, extractor: Extractor, diagnostics: Diagnostic[]): Promise<{ score: DatasetScore; crashed: boolean; articles: Article[] }> {
  const golds = loadCorpusGold(goldDir, diagnostics);
  const articles = await readInputs([corpusDir], diagnostics);
  const { quotes, crashed } = predictQuotes(articles, extractor, diagnostics);
  const goldByFile = new Map(golds.map((g) => [g.file as string, g]));
  const used = new Set<GoldFile>();
  const scores: ArticleScore[] = [];
  for (const article of articles) {
    const relative = path.relative(corpusDir, article.file).split(path.sep).join('/');
    const gold = goldByFile.get(relative);
    if (!gold) {
      diagnostics.push(makeDiagnostic('article-no-gold', 'info', article.file, `has no gold file in ${goldDir}; it is not scored`));
      continue;
    }
    used.add(gold);
    scores.push(scoreArticle(relative, article, quotes.filter((q) => q.article === article.id), gold));
  }
  for (const g of golds) {
    if (!used.has(g)) diagnostics.push(makeDiagnostic('gold-no-article', 'warning', g.path, `names "${g.file}", which is not in ${corpusDir}; check the "file" field`));
  }
  return { score: sumScores(scores), crashed, articles };
}

async function scoreCases(casesDir: string, extractor: Extractor, diagnostics: Diagnostic[]): Promise<{ score: DatasetScore | null; crashed: boolean }> {
  const cases = loadCaseGold(casesDir, diagnostics);
  let crashed = false;
  const scores: ArticleScore[] = [];
  for (const c of cases) {
    if (c.input === null || c.gold === null) continue;
    const [article] = await readInputs([c.input], diagnostics);
    if (!article) continue;
    // Each case is its own corpus: sources are assigned within the case only.
    const prediction = predictQuotes([article], extractor, diagnostics);
    crashed ||= prediction.crashed;
    scores.push(scoreArticle(c.name, article, prediction.quotes, c.gold));
  }
  if (scores.length === 0) {
    diagnostics.push(makeDiagnostic('no-cases', 'info', casesDir, 'holds no case with input.* and gold.json yet; only the corpus is scored'));
    return { score: null, crashed };
  }
  return { score: sumScores(scores), crashed };
}

/**
 * Runs the eval and returns the exit code: 0 done, 1 `--check` and a target missed,
 * 2 usage error or a crash in the extractor. Writes the report to stdout; with
 * `--json` nothing else is written anywhere.
 *
 * @example await runEval(['--json'], { stdout, stderr, cwd, root, extractor: { extractQuotes, assignSources } })
 */
export async function runEval(args: readonly string[], ctx: EvalContext): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        verbose: { type: 'boolean', short: 'v', default: false },
        json: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        gold: { type: 'string' },
        cases: { type: 'string' },
        heldout: { type: 'string' },
        'cluster-gold': { type: 'string' },
        events: { type: 'string' },
        polnear: { type: 'string' },
        'polnear-split': { type: 'string', default: 'dev' },
        'web-pages': { type: 'string' },
        basil: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    ctx.stderr.write(`eval: ${(error as Error).message}; see npm run eval -- --help\n`);
    return 2;
  }
  if (values.help) {
    ctx.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const split = values['polnear-split'] as PolnearSplit;
  if (!POLNEAR_SPLITS.includes(split)) {
    ctx.stderr.write(`eval: --polnear-split: expected ${POLNEAR_SPLITS.join(' or ')}, got "${split}"; see npm run eval -- --help\n`);
    return 2;
  }
  const place = (given: string | undefined, fallback: string) =>
    given ?? (path.relative(ctx.cwd, path.join(ctx.root, fallback)) || '.');
  const corpusDir = place(values.corpus, 'corpus/parler-v-aws');
  const goldDir = place(values.gold, 'fixtures/gold/parler-v-aws');
  const casesDir = place(values.cases, 'fixtures/cases');
  const heldoutDir = place(values.heldout, 'fixtures/heldout');
  const clusterGold = place(values['cluster-gold'], 'fixtures/gold-clusters/parler-v-aws.json');
  const eventsDir = place(values.events, 'fixtures/gold-clusters');
  const sharedData = ctx.env?.COVERAGE_SHARED_DATA;
  const polnearDir = values.polnear ?? (sharedData ? path.join(sharedData, 'polnear') : place(undefined, '../shared/data/polnear'));
  const webPagesDir = values['web-pages'] ?? (sharedData ? path.join(sharedData, 'web-pages') : place(undefined, '../shared/data/web-pages'));
  const basilDir = values.basil ?? (sharedData ? path.join(sharedData, 'basil-dev') : place(undefined, '../shared/data/basil-dev'));

  const diagnostics: Diagnostic[] = [];
  const at = (dir: string) => path.resolve(ctx.cwd, dir);
  const corpus = await scoreCorpus(at(corpusDir), at(goldDir), ctx.extractor, diagnostics);
  const cases = await scoreCases(at(casesDir), ctx.extractor, diagnostics);
  // Written without looking at the rules and never used to tune them: the honest figure.
  const heldout = await scoreCases(at(heldoutDir), ctx.extractor, []);

  const datasets: DatasetReport[] = [{ name: 'corpus', source: corpusDir, gold: goldDir, score: corpus.score }];
  if (cases.score) datasets.push({ name: 'cases', source: casesDir, gold: `${casesDir}/*/gold.json`, score: cases.score });
  if (heldout.score) datasets.push({ name: 'heldout', source: heldoutDir, gold: `${heldoutDir}/*/gold.json`, score: heldout.score });
  const scores: Partial<Record<DatasetName, DatasetScore>> = Object.fromEntries(datasets.map((d) => [d.name, d.score]));
  let clusters: { report: ClusterReport; crashed: boolean } | undefined;
  if (ctx.compare) {
    clusters = await evalClusters(
      { articles: corpus.articles, corpusDir: at(corpusDir), corpusLabel: corpusDir, goldFile: at(clusterGold), goldLabel: clusterGold, load: ctx.compare },
      diagnostics,
    );
  }
  let events: { report: EventsReport; crashed: boolean } | undefined;
  if (ctx.compare) {
    events = await evalEvents({ dir: at(eventsDir), label: eventsDir, root: ctx.root, skip: [at(clusterGold)], sharedData, load: ctx.compare }, diagnostics);
    for (const e of events.report.events) if (e.status === 'skipped') ctx.stderr.write(`eval: ${e.gold} skipped: ${e.reason}\n`);
  }
  let polnear: { report: PolnearReport; crashed: boolean } | undefined;
  if (ctx.polnear) {
    polnear = await evalPolnear({ dir: at(polnearDir), label: polnearDir, split, extractor: ctx.extractor, score: ctx.polnear }, diagnostics);
  }
  let webPages: { report: WebPagesReport; crashed: boolean } | undefined;
  if (ctx.webPages) webPages = await evalWebPages({ dir: at(webPagesDir), label: webPagesDir, score: ctx.webPages }, diagnostics);
  let stories: StoriesReport | undefined;
  if (ctx.groupStories) {
    const mixDir = path.join(polnearDir, 'dev', 'text');
    stories = await evalStories({ dir: at(basilDir), label: basilDir, mixDir: at(mixDir), mixLabel: mixDir, group: ctx.groupStories });
  }
  const report = { datasets, targets: checkTargets(scores), diagnostics, clusters: clusters?.report, events: events?.report, polnear: polnear?.report, webPages: webPages?.report, stories };

  if (values.json) {
    ctx.stdout.write(formatJson(report, { verbose: values.verbose }));
  } else {
    for (const d of diagnostics) ctx.stderr.write(`${d.severity}: ${d.message}\n`);
    ctx.stdout.write(formatTable(report, { verbose: values.verbose }));
  }
  if (corpus.crashed || cases.crashed || heldout.crashed || clusters?.crashed || events?.crashed || polnear?.crashed || webPages?.crashed) return 2;
  return values.check && reportTargets(report).some((t) => !t.met) ? 1 : 0;
}
