import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { readArticles } from '../src/ingest/read-articles.js';
import { readCsv } from '../src/ingest/read-csv.js';
import { ROOT, runCli } from './helpers/fake-cli.js';

let tmp: string;
let cwd: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'coverage-csv-'));
  cwd = process.cwd();
  if (process.cwd() !== ROOT) process.chdir(ROOT);
});
afterAll(() => {
  if (process.cwd() !== cwd) process.chdir(cwd);
  rmSync(tmp, { recursive: true, force: true });
});

describe('CSV and TSV exports, one article a row', () => {
  it('a Media Cloud style CSV reads into articles with outlet, date, url and its other columns in meta', async () => {
    const { articles, diagnostics } = await readArticles(['fixtures/ingest/csv-media-cloud/stories.csv']);
    expect(articles.map((a) => [a.id, a.outlet, a.date, a.url])).toEqual([
      ['stories:1', 'The Harbour Courier', '2024-03-12T07:30:00', 'https://harbourcourier.example/news/seawall'],
      ['stories:2', 'Valley Gazette', '2024-03-12T09:05:00+00:00', 'https://valleygazette.example/story/4411'],
      ['stories:3', 'Riverside Echo', null, 'https://riversideecho.example/seawall-vote'],
    ]);
    expect(articles[0]!.title).toBe('Port authority approves seawall after winter storms');
    expect(articles[0]!.text).toContain('"We cannot ask people to bail out their kitchens every February," said board chair Joan Pellow.');
    expect(articles[0]!.meta).toMatchObject({ stories_id: '1804412235', media_id: '90211', leaning: 'center', language: 'en', line: 2 });
    expect(articles[1]!.meta).toMatchObject({ line: 5, dateText: 'Tue, 12 Mar 2024 09:05:00 +0000' });
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'no-text', severity: 'error', line: 8, message: expect.stringContaining('row 3 has an empty "text" column') }),
    ]);
    expect(articles[2]!.diagnostics).toEqual([expect.objectContaining({ code: 'unreadable-date', line: 9 })]);
  });

  it('a TSV with other column names (source, headline, body)', async () => {
    const { articles } = await readArticles(['fixtures/ingest/tsv-export/stories.tsv']);
    expect(articles.map((a) => [a.outlet, a.title, a.date, a.meta.country])).toEqual([
      ['The Harbour Courier', 'Ferry to sail all winter', '2024-10-11', 'UK'],
      ['Valley Gazette', 'Winter ferry confirmed', '2024-10-11', 'UK'],
    ]);
  });

  it.each([
    ['story_text is a body column', 'media_name,story_text\nEcho,The ferry sails all winter.\n', {}, 'Echo'],
    ['--text-field and --outlet-field name other columns', 'paper,words,outlet\nLedger,The ferry sails all winter.,Ignored\n', { textField: 'words', outletField: 'paper' }, 'Ledger'],
    ['header names in any case', 'Outlet,Title,Text\nLedger,Ferry,The ferry sails all winter.\n', {}, 'Ledger'],
  ])('%s', (_case, csv, options, outlet) => {
    const { articles, diagnostics } = readCsv(csv, 'dump.csv', ',', options);
    expect(diagnostics).toEqual([]);
    expect(articles).toEqual([expect.objectContaining({ outlet, body: 'The ferry sails all winter.' })]);
  });

  it('a CSV without a body column is one error naming the columns and --text-field', () => {
    const { articles, diagnostics } = readCsv('outlet,title\nLedger,Ferry\n', 'dump.csv', ',');
    expect(articles).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'no-text-field', severity: 'error', file: 'dump.csv' })]);
    expect(diagnostics[0]!.message).toMatch(/columns: outlet, title.*--text-field/);
  });

  it('the extra columns reach articles.csv of coverage export', async () => {
    const out = path.join(tmp, 'tables');
    const { code } = await runCli(['export', 'fixtures/ingest/csv-media-cloud/stories.csv', '--out', out]);
    expect(code).toBe(1);
    const [header, ...rows] = parseCsv(readFileSync(path.join(out, 'articles.csv'), 'utf8')) as string[][];
    expect(header).toEqual(expect.arrayContaining(['id', 'outlet', 'date', 'url', 'stories_id', 'media_id', 'leaning']));
    const column = (name: string) => rows.map((r) => r[header!.indexOf(name)]);
    expect(column('stories_id')).toEqual(['1804412235', '1804412236', '1804412238']);
    expect(column('leaning')).toEqual(['center', 'right', 'left']);
  });
});

describe('honest messages for inputs coverage cannot read', () => {
  it('a URL says the tool does not fetch and shows how to save the page', async () => {
    const { code, stdout, stderr } = await runCli(['ingest', 'https://www.harbourcourier.example/news/seawall', '--format', 'json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      "error: https://www.harbourcourier.example/news/seawall: is a web address; coverage reads saved files and does not fetch pages. Save the page, then read the file: curl -L -o page.html 'https://www.harbourcourier.example/news/seawall' && coverage ingest page.html [url-not-fetched]",
    ]);
  });

  it.each([
    ['report.pdf', 'pdftotext report.pdf report.txt'],
    ['memo.docx', 'pandoc memo.docx -t plain -o memo.txt'],
    ['sheet.xlsx', 'save the sheet as CSV'],
    ['feed.xml', 'JSON Lines'],
    ['notes.xyz', 'rename it to .txt, .md, .html, .json, .jsonl, .csv or .tsv'],
  ])('%s says what to convert it to', async (name, advice) => {
    const file = path.join(tmp, name);
    writeFileSync(file, 'x');
    const { code, stdout, stderr } = await runCli(['ingest', file, '--format', 'json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(advice);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('nothing on stdout for input that gave no article', async () => {
    const file = path.join(tmp, 'menu-only.html');
    writeFileSync(file, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const { code, stdout, stderr } = await runCli(['ingest', file, '--format', 'json']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('no-article-body');
  });
});
