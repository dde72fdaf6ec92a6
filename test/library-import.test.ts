import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fake-cli.js';

// A user's script in its own folder, with the package installed under node_modules: it
// must import the built package by name through package.json "exports", and print nothing
// it did not ask for (natural's root, for one, would print dotenv lines).
describe('the built package, imported the way a user would', () => {
  it.skipIf(!existsSync(path.join(ROOT, 'dist/index.js')))('reads, extracts and compares from a script', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coverage-user-'));
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(ROOT, path.join(dir, 'node_modules', 'news-coverage'), 'dir');
    writeFileSync(path.join(dir, 'script.mjs'), `
import { readArticles, articlesFromText, extractQuotes, compareCoverage, SCHEMA_VERSION } from 'news-coverage';
const { articles } = await readArticles([${JSON.stringify(path.join(ROOT, 'corpus/parler-v-aws'))}]);
const quotes = extractQuotes(articles);
const comparison = compareCoverage(articles);
const [mine] = articlesFromText('Mayor sets budget\\n\\n“We will balance it,” Mayor Ana Ruiz said.', { outlet: 'The Ledger' });
console.log(JSON.stringify({
  schemaVersion: SCHEMA_VERSION,
  articles: articles.length,
  quotes: quotes.length,
  shared: comparison.clusters.filter((c) => c.type === 'quote' && c.outlets.length > 1).length,
  mine: extractQuotes(mine).map((q) => [q.speaker, q.text]),
}));
`);
    const result = spawnSync(process.execPath, ['script.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout) as { schemaVersion: number; articles: number; quotes: number; shared: number; mine: string[][] };
    expect(out).toMatchObject({ schemaVersion: 2, articles: 5 });
    expect(out.quotes).toBeGreaterThan(40);
    expect(out.shared).toBeGreaterThanOrEqual(3);
    expect(out.mine).toEqual([['Mayor Ana Ruiz', 'We will balance it,']]);
  });

  it('declares exports and types for the library', async () => {
    const pkg = (await import('../package.json', { with: { type: 'json' } })).default as { exports: Record<string, unknown>; types: string };
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });
    expect(pkg.types).toBe('dist/index.d.ts');
  });
});
