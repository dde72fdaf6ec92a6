import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runEval } from '../../src/eval/run-eval.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

type EvalContext = Parameters<typeof runEval>[1];

/** Runs `npm run eval`'s entry point on captured streams, from the project root; `ctx` sets the rest. */
export async function runEvalCaptured(args: string[], ctx: Omit<EvalContext, 'stdout' | 'stderr' | 'cwd' | 'root'>): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  const code = await runEval(args, { stdout, stderr, cwd: ROOT, root: ROOT, ...ctx });
  return { code, out, err };
}
