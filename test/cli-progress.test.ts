import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/fake-cli.js';

function folderOf(n: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'coverage-progress-'));
  for (let i = 0; i < n; i++) writeFileSync(path.join(dir, `a${String(i).padStart(3, '0')}.txt`), `Story ${i}\n\n“We will appeal,” Mayor Ana Ruiz said.\n`);
  return dir;
}

describe('progress bar', () => {
  const dir = folderOf(30);

  it('is drawn on stderr, with counts, when stderr is a terminal', async () => {
    const result = await runCli(['quotes', dir, '--format', 'json'], { tty: true, columns: 100 });
    expect(result.stderr).toMatch(/reading .* \d+\/30 files/);
    expect(JSON.parse(result.stdout)).toHaveLength(30);
  });

  it('is not drawn when stderr is not a terminal, or with --quiet', async () => {
    const piped = await runCli(['quotes', dir, '--format', 'json']);
    expect(piped.stderr).not.toMatch(/files\/s/);
    const quiet = await runCli(['quotes', dir, '--format', 'json', '--quiet'], { tty: true });
    expect(quiet.stderr).not.toMatch(/files\/s/);
  });

  it('is not drawn for a handful of files', async () => {
    const small = await runCli(['quotes', folderOf(3), '--format', 'json'], { tty: true });
    expect(small.stderr).not.toMatch(/files\/s/);
  });
});

describe('usage errors', () => {
  it.each([
    [['quotes', '--formatt', 'csv'], "coverage: unknown option '--formatt' (did you mean --format?)\n"],
    [['quotse'], "coverage: unknown command 'quotse' (did you mean quotes?)\n"],
  ])('%j is one line with the nearest valid choice, exit 2', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('');
  });

  it('--version prints the package version', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
