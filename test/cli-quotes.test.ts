import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { text as streamText } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import type { CliContext } from '../src/cli/context.js';
import { QUOTE_COLUMNS } from '../src/render/render-quotes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = 'corpus/parler-v-aws';
const ANSI = /\u001b\[/;

interface Call {
  tty?: boolean;
  columns?: number;
  env?: Record<string, string>;
  cwd?: string;
}

/** Runs the CLI in-process against PassThrough streams and returns everything it wrote. */
async function cli(args: string[], call: Call = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = Object.assign(new PassThrough(), { isTTY: call.tty ?? false, columns: call.columns });
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const out = streamText(stdout);
  const err = streamText(stderr);
  const ctx: CliContext = { stdin: new PassThrough(), stdout, stderr, env: call.env ?? {}, cwd: call.cwd ?? ROOT };
  const code = await run(args, ctx);
  stdout.end();
  stderr.end();
  return { code, stdout: await out, stderr: await err };
}

type Row = Record<string, unknown> & { id: string; article: string; kind: string; text: string; start: number; end: number; speaker: string | null; source: string | null };

let texts: Map<string, string>;
let articleOrder: string[];
let json: Row[];

beforeAll(async () => {
  // The text `coverage ingest` prints is the text every offset points into.
  const ingest = await cli(['ingest', CORPUS, '--format', 'json']);
  const articles = (JSON.parse(ingest.stdout) as { articles: Array<{ id: string; text: string }> }).articles;
  texts = new Map(articles.map((a) => [a.id, a.text]));
  articleOrder = articles.map((a) => a.id);
  const result = await cli(['quotes', CORPUS, '--format', 'json']);
  expect(result.code).toBe(0);
  json = JSON.parse(result.stdout) as Row[];
});

function expectSlices(rows: ReadonlyArray<{ article: string; text: string; start: number; end: number }>) {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.text).toBe(texts.get(row.article)!.slice(row.start, row.end));
}

