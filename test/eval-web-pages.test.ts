import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Extractor } from '../src/eval/run-eval.js';
import { readWebPagesScore } from '../src/eval/web-pages/read-web-pages-score.js';
import { runWebPagesScorer, type WebPagesScorer } from '../src/eval/web-pages/run-web-pages.js';
import { runEvalCaptured } from './helpers/run-eval.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_PAGES = path.join(ROOT, '../shared/data/web-pages');
const hasData = existsSync(path.join(WEB_PAGES, 'html')) && existsSync(path.join(WEB_PAGES, 'score_web_pages.py'));
const hasPython = spawnSync('python3', ['--version']).status === 0;

const nothing: Extractor = { extractQuotes: () => [], assignSources: (q) => q };
const tmp = mkdtempSync(path.join(tmpdir(), 'coverage-eval-web-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[], webPages: WebPagesScorer) {
  return runEvalCaptured(args, { extractor: nothing, webPages, env: {} });
}

const neverCalled: WebPagesScorer = () => {
  throw new Error('the scorer must not run when the section is skipped');
};

/** A benchmark-shaped folder of two invented pages; one names no site and has a hash for a file name. */
function makeWebPages(): string {
  const dir = mkdtempSync(path.join(tmp, 'web-pages-'));
  mkdirSync(path.join(dir, 'html'));
  const hash = 'a'.repeat(64);
  writeFileSync(path.join(dir, 'html', `${hash}.html`), '<html><head><title>Ferry</title><meta name="date" content="Oct. 11, 2016"></head><body><article><p>The ferry will keep sailing through the winter, the harbour board said on Monday.</p></article></body></html>');
  writeFileSync(path.join(dir, 'html', `${'b'.repeat(64)}.html`), '<html><head><meta property="og:site_name" content="Harbour Courier"></head><body><article><p>The pier reopened on Friday after a year of repairs, the council said.</p></article></body></html>');
  writeFileSync(path.join(dir, 'ground-truth.json'), JSON.stringify({ [hash]: { articleBody: 'The ferry will keep sailing through the winter, the harbour board said on Monday.' } }));
  writeFileSync(path.join(dir, 'score_web_pages.py'), '# stands in for the benchmark script; the tests pass their own scorer\n');
  return dir;
}

const PRINTED = '{"pages": 2, "matched": 2, "missing": 0, "precision": 0.9512, "recall": 0.9876, "f1": 0.9691, "accuracy": 0.5}';

describe('web-pages section', () => {
  it('a missing data folder is one line on the report; the exit status is untouched', async () => {
    const { code, out, err } = await run(['--web-pages', 'no/such/web-pages'], neverCalled);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out.split('\n').filter((l) => l.startsWith('web-pages'))).toEqual([
      'web-pages: skipped, no/such/web-pages not found; set COVERAGE_SHARED_DATA to the folder that holds web-pages/, or give --web-pages <dir>',
    ]);
  });

  it('scores the bodies with the benchmark script, --body-only, and counts hash outlets and dates not ISO', async () => {
    const dir = makeWebPages();
    let sent: { script: string; data: string; articles: Array<{ file: string; text: string; paragraphs: unknown[] }> } | undefined;
    const scorer: WebPagesScorer = async (script, data, file) => {
      sent = { script, data, articles: JSON.parse(readFileSync(file, 'utf8')).articles };
      return { stdout: `${PRINTED}\n` };
    };
    const { code, out } = await run(['--web-pages', dir], scorer);
    expect(code).toBe(0);
    expect(sent!.script).toBe(path.join(dir, 'score_web_pages.py'));
    expect(sent!.articles.map((a) => a.text)).toEqual([expect.stringContaining('The ferry will keep sailing'), expect.stringContaining('The pier reopened')]);
    const section = out.slice(out.indexOf('web-pages:')).split('\n');
    expect(section[3]).toBe('  body F1 0.969  (P 0.951, R 0.988, exact 0.500)  F1 ≥ 0.965  met');
    expect(section[4]).toBe('  pages with a hash outlet: 0');
    expect(section[5]).toBe('  dates not ISO 8601: 0 (1 articles without a date)');

    const json = JSON.parse((await run(['--web-pages', dir, '--json'], scorer)).out).webPages;
    expect(json).toMatchObject({ status: 'scored', f1: 0.9691, articles: 2, hashOutlets: 0, datesNotIso: 0, noDate: 1, targets: [{ measure: 'body.f1', min: 0.965, value: 0.9691, met: true }] });
  });

  it('a score under the target is MISSED', async () => {
    const dir = makeWebPages();
    const low: WebPagesScorer = async () => ({ stdout: PRINTED.replace('"f1": 0.9691', '"f1": 0.9') });
    const { out } = await run(['--web-pages', dir], low);
    expect(out).toContain('body F1 0.900');
    expect(out).toContain('F1 ≥ 0.965  MISSED');
  });

  it('no python3 skips the section; a scorer that fails is exit 2', async () => {
    const dir = makeWebPages();
    const missing = await run(['--web-pages', dir], async () => ({ missing: 'python3 is not on the PATH; install Python 3 to score the web pages' }));
    expect(missing.out).toContain('web-pages: skipped, python3 is not on the PATH');
    const failed = await run(['--web-pages', dir], async () => ({ failed: 'python3 score_web_pages.py exited with 1: KeyError' }));
    expect(failed.code).toBe(2);
    expect(failed.out).toContain('web-pages: failed, python3 score_web_pages.py exited with 1: KeyError');
  });

  it.each([
    ['not JSON', 'Traceback', /no JSON object/],
    ['a key missing', '{"pages": 2, "missing": 0, "precision": 1, "recall": 1, "accuracy": 1}', /no number for f1/],
  ])('reading the scorer output: %s', (_case, stdout, message) => {
    expect(readWebPagesScore(stdout)).toMatch(message);
  });

  it.skipIf(!hasData || !hasPython)('on ../shared/data/web-pages with the real script: F1 ≥ 0.965, no hash outlet, every date ISO', async () => {
    const { out } = await runEvalCaptured(['--web-pages', WEB_PAGES, '--json'], { extractor: nothing, webPages: runWebPagesScorer, env: {} });
    const json = JSON.parse(out).webPages;
    expect(json.status).toBe('scored');
    expect(json.missing).toBe(0);
    expect(json.f1).toBeGreaterThanOrEqual(0.965);
    expect(json.hashOutlets).toBe(0);
    expect(json.datesNotIso).toBe(0);
  }, 120_000);
});
