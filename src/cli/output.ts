import { closeSync, existsSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { CliContext } from './context.js';
import type { Output } from '../render/context.js';

/** Thrown for a problem with how the command was called; the CLI prints it and exits 2. */
export class UsageError extends Error {}

/** Pieces are gathered up to this many characters before each write. */
const WRITE_BATCH = 1 << 16;

/**
 * Writes a command's output to stdout, or to --output FILE. An existing file is
 * never overwritten without --force: the user's data is not ours to lose. Output given in
 * pieces is written as it is made, so no string of the whole output is built.
 */
export function writeOutput(ctx: CliContext, output: Output, options: { output?: string; force?: boolean }): void {
  if (!options.output || options.output === '-') {
    for (const text of batches(output)) ctx.stdout.write(text);
    return;
  }
  const target = path.resolve(ctx.cwd, options.output);
  if (existsSync(target) && !options.force) {
    throw new UsageError(`${options.output} already exists; choose another --output or add --force to overwrite it`);
  }
  try {
    writeFileInPieces(target, output);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (typeof e.code !== 'string') throw error;
    const why = e.code === 'ENOENT' ? 'its folder does not exist' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.code === 'EISDIR' ? 'it is a folder' : e.code;
    throw new UsageError(`cannot write --output ${options.output} (${why}); give a file in a folder that exists and that you can write to`);
  }
}

/** Writes `output` to `file` piece by piece, replacing what is there. */
export function writeFileInPieces(file: string, output: Output): void {
  if (typeof output === 'string') {
    writeFileSync(file, output);
    return;
  }
  const fd = openSync(file, 'w');
  try {
    for (const text of batches(output)) writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

function* batches(output: Output): Generator<string> {
  if (typeof output === 'string') {
    yield output;
    return;
  }
  let pending = '';
  for (const piece of output) {
    pending += piece;
    if (pending.length >= WRITE_BATCH) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}

/** Parses a comma-separated option against its allowed values, naming the nearest one on a typo. */
export function parseList<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(`${option}: unknown value "${item}"${suggest(item, allowed)}; choose from ${allowed.join(', ')}`);
    }
  }
  return items as T[];
}

/** Checks a single-choice option, naming the nearest valid choice on a typo. */
export function parseChoice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  const v = value.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(v)) {
    throw new UsageError(`${option}: unknown value "${value}"${suggest(v, allowed)}; choose from ${allowed.join(', ')}`);
  }
  return v as T;
}

/** ", did you mean "json"?" when a choice is within two edits of the input. */
export function suggest(input: string, choices: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = 3;
  for (const choice of choices) {
    const d = editDistance(input, choice);
    if (d < bestDistance) {
      best = choice;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}
