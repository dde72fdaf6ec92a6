import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeDiagnostic } from '../../model/diagnostics.js';
import type { Article, Diagnostic } from '../../model/types.js';
import { readArticles } from '../../ingest/read-articles.js';
import { runPythonScript, type ScorerRun } from '../run-python-script.js';
import type { WebPagesReport } from './types.js';
import { readWebPagesScore } from './read-web-pages-score.js';
import { checkWebPagesTargets } from './web-pages-targets.js';

/** Runs score_web_pages.py on the benchmark folder and a JSON file of articles. */
export type WebPagesScorer = (script: string, dataDir: string, articlesFile: string) => Promise<ScorerRun>;

/** `python3 score_web_pages.py DATA ARTICLES --body-only --n-bootstrap 0`: the benchmark's metric, headline left out. */
export function runWebPagesScorer(script: string, dataDir: string, articlesFile: string): Promise<ScorerRun> {
  return runPythonScript(script, [dataDir, articlesFile, '--body-only', '--n-bootstrap', '0'], 'to score the web pages');
}

export interface WebPagesEvalInput {
  /** The web-pages folder (html/, ground-truth.json, score_web_pages.py), and how to name it in the report. */
  dir: string;
  label: string;
  score: WebPagesScorer;
}

/** ISO 8601 as normalizeDate writes it: a day, or a day with a time and maybe an offset. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;
const HASH = /^[0-9a-f]{16,}$/i;

/**
 * Reads the benchmark's saved pages as `coverage ingest` does and scores the bodies with
 * the benchmark's own score_web_pages.py (`--body-only`); counts the outlets that are a
 * hash and the dates that are not ISO 8601. No data folder or no python3 is a skipped
 * section; a scorer that fails is `failed`.
 *
 * @example await evalWebPages({ dir, label: '../shared/data/web-pages', score: runWebPagesScorer }, diagnostics)
 */
export async function evalWebPages(input: WebPagesEvalInput, diagnostics: Diagnostic[]): Promise<{ report: WebPagesReport; crashed: boolean }> {
  const data = path.join(input.label, 'html');
  const script = path.join(input.dir, 'score_web_pages.py');
  const skip = (reason: string) => ({ report: { status: 'skipped', data, reason } as const, crashed: false });
  if (!existsSync(input.dir)) return skip(`${input.label} not found; set COVERAGE_SHARED_DATA to the folder that holds web-pages/, or give --web-pages <dir>`);
  for (const need of ['score_web_pages.py', 'ground-truth.json', 'html']) {
    if (!existsSync(path.join(input.dir, need))) return skip(`${path.join(input.label, need)} not found`);
  }

  const started = performance.now();
  const read = await readArticles([path.join(input.dir, 'html')]);
  const elapsed = performance.now() - started;
  const files = new Set(read.articles.map((a) => a.file)).size + read.diagnostics.filter((d) => d.severity === 'error').length;

  const tmp = mkdtempSync(path.join(tmpdir(), 'coverage-web-pages-'));
  let run;
  try {
    const file = path.join(tmp, 'articles.json');
    writeFileSync(file, JSON.stringify({ articles: read.articles.map(scoredFields) }));
    run = await input.score(script, input.dir, file);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if ('missing' in run) return skip(run.missing);
  const score = 'failed' in run ? run.failed : readWebPagesScore(run.stdout);
  if (typeof score === 'string') {
    diagnostics.push(makeDiagnostic('web-pages-scorer-error', 'error', script, score));
    return { report: { status: 'failed', data, reason: score }, crashed: true };
  }
  const articles = read.articles;
  const checks = {
    files,
    articles: articles.length,
    hashOutlets: articles.filter((a) => HASH.test(a.outlet)).length,
    datesNotIso: articles.filter((a) => a.date !== null && !ISO_DATE.test(a.date)).length,
    noDate: articles.filter((a) => a.date === null).length,
    msPerPage: files === 0 ? 0 : elapsed / files,
  };
  return {
    report: { status: 'scored', data, scorer: path.join(input.label, 'score_web_pages.py'), score, checks, targets: checkWebPagesTargets(score) },
    crashed: false,
  };
}

/** The fields score_web_pages.py reads from `coverage ingest --format json`. */
function scoredFields(a: Article) {
  return { id: a.id, file: a.file, url: a.url, text: a.text, paragraphs: a.paragraphs };
}
