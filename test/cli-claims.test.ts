import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS } from '../src/render/render-claims.js';
import { parseNdjson, runCli } from './helpers/fake-cli.js';

const CORPUS = 'corpus/parler-v-aws';

type Row = { id: string; article: string; outlet: string; kind: string; text: string; start: number; end: number; speaker: string | null; source: string | null; features: string[] } & Record<string, unknown>;

let texts: Map<string, string>;
let articleOrder: string[];
let json: Row[];
let tmp: string;

beforeAll(async () => {
  // The text `coverage ingest` prints is the text every offset points into.
  const ingest = await runCli(['ingest', CORPUS, '--format', 'json']);
  const articles = (JSON.parse(ingest.stdout) as { articles: Array<{ id: string; text: string }> }).articles;
  texts = new Map(articles.map((a) => [a.id, a.text]));
  articleOrder = articles.map((a) => a.id);
  const result = await runCli(['claims', CORPUS, '--format', 'json']);
  expect(result.code).toBe(0);
  json = JSON.parse(result.stdout) as Row[];
  tmp = mkdtempSync(path.join(tmpdir(), 'coverage-claims-'));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function expectSlices(rows: ReadonlyArray<{ article: string; text: string; start: number; end: number }>) {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.text).toBe(texts.get(row.article)!.slice(row.start, row.end));
}

describe('coverage claims: machine formats', () => {
  it('prints JSON as a pretty-printed array of records with CLAIM_COLUMNS in order', async () => {
    const { code, stdout } = await runCli(['claims', CORPUS, '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Row[];
    expect(stdout).toBe(JSON.stringify(rows, null, 2) + '\n');
    for (const row of rows) expect(Object.keys(row)).toEqual([...CLAIM_COLUMNS]);
    expectSlices(rows);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['indirect', 'statement']));
    for (const row of rows) expect(Array.isArray(row.features) && row.features.length > 0).toBe(true);
  });

  it('defaults to JSON when stdout is not a terminal, and to a table on one', async () => {
    expect(JSON.parse((await runCli(['claims', CORPUS])).stdout)).toEqual(json);
    expect((await runCli(['claims', CORPUS], { tty: true, columns: 100 })).stdout).toContain('┌');
  });

  it('lists the same claims as coverage diff --format json', async () => {
    const diff = JSON.parse((await runCli(['diff', CORPUS, '--format', 'json'])).stdout) as { claims: Row[] };
    expect(json).toEqual(diff.claims.map((c) => Object.fromEntries(CLAIM_COLUMNS.map((k) => [k, c[k]]))));
  });

  it('keeps claims sorted by article in read order, then by offset, with ids numbered in text order', () => {
    const keys = json.map((r) => [articleOrder.indexOf(r.article), r.start] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    for (const id of articleOrder) {
      const own = json.filter((r) => r.article === id);
      expect(own.map((r) => r.id)).toEqual(own.map((_, k) => `${id}#c${k + 1}`));
    }
  });

  it('prints CSV with a header equal to CLAIM_COLUMNS, features joined with ";" and nulls as empty cells', async () => {
    const { code, stdout } = await runCli(['claims', CORPUS, '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.charCodeAt(0)).not.toBe(0xfeff);
    const records = parse(stdout, { columns: true }) as Array<Record<string, string>>;
    const [header] = parse(stdout, { to_line: 1 }) as string[][];
    expect(header).toEqual([...CLAIM_COLUMNS]);
    expect(records).toHaveLength(json.length);
    expectSlices(records.map((r) => ({ article: r['article']!, text: r['text']!, start: Number(r['start']), end: Number(r['end']) })));
    records.forEach((r, k) => {
      const j = json[k]!;
      expect(r['id']).toBe(j.id);
      expect(r['features']).toBe(j.features.join(';'));
      expect(r['speaker']).toBe(j.speaker ?? '');
      expect(r['sentence']).toBe(j['sentence'] === null ? '' : String(j['sentence']));
    });
  });

  it('prints NDJSON with one record per line, equal to the JSON', async () => {
    const { code, stdout } = await runCli(['claims', CORPUS, '--format', 'ndjson']);
    expect(code).toBe(0);
    expect(parseNdjson(stdout)).toEqual(json);
  });
});

describe('coverage claims: filters', () => {
  it('keeps only the kinds given to --kind', async () => {
    const indirect = JSON.parse((await runCli(['claims', CORPUS, '--kind', 'indirect'])).stdout) as Row[];
    expect(indirect.length).toBeGreaterThan(0);
    expect(indirect).toEqual(json.filter((r) => r.kind === 'indirect'));
    for (const r of indirect) expect(r.features).toContain('attributed');
    const statements = JSON.parse((await runCli(['claims', CORPUS, '--kind', 'Statement'])).stdout) as Row[];
    expect(statements).toEqual(json.filter((r) => r.kind === 'statement'));
    for (const r of statements) expect(r.speaker).toBeNull();
  });

  it('names the nearest kind on a typo and exits 2', async () => {
    const { code, stdout, stderr } = await runCli(['claims', CORPUS, '--kind', 'indirekt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^coverage: --kind: unknown value "indirekt" \(did you mean "indirect"\?\).*\n$/);
  });

  it('matches --speaker against speaker or source, ignoring case', async () => {
    const rows = JSON.parse((await runCli(['claims', CORPUS, '--speaker', 'LAWSUIT'])).stdout) as Row[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(json.filter((r) => `${r.speaker ?? ''}\n${r.source ?? ''}`.toLowerCase().includes('lawsuit')));
    // "the 18-page complaint" as written, "Parler lawsuit" as the source.
    expect(rows.some((r) => !r.speaker!.toLowerCase().includes('lawsuit'))).toBe(true);
  });

  it('notes an empty result on stderr and prints the empty form of each format', async () => {
    const expected: Record<string, string> = { json: '[]\n', ndjson: '', table: '', csv: CLAIM_COLUMNS.join(',') + '\r\n' };
    for (const [format, empty] of Object.entries(expected)) {
      const { code, stdout, stderr } = await runCli(['claims', CORPUS, '--speaker', 'nobody at all', '--format', format]);
      expect(code).toBe(0);
      expect(stdout).toBe(empty);
      expect(stderr).toBe('coverage: no claims found in 5 articles matching --speaker "nobody at all"\n');
    }
  });
});

describe('coverage claims: --output', () => {
  it('writes to a file and never overwrites it without --force', async () => {
    const file = path.join(tmp, 'claims.csv');
    const first = await runCli(['claims', CORPUS, '--format', 'csv', '--output', file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect((parse(readFileSync(file, 'utf8'), { columns: true }) as unknown[]).length).toBe(json.length);
    writeFileSync(file, 'mine');
    const refused = await runCli(['claims', CORPUS, '--format', 'csv', '--output', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists.*--force to overwrite it\n$/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect((await runCli(['claims', CORPUS, '--format', 'csv', '--output', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe((await runCli(['claims', CORPUS, '--format', 'csv'])).stdout);
  });

  it('writes JSON to a file when no format is given, even from a terminal', async () => {
    const file = path.join(tmp, 'claims.json');
    expect((await runCli(['claims', CORPUS, '--output', file], { tty: true })).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(json);
  });
});

describe('coverage claims: table', () => {
  for (const width of [80, 160]) {
    it(`fits ${width} columns exactly and wraps every claim's text rather than cutting it`, async () => {
      const { code, stdout } = await runCli(['claims', CORPUS, '--format', 'table', '--width', String(width)]);
      expect(code).toBe(0);
      const lines = stdout.split('\n');
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      const tableLines = lines.filter((l) => /^[┌│├└]/.test(l));
      for (const line of tableLines) expect(stringWidth(line)).toBe(width);
      // The text column, read back cell by cell, holds every claim's words in order.
      const cells: string[] = [];
      let current: string[] | null = null;
      for (const line of tableLines) {
        if (!line.startsWith('│')) {
          if (current) cells.push(current.join(' '));
          current = line.startsWith('├') || line.startsWith('┌') ? [] : null;
          continue;
        }
        current?.push(line.split('│')[4]!.trim());
      }
      const squash = (s: string) => s.replace(/\s+/g, '');
      expect(cells.filter((c) => c !== 'text').map(squash)).toEqual(json.map((r) => squash(r.text)));
    });
  }

  it('heads each article with its outlet and claim count', async () => {
    const { stdout } = await runCli(['claims', CORPUS, '--format', 'table', '--width', '400']);
    for (const outlet of new Set(json.map((r) => r.outlet))) {
      const n = json.filter((r) => r.outlet === outlet).length;
      expect(stdout).toContain(`${outlet} · `);
      expect(stdout).toMatch(new RegExp(`^${outlet} · .*\\(${n} claims?\\)$`, 'm'));
    }
  });

  it('shows defaults and an example in --help', async () => {
    const { code, stdout } = await runCli(['claims', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('indirect,statement');
    expect(stdout).toContain('Examples:');
    expect(stdout.replace(/\s+/g, ' ')).toContain(CLAIM_COLUMNS.join(', '));
  });
});
