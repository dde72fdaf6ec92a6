import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from '../src/render/render-claims.js';
import { OUTLET_COLUMNS } from '../src/render/render-outlets.js';
import { QUOTE_COLUMNS } from '../src/render/render-quotes.js';
import { EXPORT_TABLES, MATRIX_COLUMNS } from '../src/render/tables.js';
import { ROOT, runCli } from './helpers/fake-cli.js';

const CORPUS = 'corpus/parler-v-aws';
const CSV_FILES = EXPORT_TABLES.map((t) => t.file);
const ALL_FILES = [...CSV_FILES, 'analysis.json'];

type Row = Record<string, string>;

let tmp: string;
let out: string;
let stderr: string;
let texts: Map<string, string>;
let outlets: string[];
let analysis: { articles: unknown[]; quotes: unknown[]; claims: unknown[]; clusters: Array<{ id: string; outlets: string[]; members: unknown[] }>; framing: { descriptors: unknown[] } };

/** Every row of a CSV file as objects keyed by its header, and the header itself. */
function readCsv(file: string, options: { bom?: boolean } = {}): { header: string[]; rows: Row[] } {
  const text = readFileSync(file, 'utf8');
  const [header, ...rest] = parse(text, { bom: options.bom ?? false, relax_column_count: false }) as string[][];
  return { header: header!, rows: rest.map((r) => Object.fromEntries(header!.map((h, k) => [h, r[k]!]))) };
}

function expectSlices(rows: readonly Row[]) {
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r['text']).toBe(texts.get(r['article']!)!.slice(Number(r['start']), Number(r['end'])));
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'coverage-export-'));
  out = path.join(tmp, 'tables');
  const result = await runCli(['export', CORPUS, '--out', out]);
  expect(result.code).toBe(0);
  expect(result.stdout).toBe('');
  stderr = result.stderr;
  const ingest = JSON.parse((await runCli(['ingest', CORPUS, '--format', 'json'])).stdout) as { articles: Array<{ id: string; outlet: string; text: string }> };
  texts = new Map(ingest.articles.map((a) => [a.id, a.text]));
  outlets = [...new Set(ingest.articles.map((a) => a.outlet))];
  analysis = JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')) as typeof analysis;
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('coverage export: the files', () => {
  it('writes the seven CSV files and analysis.json, and says so on stderr', () => {
    expect(readdirSync(out).sort()).toEqual([...ALL_FILES].sort());
    expect(stderr.trimEnd().split('\n')).toEqual(ALL_FILES.map((f) => expect.stringMatching(new RegExp(`^coverage: wrote ${path.join(out, f).replace(/[.\\]/g, '\\$&')}( \\(\\d+ rows?\\))?$`))));
  });

  it('gives every CSV file exactly its documented columns, and every row as many cells', () => {
    for (const table of EXPORT_TABLES) {
      const { header, rows } = readCsv(path.join(out, table.file));
      // articles.csv carries the articles' own metadata after its fixed columns (the corpus has `event`).
      const expected = table.file === 'coverage_matrix.csv' ? [...MATRIX_COLUMNS, ...outlets] : table.file === 'articles.csv' ? [...Object.keys(table.columns), 'event'] : Object.keys(table.columns);
      expect(header, table.file).toEqual(expected);
      expect(rows.length, table.file).toBeGreaterThan(0);
    }
    expect(Object.keys(EXPORT_TABLES.find((t) => t.file === 'quotes.csv')!.columns)).toEqual([...QUOTE_COLUMNS]);
    expect(Object.keys(EXPORT_TABLES.find((t) => t.file === 'claims.csv')!.columns)).toEqual([...CLAIM_COLUMNS]);
  });

  it('uses camelCase column names everywhere', () => {
    const names = [...EXPORT_TABLES.flatMap((t) => Object.keys(t.columns)), ...CLAIM_COLUMNS, ...OUTLET_COLUMNS];
    for (const name of names) expect(name).toMatch(/^[a-z]+([A-Z][a-z]+)*$/);
  });

  it('has one row per record of analysis.json in each table', () => {
    const rows = (file: string) => readCsv(path.join(out, file)).rows.length;
    expect(rows('articles.csv')).toBe(analysis.articles.length);
    expect(rows('quotes.csv')).toBe(analysis.quotes.length);
    expect(rows('claims.csv')).toBe(analysis.claims.length);
    expect(rows('clusters.csv')).toBe(analysis.clusters.length);
    expect(rows('coverage_matrix.csv')).toBe(analysis.clusters.length);
    expect(rows('cluster_members.csv')).toBe(analysis.clusters.reduce((n, c) => n + c.members.length, 0));
    expect(rows('descriptors.csv')).toBe(analysis.framing.descriptors.length);
  });

  it('writes analysis.json as coverage diff --format json prints it', async () => {
    const diff = await runCli(['diff', CORPUS, '--format', 'json']);
    expect(readFileSync(path.join(out, 'analysis.json'), 'utf8')).toBe(diff.stdout);
  });

  it('writes quotes.csv and claims.csv as coverage quotes and coverage claims print them (all kinds)', async () => {
    const quotes = await runCli(['quotes', CORPUS, '--kind', 'direct,partial,indirect,mention', '--format', 'csv']);
    expect(readFileSync(path.join(out, 'quotes.csv'), 'utf8')).toBe(quotes.stdout);
    const claims = await runCli(['claims', CORPUS, '--format', 'csv']);
    expect(readFileSync(path.join(out, 'claims.csv'), 'utf8')).toBe(claims.stdout);
  });

  it('gives the same bytes on a second run', async () => {
    const again = path.join(tmp, 'again');
    expect((await runCli(['export', CORPUS, '--out', again, '--quiet'])).code).toBe(0);
    for (const f of ALL_FILES) expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(out, f))), f).toBe(true);
  });
});

