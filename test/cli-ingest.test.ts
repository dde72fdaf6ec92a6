import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNdjson, ROOT, runCli } from './helpers/fake-cli.js';

interface Record {
  id: string;
  file: string;
  outlet: string;
  outletRule: string;
  author: string | null;
  isOpinion: boolean;
  text: string;
  sentences: Array<{ start: number; end: number; paragraph: number }>;
  removed: Array<{ reason: string; text: string; line?: number }>;
}

const parseJson = (stdout: string) => JSON.parse(stdout) as { schemaVersion: number; articles: Record[]; diagnostics: unknown[] };
const lines = (stderr: string) => stderr.split('\n').filter((l) => l !== '');
const fixture = (p: string) => `fixtures/ingest/${p}`;

let tmp: string;
let cwd: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'coverage-cli-'));
  // Paths in the arguments are read relative to the process, as the real CLI does.
  cwd = process.cwd();
  if (process.cwd() !== ROOT) process.chdir(ROOT);
});
afterAll(() => {
  if (process.cwd() !== cwd) process.chdir(cwd);
  rmSync(tmp, { recursive: true, force: true });
});

describe('coverage ingest: output formats', () => {
  it('--format json prints one JSON document with schemaVersion and the articles', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', 'corpus/parler-v-aws', '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const doc = parseJson(stdout);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.articles.map((a) => a.outlet)).toEqual(['filed-a-lawsuit', 'forced-offline', 'political-resentment', 'capitol-riot', 'millions-of-tweets']);
  });

  it('--format ndjson prints one article per line', async () => {
    const { code, stdout } = await runCli(['ingest', 'corpus/parler-v-aws', '--format', 'ndjson']);
    expect(code).toBe(0);
    expect((parseNdjson(stdout) as Record[]).map((a) => a.id)).toEqual(['000_07d689f528515764', '001_6d474535bdaee0cf', '002_14da902b4dbb1bd7', '003_2a1dd771c5fc4221', '004_55f501144331fa01']);
  });

  it('prints the same bytes twice (no clock, no hash order)', async () => {
    const a = await runCli(['ingest', 'corpus/parler-v-aws', fixture('jsonl-dump/dump.jsonl'), '--format', 'json']);
    const b = await runCli(['ingest', 'corpus/parler-v-aws', fixture('jsonl-dump/dump.jsonl'), '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--format table on a terminal prints a table, json when piped', async () => {
    const tty = await runCli(['ingest', 'corpus/parler-v-aws'], { tty: true });
    expect(tty.stdout).toMatch(/^┌/);
    expect(() => JSON.parse(tty.stdout)).toThrow();
    const piped = await runCli(['ingest', 'corpus/parler-v-aws']);
    expect(parseJson(piped.stdout).articles).toHaveLength(5);
  });

  it.each([['json'], ['ndjson']])('--format %s: nothing on stdout when no input gives an article', async (format) => {
    const { code, stdout, stderr } = await runCli(['ingest', 'no/such/folder', fixture('bad-binary/report.txt'), '--format', format]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(lines(stderr)).toHaveLength(2);
  });
});

describe('coverage ingest: exit codes and one-line diagnostics', () => {
  // [case, paths, exit code, a line of stderr must contain each of these]
  const CASES: Array<[string, string[], number, string[]]> = [
    ['missing path', ['no/such/file.txt'], 1, ['error: no/such/file.txt: no such file or folder; check the path [missing-path]']],
    ['glob matching nothing', ['fixtures/ingest/*.nothing'], 1, ['fixtures/ingest/*.nothing: the pattern matches no files']],
    ['binary file', [fixture('bad-binary/report.txt')], 1, [`error: ${fixture('bad-binary/report.txt')}: looks like a binary file (PDF)`]],
    ['invalid JSON line', [fixture('jsonl-dump/dump.jsonl')], 1, [`error: ${fixture('jsonl-dump/dump.jsonl')}:5: line is not valid JSON`]],
    ['JSON record without body', [fixture('json-array/articles.json')], 1, ['article 3 has no text, body, content or articleBody field', '--text-field']],
    ['unknown file type named directly', [fixture('hidden-and-unknown/notes.docx')], 1, ['unknown file type ".docx"']],
    ['invalid UTF-8', [fixture('bad-invalid-utf8/article.txt')], 0, [`warning: ${fixture('bad-invalid-utf8/article.txt')}:3: 3 bytes are not valid UTF-8`]],
    ['Windows-1252', [fixture('bad-windows-1252/article.txt')], 0, ['iconv -f windows-1252 -t utf-8']],
    ['UTF-16', [fixture('bad-utf16/article.txt')], 0, [`warning: ${fixture('bad-utf16/article.txt')}: decoded as UTF-16LE`]],
    ['empty file', [fixture('bad-empty/article.txt')], 0, [`warning: ${fixture('bad-empty/article.txt')}: the file is empty`]],
    ['broken front-matter', [fixture('markdown-broken-front-matter/broken-yaml.md')], 0, [`warning: ${fixture('markdown-broken-front-matter/broken-yaml.md')}:`, 'fix the YAML between the --- lines']],
    ['UTF-8 BOM', [fixture('bad-utf8-bom/article.txt')], 0, []],
    ['broken HTML', [fixture('html-broken/input.html')], 0, []],
  ];

  it.each(CASES)('%s', async (_name, paths, exit, expected) => {
    const { code, stdout, stderr } = await runCli(['ingest', ...paths, '--format', 'json']);
    expect(code).toBe(exit);
    // Valid data, or nothing at all when the input gave no article.
    if (stdout !== '') parseJson(stdout);
    for (const text of expected) expect(lines(stderr).some((l) => l.includes(text))).toBe(true);
    if (expected.length === 0) expect(stderr).toBe('');
    expect(stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
  });

  it('a bad file does not stop the others: they are still read and printed', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', 'no/such/file.txt', fixture('bad-binary/report.txt'), fixture('text-byline-headline/article.txt'), '--format', 'json']);
    expect(code).toBe(1);
    expect(parseJson(stdout).articles.map((a) => a.author)).toEqual(['Pranali Mehta']);
    expect(lines(stderr)).toHaveLength(2);
  });

  it('a folder with no articles is an error; skipped files are counted on stderr', async () => {
    const folder = path.join(tmp, 'scans');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'scan.pdf'), '%PDF-1.4');
    const { code, stdout, stderr } = await runCli(['ingest', folder, '--format', 'ndjson']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual([
      `error: ${folder}: the folder holds no .txt, .md, .html, .json, .jsonl, .csv or .tsv files; point at a folder of articles [no-articles]`,
      'coverage: skipped 1 file of unknown type',
    ]);
  });

  it('hidden files, node_modules and unknown types are skipped and counted', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', fixture('hidden-and-unknown'), '--format', 'ndjson']);
    expect(code).toBe(0);
    expect((parseNdjson(stdout) as Record[]).map((a) => a.id)).toEqual(['README', 'article']);
    expect(lines(stderr)).toEqual(['coverage: skipped 2 files of unknown type and 4 hidden files']);
    const quiet = await runCli(['ingest', fixture('hidden-and-unknown'), '--format', 'ndjson', '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  it('a 10 MB file with no line breaks finishes and prints valid JSON', async () => {
    const file = path.join(tmp, 'one-line.txt');
    writeFileSync(file, 'The council met at the U.S. Capitol on Jan. 6 and said no. '.repeat(180_000));
    const { code, stdout } = await runCli(['ingest', file, '--format', 'ndjson']);
    expect(code).toBe(0);
    const [record] = parseNdjson(stdout) as Record[];
    expect(record!.sentences).toHaveLength(180_000);
  }, 60_000);
});

describe('coverage ingest: usage errors exit 2 with one line', () => {
  it.each([
    [['ingest', 'corpus/parler-v-aws', '--format', 'jsn'], 'coverage: --format: unknown value "jsn" (did you mean "json"?); choose from table, json, ndjson'],
    [['ingest', 'corpus/parler-v-aws', '--format', 'yaml'], 'coverage: --format: unknown value "yaml"; choose from table, json, ndjson'],
    [['ingest', '-', '--stdin-format', 'jsonn'], 'coverage: --stdin-format: unknown value "jsonn" (did you mean "json"?); choose from txt, md, html, json, jsonl, csv, tsv'],
    [['ingest', '-', '-'], 'coverage: - (standard input) can be given only once'],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual([message]);
  });

  it('an unknown option', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', 'corpus/parler-v-aws', '--bogus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)[0]).toContain("unknown option '--bogus'");
  });
});

