import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliContext } from '../../src/cli/context.js';
import { run } from '../../src/cli/run.js';

/** The repository root, where the tests run the CLI from. */
export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface FakeOptions {
  /** What standard input holds; an empty, ended stream when not given. */
  stdin?: string | Uint8Array;
  /** Pretend stdout and stderr are terminals. */
  tty?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** A CLI context on in-memory streams, and what was written to them. */
export function fakeContext(options: FakeOptions = {}): { ctx: CliContext; stdout: () => string; stderr: () => string } {
  const stdin = new PassThrough();
  stdin.end(options.stdin === undefined ? undefined : Buffer.from(options.stdin));
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty ?? false, columns: options.columns ?? 100 });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.tty ?? false, columns: options.columns ?? 100 });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const ctx: CliContext = { stdin, stdout, stderr, env: options.env ?? { NO_COLOR: '1' }, cwd: options.cwd ?? ROOT };
  return { ctx, stdout: () => Buffer.concat(out).toString('utf8'), stderr: () => Buffer.concat(err).toString('utf8') };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `coverage <args>` in-process against fake streams. */
export async function runCli(args: readonly string[], options: FakeOptions = {}): Promise<CliResult> {
  const { ctx, stdout, stderr } = fakeContext(options);
  const code = await run(args, ctx);
  // Let the PassThrough streams deliver what was written before reading it.
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Parses NDJSON: every non-empty line must be one JSON value. */
export function parseNdjson(text: string): unknown[] {
  if (text !== '' && !text.endsWith('\n')) throw new Error('NDJSON output must end with a newline');
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
}
