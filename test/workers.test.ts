import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript, no types
import { generateCorpus } from '../bench/corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Worker threads run the compiled worker, so these tests run the built CLI (dist/).
const built = existsSync(path.join(ROOT, 'dist/cli/workers/extract-worker.js'));

function quotes(args: string[]): string {
  const result = spawnSync(process.execPath, ['bin/coverage.js', 'quotes', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 2 ** 20 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe.skipIf(!built)('coverage quotes --jobs: worker threads give byte-identical output', () => {
  let folder = '';
  beforeAll(() => {
    // ~100 generated articles: 10 events × 10 outlets, quotes truncated, altered and paraphrased.
    folder = mkdtempSync(path.join(tmpdir(), 'coverage-workers-'));
    const { articles } = generateCorpus({ events: 10, outletsPerEvent: 10, seed: 7 }) as { articles: Array<{ id: string; outlet: string; text: string }> };
    const manifest: Record<string, { outlet: string }> = {};
    for (const a of articles) {
      writeFileSync(path.join(folder, `${a.id}.txt`), a.text);
      manifest[`${a.id}.txt`] = { outlet: a.outlet };
    }
    writeFileSync(path.join(folder, 'coverage.json'), JSON.stringify({ articles: manifest }));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('on the bundled corpus, as NDJSON and CSV', () => {
    for (const format of ['ndjson', 'csv']) {
      const one = quotes(['corpus/parler-v-aws', '--format', format, '--jobs', '1']);
      expect(one.length).toBeGreaterThan(1000);
      expect(quotes(['corpus/parler-v-aws', '--format', format, '--jobs', '2'])).toBe(one);
    }
  }, 120_000);

  it('on 100 generated articles, with 2 and 3 threads and with the default', () => {
    const one = quotes([folder, '--format', 'ndjson', '--jobs', '1']);
    expect(one.split('\n').length).toBeGreaterThan(500);
    expect(quotes([folder, '--format', 'ndjson', '--jobs', '2'])).toBe(one);
    expect(quotes([folder, '--format', 'ndjson', '--jobs', '3'])).toBe(one);
    expect(quotes([folder, '--format', 'ndjson'])).toBe(one);
  }, 120_000);

  it('refuses a --jobs that is not a whole number of at least 1', () => {
    const result = spawnSync(process.execPath, ['bin/coverage.js', 'quotes', 'corpus/parler-v-aws', '--jobs', '0'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--jobs: expected a whole number/);
  }, 60_000);
});

if (!built) it.skip('dist/ is missing: run `npx tsc -p tsconfig.json` first to test the worker threads', () => {});
