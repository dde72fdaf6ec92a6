import { runPythonScript, type ScorerRun } from '../run-python-script.js';

export type { ScorerRun } from '../run-python-script.js';

/** Runs score_polnear.py on a split folder and a JSON file of records. */
export type PolnearScorer = (script: string, splitDir: string, recordsFile: string) => Promise<ScorerRun>;

/**
 * Runs `python3 score_polnear.py SPLIT RECORDS`. No python3 on the PATH is `missing`
 * (the section is skipped); a non-zero exit is `failed`, with the last line of stderr
 * (a Python traceback ends with the error).
 *
 * @example await runPolnearScorer('../shared/data/polnear/score_polnear.py', '../shared/data/polnear/dev', '/tmp/x/records.json')
 */
export function runPolnearScorer(script: string, splitDir: string, recordsFile: string): Promise<ScorerRun> {
  return runPythonScript(script, [splitDir, recordsFile], 'to score against PolNeAR');
}