describe('coverage export: the contents', () => {
  it('keeps article texts whole, line breaks inside quoted fields, and CRLF between records', () => {
    const raw = readFileSync(path.join(out, 'articles.csv'), 'utf8');
    expect(raw.startsWith('id,file,outlet,')).toBe(true);
    expect(raw.split('\r\n')[0]).toBe([...Object.keys(EXPORT_TABLES[0].columns), 'event'].join(','));
    const { rows } = readCsv(path.join(out, 'articles.csv'));
    expect(rows.map((r) => r['id'])).toEqual([...texts.keys()]);
    for (const r of rows) {
      expect(r['text']).toBe(texts.get(r['id']!));
      expect(r['text']).toContain('\n\n');
      expect(Number(r['paragraphs'])).toBe(r['text']!.split('\n\n').length);
      expect(['true', 'false']).toContain(r['isOpinion']);
    }
  });

  it('points every quote, claim, cluster member and descriptor at its words in the article text', () => {
    for (const file of ['quotes.csv', 'claims.csv', 'cluster_members.csv', 'descriptors.csv']) expectSlices(readCsv(path.join(out, file)).rows);
  });

  it('joins lists with ";" and counts what it lists', () => {
    const clusters = readCsv(path.join(out, 'clusters.csv')).rows;
    for (const c of clusters) {
      const carried = c['outletList']!.split(';');
      const missing = c['missing'] === '' ? [] : c['missing']!.split(';');
      expect(Number(c['outlets'])).toBe(carried.length);
      expect([...carried, ...missing].sort()).toEqual([...outlets].sort());
      expect(c['flagTypes'] === '').toBe(c['flags'] === '0');
    }
    const features = readCsv(path.join(out, 'claims.csv')).rows.map((r) => r['features']!.split(';'));
    for (const f of features) for (const v of f) expect(['attributed', 'number', 'date', 'actor', 'evaluation', 'predicate']).toContain(v);
  });

  it('lists each cluster member with the words it adds and leaves out', () => {
    const members = readCsv(path.join(out, 'cluster_members.csv')).rows;
    const clusters = new Map(readCsv(path.join(out, 'clusters.csv')).rows.map((c) => [c['id']!, c]));
    for (const m of members) {
      const cluster = clusters.get(m['cluster']!)!;
      expect(cluster['outletList']!.split(';')).toContain(m['outlet']);
      // A member identical to the cluster text adds and removes nothing.
      if (m['text']!.replace(/\W+/g, ' ').trim() === cluster['text']!.replace(/\W+/g, ' ').trim()) {
        expect([m['added'], m['removed']]).toEqual(['', '']);
      }
      for (const run of m['added'] === '' ? [] : m['added']!.split(' | ')) expect(m['text']).toContain(run.split(' ')[0]);
    }
    expect(members.some((m) => m['added'] !== '' || m['removed'] !== '')).toBe(true);
  });

  it('sums every coverage_matrix row to the number of outlets carrying the cluster', () => {
    const { header, rows } = readCsv(path.join(out, 'coverage_matrix.csv'));
    const clusters = new Map(readCsv(path.join(out, 'clusters.csv')).rows.map((c) => [c['id']!, c]));
    expect(rows.map((r) => r['cluster'])).toEqual([...clusters.keys()]);
    for (const r of rows) {
      const cells = header.slice(MATRIX_COLUMNS.length).map((o) => r[o]!);
      for (const v of cells) expect(['0', '1']).toContain(v);
      const sum = cells.reduce((n, v) => n + Number(v), 0);
      const cluster = clusters.get(r['cluster']!)!;
      expect(sum).toBe(Number(cluster['outlets']));
      expect(header.slice(MATRIX_COLUMNS.length).filter((o) => r[o] === '1').join(';')).toBe(cluster['outletList']);
      expect(r['text']).toBe(cluster['text']);
    }
  });
});

describe('coverage export: byte-order mark', () => {
  it('writes no BOM by default and one at the start of every CSV file with --excel', async () => {
    for (const f of CSV_FILES) expect(readFileSync(path.join(out, f))[0], f).not.toBe(0xef);
    const excel = path.join(tmp, 'excel');
    expect((await runCli(['export', CORPUS, '--out', excel, '--excel', '--quiet'])).code).toBe(0);
    for (const f of CSV_FILES) {
      const bytes = readFileSync(path.join(excel, f));
      expect([...bytes.subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).equals(readFileSync(path.join(out, f))), f).toBe(true);
      expect(readCsv(path.join(excel, f), { bom: true }).header).toEqual(readCsv(path.join(out, f)).header);
    }
    // JSON with a BOM is not JSON to many readers.
    expect(readFileSync(path.join(excel, 'analysis.json'), 'utf8')).toBe(readFileSync(path.join(out, 'analysis.json'), 'utf8'));
  });
});

