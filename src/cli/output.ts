import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CliContext } from './context.js';

/** Thrown for a problem with how the command was called; the CLI prints it and exits 2. */
export class UsageError extends Error {}

/**
 * Writes a command's output to stdout, or to --output FILE. An existing file is
 * never overwritten without --force: the user's data is not ours to lose.
 */
export function writeOutput(ctx: CliContext, text: string, options: { output?: string; force?: boolean }): void {
  if (!options.output || options.output === '-') {
    ctx.stdout.write(text);
    return;
  }
  const target = path.resolve(ctx.cwd, options.output);
  if (existsSync(target) && !options.force) {
    throw new UsageError(`${options.output} already exists; choose another --output or add --force to overwrite it`);
  }
  writeFileSync(target, text);
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
