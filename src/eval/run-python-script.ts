import { execFile } from 'node:child_process';

/** What running a data folder's Python scorer gave: its output, python3 not being there, or a failure. */
export type ScorerRun = { stdout: string } | { missing: string } | { failed: string };

/**
 * Runs `python3 SCRIPT ARGS…`. No python3 on the PATH is `missing` (`missing` says what it
 * was needed for); a non-zero exit is `failed`, with the last line of stderr (a Python
 * traceback ends with the error).
 *
 * @example await runPythonScript('../shared/data/web-pages/score_web_pages.py', [dir, file, '--body-only'], 'to score the web pages')
 */
export function runPythonScript(script: string, args: readonly string[], purpose: string): Promise<ScorerRun> {
  return new Promise((resolve) => {
    execFile('python3', [script, ...args], { maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') return resolve({ missing: `python3 is not on the PATH; install Python 3 ${purpose}` });
      if (error) {
        const last = stderr.trim().split('\n').pop() || error.message;
        return resolve({ failed: `python3 ${script} exited with ${error.code ?? error.signal}: ${last}` });
      }
      resolve({ stdout });
    });
  });
}