describe('coverage export: the folder', () => {
  it('refuses a folder that is not empty without --force, and leaves it as it was', async () => {
    const dir = path.join(tmp, 'busy');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    writeFileSync(path.join(dir, 'quotes.csv'), 'old');
    const { code, stdout, stderr: err } = await runCli(['export', CORPUS, '--out', dir]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(err).toBe(`coverage: --out: ${dir} is not empty; choose a new or empty folder, or add --force to overwrite the export files in it\n`);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'quotes.csv']);
    expect(readFileSync(path.join(dir, 'quotes.csv'), 'utf8')).toBe('old');
  });

  it('refuses a folder holding an earlier export without --force', async () => {
    const before = ALL_FILES.map((f) => statSync(path.join(out, f)).mtimeMs);
    const { code } = await runCli(['export', CORPUS, '--out', out]);
    expect(code).toBe(2);
    expect(ALL_FILES.map((f) => statSync(path.join(out, f)).mtimeMs)).toEqual(before);
  });

  it('with --force overwrites the export files and leaves every other file alone', async () => {
    const dir = path.join(tmp, 'forced');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    writeFileSync(path.join(dir, 'quotes.csv'), 'old');
    const { code, stderr: err } = await runCli(['export', CORPUS, '--out', dir, '--force']);
    expect(code).toBe(0);
    expect(err).toContain('wrote');
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(path.join(dir, 'quotes.csv'), 'utf8')).toBe(readFileSync(path.join(out, 'quotes.csv'), 'utf8'));
    expect(readdirSync(dir).sort()).toEqual([...ALL_FILES, 'notes.txt'].sort());
  });

  it('creates missing folders, relative to the working directory', async () => {
    const { code } = await runCli(['export', path.join(ROOT, CORPUS), '--out', 'a/b/tables', '--quiet'], { cwd: tmp });
    expect(code).toBe(0);
    for (const f of ALL_FILES) expect(existsSync(path.join(tmp, 'a/b/tables', f))).toBe(true);
  });

  it('writes nothing on stderr with --quiet', async () => {
    const { code, stderr: err } = await runCli(['export', CORPUS, '--out', path.join(tmp, 'quiet'), '--quiet']);
    expect(code).toBe(0);
    expect(err).toBe('');
  });

  it('refuses a file as --out, and a missing --out, with exit 2', async () => {
    const file = path.join(tmp, 'a-file');
    writeFileSync(file, 'x');
    const asFile = await runCli(['export', CORPUS, '--out', file]);
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toBe(`coverage: --out: ${file} is a file, not a folder; choose a folder with --out\n`);
    const missing = await runCli(['export', CORPUS]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out');
  });

  it('writes nothing when no article could be read, and exits 1', async () => {
    const dir = path.join(tmp, 'nothing');
    const { code, stderr: err } = await runCli(['export', path.join(tmp, 'no-such-folder'), '--out', dir]);
    expect(code).toBe(1);
    expect(err).toContain('nothing written');
    expect(existsSync(dir)).toBe(false);
  });

  it('shows its options and an example in --help', async () => {
    const { code, stdout } = await runCli(['export', '--help']);
    expect(code).toBe(0);
    for (const text of ['--out <dir>', '--force', '--excel', 'Examples:', ...ALL_FILES]) expect(stdout).toContain(text);
  });
});

describe('docs/output.md: the tables', () => {
  const doc = readFileSync(path.join(ROOT, 'docs', 'output.md'), 'utf8');
  const start = doc.indexOf('\n## Tables: `coverage claims`, `coverage outlets`, `coverage export`\n');
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);

  /** The backticked names in the first column of the table that follows `marker`. */
  function documented(marker: string): string[] {
    const at = section.indexOf(marker);
    expect(at, marker).toBeGreaterThanOrEqual(0);
    const lines = section.slice(at).split('\n');
    const first = lines.findIndex((l) => l.startsWith('| column |'));
    const rows = [];
    for (const line of lines.slice(first + 2)) {
      if (!line.startsWith('|')) break;
      rows.push(/^\| `([^`]+)` \|/.exec(line)![1]!);
    }
    return rows;
  }

  it('documents every column of every export file, in order', () => {
    expect(start).toBeGreaterThan(0);
    for (const table of EXPORT_TABLES) {
      const extra = table.file === 'coverage_matrix.csv' ? ['<outlet>…'] : [];
      expect(documented(`#### \`${table.file}\``), table.file).toEqual([...Object.keys(table.columns), ...extra]);
    }
  });

  it('documents the columns of coverage claims and coverage outlets', () => {
    expect(documented('**`coverage claims`**')).toEqual([...CLAIM_COLUMNS]);
    expect(documented('**`coverage outlets`**')).toEqual([...OUTLET_COLUMNS]);
  });
});