describe('coverage quotes: machine formats', () => {
  it('prints JSON as a pretty-printed array of records with the documented fields in order', async () => {
    const { code, stdout } = await cli(['quotes', CORPUS, '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Row[];
    expect(stdout).toBe(JSON.stringify(rows, null, 2) + '\n');
    for (const row of rows) expect(Object.keys(row)).toEqual([...QUOTE_COLUMNS]);
    expectSlices(rows);
  });

  it('defaults to JSON when stdout is not a terminal', async () => {
    const { stdout } = await cli(['quotes', CORPUS]);
    expect(JSON.parse(stdout)).toEqual(json);
  });

  it('keeps records sorted by article in read order, then by offset', () => {
    const keys = json.map((r) => [articleOrder.indexOf(r.article), r.start] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(keys.every(([k]) => k >= 0)).toBe(true);
  });

  it('prints CSV with a header equal to QUOTE_COLUMNS and one row per record', async () => {
    const { code, stdout } = await cli(['quotes', CORPUS, '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.charCodeAt(0)).not.toBe(0xfeff);
    const [header, ...rows] = parse(stdout) as string[][];
    expect(header).toEqual([...QUOTE_COLUMNS]);
    expect(rows).toHaveLength(json.length);
    const col = (name: string) => QUOTE_COLUMNS.indexOf(name as (typeof QUOTE_COLUMNS)[number]);
    const records = rows.map((r) => ({ article: r[col('article')]!, text: r[col('text')]!, start: Number(r[col('start')]), end: Number(r[col('end')]) }));
    expectSlices(records);
    rows.forEach((r, k) => {
      expect(r[col('id')]).toBe(json[k]!.id);
      // null becomes an empty cell
      expect(r[col('speaker')]).toBe(json[k]!.speaker ?? '');
      expect(r[col('sentence')]).toBe(json[k]!['sentence'] === null ? '' : String(json[k]!['sentence']));
    });
  });

  it('prints NDJSON with one record per line', async () => {
    const { code, stdout } = await cli(['quotes', CORPUS, '--format', 'ndjson']);
    expect(code).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    const rows = stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Row);
    expect(rows).toEqual(json);
    expectSlices(rows);
  });
});

describe('coverage quotes: filters', () => {
  it('lists direct, partial and indirect quotes by default and mentions only when asked', async () => {
    expect(new Set(json.map((r) => r.kind))).toEqual(new Set(['direct', 'partial', 'indirect']));
    const mentions = JSON.parse((await cli(['quotes', CORPUS, '--kind', 'mention'])).stdout) as Row[];
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((r) => r.kind === 'mention')).toBe(true);
    expectSlices(mentions);
  });

  it('keeps only the kinds given to --kind', async () => {
    const direct = JSON.parse((await cli(['quotes', CORPUS, '--kind', 'direct'])).stdout) as Row[];
    expect(direct.length).toBeGreaterThan(0);
    expect(direct).toEqual(json.filter((r) => r.kind === 'direct'));
    const mixed = JSON.parse((await cli(['quotes', CORPUS, '--kind', 'Direct, mention'])).stdout) as Row[];
    expect(new Set(mixed.map((r) => r.kind))).toEqual(new Set(['direct', 'mention']));
  });

  it('names the nearest kind on a typo and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['quotes', CORPUS, '--kind', 'direct,mentoin']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^coverage: --kind: unknown value "mentoin" \(did you mean "mention"\?\).*\n$/);
  });

  it('matches --speaker against speaker or source, ignoring case', async () => {
    const { stdout } = await cli(['quotes', CORPUS, '--speaker', 'MATZE']);
    const rows = JSON.parse(stdout) as Row[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(json.filter((r) => `${r.speaker ?? ''}\n${r.source ?? ''}`.toLowerCase().includes('matze')));
    // "Matze" as written, "John Matze" as the source: the source alone is enough to match.
    const bySource = JSON.parse((await cli(['quotes', CORPUS, '--speaker', 'john matze'])).stdout) as Row[];
    expect(bySource.length).toBeGreaterThan(rows.filter((r) => r.speaker?.toLowerCase().includes('john matze')).length);
  });

  it('notes an empty result on stderr and prints the empty form of each format', async () => {
    const expected: Record<string, string> = { json: '[]\n', ndjson: '', table: '', csv: QUOTE_COLUMNS.join(',') + '\r\n' };
    for (const [format, empty] of Object.entries(expected)) {
      const { code, stdout, stderr } = await cli(['quotes', CORPUS, '--speaker', 'nobody-at-all', '--format', format]);
      expect(code).toBe(0);
      expect(stdout).toBe(empty);
      expect(stderr).toMatch(/^coverage: no quotes found in 5 articles.*\n$/);
    }
  });
});

describe('coverage quotes: --output', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'coverage-quotes-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to overwrite an existing file without --force', async () => {
    const file = path.join(dir, 'quotes.json');
    writeFileSync(file, 'keep me');
    const { code, stdout, stderr } = await cli(['quotes', path.join(ROOT, CORPUS), '--output', 'quotes.json'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('overwrites with --force, as JSON even when stdout is a terminal', async () => {
    const file = path.join(dir, 'quotes.json');
    writeFileSync(file, 'keep me');
    const { code, stdout } = await cli(['quotes', CORPUS, '--output', file, '--force'], { tty: true, columns: 120 });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(json);
  });

  it('writes a table without colour to a file, even from a colour terminal', async () => {
    const file = path.join(dir, 'quotes.txt');
    const { code } = await cli(['quotes', CORPUS, '--format', 'table', '--output', file], { tty: true, columns: 120, env: { FORCE_COLOR: '1' } });
    expect(code).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toMatch(ANSI);
    expect(Math.max(...written.split('\n').map((l) => stringWidth(l)))).toBe(100);
  });
});

describe('coverage quotes: table', () => {
  /** The text column of each table row, joined across its wrapped lines. */
  function textCells(table: string): string[] {
    const cells: string[] = [];
    let current: string[] | null = null;
    for (const line of table.split('\n')) {
      if (/^[┌├└]/.test(line) || line === '' || !line.startsWith('│')) {
        if (current) cells.push(current.join(' '));
        current = line.startsWith('├') || line.startsWith('┌') ? [] : null;
        continue;
      }
      current?.push(line.split('│')[4]!.trim());
    }
    return cells.filter((c) => c !== 'text');
  }

  for (const width of [80, 160]) {
    it(`fits ${width} columns exactly, with and without colour, and wraps rather than cuts`, async () => {
      for (const env of [{}, { FORCE_COLOR: '1' }] as Record<string, string>[]) {
        const { code, stdout } = await cli(['quotes', CORPUS, '--format', 'table', '--width', String(width)], { env });
        expect(code).toBe(0);
        const lines = stdout.split('\n');
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        const tableLines = lines.filter((l) => /^[┌│├└]/.test(l));
        expect(tableLines.length).toBeGreaterThan(json.length);
        for (const line of tableLines) expect(stringWidth(line)).toBe(width);
        if (Object.keys(env).length) continue;
        const squash = (s: string) => s.replace(/\s+/g, '');
        expect(textCells(stdout).map(squash)).toEqual(json.map((r) => squash(r.text)));
      }
    });
  }

  it('heads each article with its outlet and title, wrapped to the width', async () => {
    const { stdout } = await cli(['quotes', CORPUS, '--format', 'table', '--width', '80']);
    // A heading is the run of lines before each table; it may wrap.
    const headings = stdout.split(/^└.*\n\n?|^┌[^]*?^└.*\n\n?/m).filter(Boolean);
    const outlets = [...new Set(json.map((r) => r['outlet'] as string))];
    expect(headings).toHaveLength(outlets.length);
    headings.forEach((h, k) => expect(h.replace(/\n/g, ' ')).toMatch(new RegExp(`^${outlets[k]} · .+ \\(\\d+ quotes?\\) $`)));
    expect(stdout).toContain('forced-offline · Parler sues Amazon Web Services after being forced offline');
  });

  it('uses colour on a terminal, and none with NO_COLOR or --no-color', async () => {
    const tty = { tty: true, columns: 100 };
    expect((await cli(['quotes', CORPUS], tty)).stdout).toMatch(ANSI);
    const noColor = await cli(['quotes', CORPUS], { ...tty, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toContain('┌');
    expect(noColor.stdout).not.toMatch(ANSI);
    const flag = await cli(['quotes', CORPUS, '--no-color'], tty);
    expect(flag.stdout).toContain('┌');
    expect(flag.stdout).not.toMatch(ANSI);
    expect(flag.stderr).not.toMatch(ANSI);
  });
});

describe('coverage quotes: usage errors', () => {
  it('names the nearest format on a typo, in one line, and exits 2', async () => {
    const { code, stdout, stderr } = await cli(['quotes', CORPUS, '--format', 'jsn']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('coverage: --format: unknown value "jsn" (did you mean "json"?); choose from table, csv, json, ndjson\n');
  });

  it('rejects a width it cannot honour', async () => {
    const { code, stderr } = await cli(['quotes', CORPUS, '--format', 'table', '--width', 'wide']);
    expect(code).toBe(2);
    expect(stderr).toContain('--width');
  });

  it('shows defaults and an example in --help', async () => {
    const { code, stdout } = await cli(['quotes', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('direct,partial,indirect');
    expect(stdout).toContain('Examples:');
  });
});

describe('the built CLI', () => {
  const built = existsSync(path.join(ROOT, 'dist/cli/commands/quotes.js'));
  it.skipIf(!built)('prints JSON that parses as a whole', () => {
    const result = spawnSync(process.execPath, ['bin/coverage.js', 'quotes', CORPUS, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Row[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Object.keys(row)).toEqual([...QUOTE_COLUMNS]);
    expectSlices(rows);
  });
});