describe('coverage ingest: standard input', () => {
  it('reads - with --stdin-format', async () => {
    const dump = '{"outlet":"The Ledger","title":"Bus plan","text":"The council approved it. Mr. Roe voted no."}\n{"text":"Second."}\n';
    const { code, stdout, stderr } = await runCli(['ingest', '-', '--stdin-format', 'jsonl', '--format', 'ndjson'], { stdin: dump });
    expect([code, stderr]).toEqual([0, '']);
    const records = parseNdjson(stdout) as Record[];
    expect(records.map((r) => [r.id, r.file, r.outlet, r.outletRule])).toEqual([['stdin:1', '<stdin>', 'The Ledger', 'metadata'], ['stdin:2', '<stdin>', 'stdin', 'stdin']]);
    expect(records[0]!.sentences.map((s) => records[0]!.text.slice(s.start, s.end))).toEqual(['Bus plan', 'The council approved it.', 'Mr. Roe voted no.']);
  });

  it('sniffs the format when --stdin-format is not given, and reads files alongside', async () => {
    const { code, stdout } = await runCli(['ingest', '-', fixture('text-byline-headline/article.txt'), '--format', 'json'], { stdin: 'Parler sues Amazon\n\nby Jane Roe\n\nParler sued on Monday.\n' });
    expect(code).toBe(0);
    expect(parseJson(stdout).articles.map((a) => [a.id, a.author])).toEqual([['stdin', 'Jane Roe'], ['article', 'Pranali Mehta']]);
  });

  it('binary standard input is an error naming <stdin>', async () => {
    const { code, stderr } = await runCli(['ingest', '-', '--format', 'json'], { stdin: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0, 0, 0]) });
    expect(code).toBe(1);
    expect(lines(stderr)).toEqual(['error: <stdin>: looks like a binary file (PDF), not text; extract its text first (pdftotext report.pdf article.txt) and give the .txt [binary-file]']);
  });
});

