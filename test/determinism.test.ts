// The same input gives byte-identical output, whatever the order in which the files were
// written, their modification times, or the number of worker threads.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeContext, ROOT, runCli } from './helpers/fake-cli.js';

/** The corpus, every golden case and every ingest fixture (all formats, bad files too): some 120 articles. */
const SOURCES: Array<[from: string, to: string]> = [
  ['corpus/parler-v-aws', 'corpus'],
  ['fixtures/ingest', 'ingest'],
  ...readdirSync(path.join(ROOT, 'fixtures/cases')).filter((c) => existsSync(path.join(ROOT, 'fixtures/cases', c, 'input.txt'))).map((c): [string, string] => [`fixtures/cases/${c}/input.txt`, `cases/${c}.txt`]),
];

const COMMANDS = [
  ['quotes', '.', '--format', 'json', '--kind', 'direct,partial,indirect,mention'],
  ['claims', '.', '--format', 'json'],
  ['diff', '.', '--format', 'json'],
  ['ingest', '.', '--format', 'json'],
];

/** Every file under `from`, relative to it, sorted. */
function filesUnder(from: string): string[] {
  if (statSync(from).isFile()) return [''];
  return readdirSync(from, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(from, f)).isFile()).sort();
}

/** Copies the sources into a fresh folder, writing the files in the given order with the given mtimes. */
function writeCopy(order: 'forward' | 'backward'): string {
  const dir = mkdtempSync(path.join(tmpdir(), `coverage-determinism-${order}-`));
  const files = SOURCES.flatMap(([from, to]) => filesUnder(path.join(ROOT, from)).map((f) => [path.join(ROOT, from, f), path.join(dir, to, f)] as const));
  if (order === 'backward') files.reverse();
  files.forEach(([from, to], k) => {
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
    // Forward: old to new in path order; backward: the other way round, a day apart.
    const when = new Date(Date.UTC(2021, 0, 1) + (order === 'forward' ? k : files.length - k) * 86_400_000);
    utimesSync(to, when, when);
  });
  return dir;
}

let forward = '';
let backward = '';
beforeAll(() => {
  forward = writeCopy('forward');
  backward = writeCopy('backward');
});
afterAll(() => {
  for (const dir of [forward, backward]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('output does not depend on the order of files on disk', () => {
  for (const args of COMMANDS) {
    it(`coverage ${args.join(' ')}`, async () => {
      const a = await runCli(args, { cwd: forward });
      const b = await runCli(args, { cwd: backward });
      expect(a.stdout.length).toBeGreaterThan(1000);
      expect(b.code).toBe(a.code);
      // Byte for byte; compared as a boolean so a failure does not print two large documents.
      expect(b.stdout === a.stdout, `coverage ${args.join(' ')} printed different output for the two copies`).toBe(true);
      expect(b.stderr).toBe(a.stderr);
    }, 120_000);
  }

  it('running twice in the same process gives the same output', async () => {
    const a = await runCli(COMMANDS[0]!, { cwd: forward });
    const b = await runCli(COMMANDS[0]!, { cwd: forward });
    expect(b.stdout === a.stdout).toBe(true);
  }, 60_000);
});

// Worker threads only exist in the build (the tests run the TypeScript sources, where
// `--jobs` falls back to one thread); CI builds before it tests (.ci/run).
const DIST_RUN = path.join(ROOT, 'dist/cli/run.js');
const DIST_WORKER = path.join(ROOT, 'dist/cli/workers/extract-worker.js');
const built = existsSync(DIST_RUN) && existsSync(DIST_WORKER);

describe.skipIf(!built)('output does not depend on the number of worker threads (built CLI; skipped until `npm run build` has made dist/)', () => {
  it('coverage quotes --jobs 1 and --jobs 2 print the same bytes', async () => {
    const { run } = (await import(DIST_RUN)) as { run: (args: readonly string[], ctx: unknown) => Promise<number> };
    const outputs: string[] = [];
    for (const jobs of ['1', '2']) {
      const { ctx, stdout } = fakeContext({ cwd: forward });
      // Some 120 articles make several batches (24 a batch), so the second thread gets work.
      const code = await run(['quotes', '.', '--format', 'json', '--jobs', jobs], ctx);
      await new Promise((resolve) => setImmediate(resolve));
      expect(code).toBeLessThan(2);
      outputs.push(stdout());
    }
    expect(outputs[0]!.length).toBeGreaterThan(1000);
    expect(outputs[1] === outputs[0], 'coverage quotes printed different output with --jobs 1 and --jobs 2').toBe(true);
  }, 120_000);
});
