import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeDiagnostic } from '../../model/diagnostics.js';
import type { Diagnostic } from '../../model/types.js';
import type { Extractor } from '../predict-quotes.js';
import { polnearRecords } from './polnear-records.js';
import { checkPolnearTargets } from './polnear-targets.js';
import { readPolnearScore } from './read-polnear-score.js';
import type { PolnearScorer } from './run-polnear-scorer.js';
import type { PolnearReport, PolnearSplit } from './types.js';

export interface PolnearEvalInput {
  /** The PolNeAR folder (score_polnear.py, dev/, train/), and how to name it in the report. */
  dir: string;
  label: string;
  split: PolnearSplit;
  extractor: Extractor;
  score: PolnearScorer;
}

/**
 * Scores the extractor on a PolNeAR split with the data's own scorer: the records of
 * every `<split>/text/*.txt`, as `coverage quotes` makes them, go to a temporary file
 * that score_polnear.py reads. No data folder or no python3 is a skipped section; an
 * extractor that throws or a scorer that fails is `crashed`.
 *
 * @example await evalPolnear({ dir, label: '../shared/data/polnear', split: 'dev', extractor, score: runPolnearScorer }, diagnostics)
 */
export async function evalPolnear(input: PolnearEvalInput, diagnostics: Diagnostic[]): Promise<{ report: PolnearReport; crashed: boolean }> {
  const { split } = input;
  const data = path.join(input.label, split);
  const splitDir = path.join(input.dir, split);
  const script = path.join(input.dir, 'score_polnear.py');
  const skip = (reason: string) => ({ report: { status: 'skipped', data, split, reason } as const, crashed: false });
  const fail = (reason: string) => ({ report: { status: 'failed', data, split, reason } as const, crashed: true });
  if (!existsSync(input.dir)) return skip(`${input.label} not found; set COVERAGE_SHARED_DATA to the folder that holds polnear/, or give --polnear <dir>`);
  if (!existsSync(script)) return skip(`${path.join(input.label, 'score_polnear.py')} not found`);
  if (!existsSync(path.join(splitDir, 'text'))) return skip(`${path.join(data, 'text')} not found`);

  const made = await polnearRecords(path.join(splitDir, 'text'), path.join(data, 'text'), input.extractor, diagnostics);
  if (made.crashed) return fail('the extractor threw on some article; see the errors');

  const tmp = mkdtempSync(path.join(tmpdir(), 'coverage-polnear-'));
  let run;
  try {
    const file = path.join(tmp, 'records.json');
    writeFileSync(file, made.json);
    run = await input.score(script, splitDir, file);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if ('missing' in run) return skip(run.missing);
  const score = 'failed' in run ? run.failed : readPolnearScore(run.stdout);
  if (typeof score === 'string') {
    diagnostics.push(makeDiagnostic('polnear-scorer-error', 'error', script, score));
    return fail(score);
  }
  const scorer = path.join(input.label, 'score_polnear.py');
  return {
    report: { status: 'scored', data, split, scorer, articles: made.articles, records: made.records, score, targets: checkPolnearTargets(score) },
    crashed: false,
  };
}