describe('coverage ingest --verbose', () => {
  it('lists the outlet rule and every removed line with its reason and line', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', fixture('text-furniture/article.txt'), '--format', 'json', '--verbose']);
    expect(code).toBe(0);
    parseJson(stdout);
    const err = lines(stderr);
    const file = fixture('text-furniture/article.txt');
    expect(err[0]).toBe(`${file}: id article, outlet "article" (from file-name), opinion`);
    expect(err).toContain(`${file}:1: removed opinion-banner: Opinion: Our towns need buses, not another bypass`);
    expect(err).toContain(`${file}:11: removed image-credit: Protesters gather outside County Hall on Tuesday. (Photo by Jane Roe/Getty Images)`);
    expect(err).toContain(`${file}:35: removed author-bio: Tom Reilly is a former transport planner and writes a monthly column on the county.`);
    expect(err.filter((l) => l.includes(' removed '))).toHaveLength(15);
  });

  it('says which outlet rule applied', async () => {
    const { stderr } = await runCli(['ingest', 'fixtures/ingest/folder-outlets/*/*', 'fixtures/ingest/manifest-csv/*.txt', '--format', 'json', '--verbose']);
    const err = lines(stderr);
    expect(err).toContain('fixtures/ingest/folder-outlets/the-harbour-courier/seawall.txt: id the-harbour-courier/seawall, outlet "the-harbour-courier" (from folder)');
    expect(err).toContain('fixtures/ingest/folder-outlets/valley-gazette/syndicated.md: id valley-gazette/syndicated, outlet "Riverside Echo" (from metadata: outlet)');
    expect(err).toContain('fixtures/ingest/manifest-csv/ledger-bus-plan.txt: id ledger-bus-plan, outlet "The Ledger" (from manifest)');
    expect(err).toContain('fixtures/ingest/manifest-csv/unlisted-story.txt: id unlisted-story, outlet "unlisted-story" (from file-name)');
  });

  it('names the page field the outlet came from', async () => {
    const { stderr } = await runCli(['ingest', 'fixtures/ingest/html-json-ld/input.html', 'fixtures/ingest/html-div-br-post/input.html', '--format', 'json', '--verbose']);
    const err = lines(stderr);
    expect(err).toContain('fixtures/ingest/html-json-ld/input.html: id input, outlet "The Harbour Courier" (from metadata: og:site_name)');
    expect(err.some((l) => l.startsWith('fixtures/ingest/html-div-br-post/input.html: id input') && l.endsWith('outlet "lakeside-ferry.example" (from url-domain)'))).toBe(true);
  });
});

describe('corpus acceptance: coverage ingest corpus/parler-v-aws', () => {
  it('5 articles, no furniture left, the byline author, the opinion banner, no sentence ending right after "U.S."', async () => {
    const { code, stdout } = await runCli(['ingest', 'corpus/parler-v-aws', '--format', 'json']);
    expect(code).toBe(0);
    const { articles } = parseJson(stdout);
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      for (const furniture of ['Embed from Getty Images', 'Advertisement', 'Related:', 'Source credit', 'Read more']) expect(a.text).not.toContain(furniture);
      for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).not.toMatch(/\bU\.S\.$/);
    }
    expect(articles.find((a) => a.id === '002_14da902b4dbb1bd7')!.author).toBe('Pranali Mehta');
    expect(articles.filter((a) => a.isOpinion).map((a) => a.id)).toEqual(['004_55f501144331fa01']);
    expect(articles.find((a) => a.id === '004_55f501144331fa01')!.removed.map((r) => r.reason)).toEqual(['opinion-banner', 'advertisement']);
  });
});

describe('the built CLI (bin/coverage.js)', () => {
  const built = existsSync(path.join(ROOT, 'dist/cli/run.js'));
  it.skipIf(!built)('prints only JSON on stdout, so no library writes to it', () => {
    const result = spawnSync(process.execPath, ['bin/coverage.js', 'ingest', 'corpus/parler-v-aws', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as { articles: Record[] };
    expect(doc.articles).toHaveLength(5);
    expect(result.stderr).not.toMatch(/^\s+at |internal error/m);
  });
  if (!built) it.skip('dist/ is missing: run `npx tsc -p tsconfig.json` first to test the built CLI', () => {});
});
