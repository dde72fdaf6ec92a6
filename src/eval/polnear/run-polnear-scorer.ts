import { execFile } from 'node:child_process';

/** What running the scorer gave: its output, python3 not being there, or a failure. */
export type ScorerRun = { stdout: string } | { missing: string } | { failed: string };

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
  return new Promise((resolve) => {
    execFile('python3', [script, splitDir, recordsFile], { maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return resolve({ missing: 'python3 is not on the PATH; install Python 3 to score against PolNeAR' });
      if (error) {
        const last = stderr.trim().split('\n').pop() || error.message;
        return resolve({ failed: `python3 ${script} exited with ${error.code ?? error.signal}: ${last}` });
      }
      resolve({ stdout });
    });
  });
}
