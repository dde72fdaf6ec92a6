import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatTopSources, OUTLET_COLUMNS, type OutletRecord } from '../src/render/render-outlets.js';
import { parseNdjson, runCli } from './helpers/fake-cli.js';

const CORPUS = 'corpus/parler-v-aws';

interface QuoteRow { outlet: string; kind: string; source: string | null }

let json: OutletRecord[];
let quotes: QuoteRow[];
let claims: Array<{ outlet: string }>;
let articles: Array<{ id: string; outlet: string; isOpinion: boolean }>;

beforeAll(async () => {
  const result = await runCli(['outlets', CORPUS, '--format', 'json']);
  expect(result.code).toBe(0);
  json = JSON.parse(result.stdout) as OutletRecord[];
  quotes = JSON.parse((await runCli(['quotes', CORPUS, '--kind', 'direct,partial,indirect,mention'])).stdout) as QuoteRow[];
  claims = JSON.parse((await runCli(['claims', CORPUS])).stdout) as Array<{ outlet: string }>;
  articles = (JSON.parse((await runCli(['ingest', CORPUS, '--format', 'json'])).stdout) as { articles: typeof articles }).articles;
});

describe('coverage outlets: records', () => {
  it('prints one record per outlet, in read order, with OUTLET_COLUMNS in order', () => {
    expect(json.map((o) => o.outlet)).toEqual([...new Set(articles.map((a) => a.outlet))]);
    for (const o of json) expect(Object.keys(o)).toEqual([...OUTLET_COLUMNS]);
  });

  it('counts articles, quotes, indirect statements and claims as the other commands list them', () => {
    for (const o of json) {
      const own = quotes.filter((q) => q.outlet === o.outlet);
      expect(o.articles).toBe(articles.filter((a) => a.outlet === o.outlet).length);
      expect(o.quotes).toBe(own.filter((q) => q.kind === 'direct' || q.kind === 'partial').length);
      expect(o.indirect).toBe(own.filter((q) => q.kind === 'indirect').length);
      expect(o.claims).toBe(claims.filter((c) => c.outlet === o.outlet).length);
      expect(o.words).toBeGreaterThan(0);
      expect(o.isOpinion).toBe(articles.some((a) => a.outlet === o.outlet && a.isOpinion));
    }
    // The one opinion piece of the corpus.
    expect(json.filter((o) => o.isOpinion).map((o) => o.outlet)).toEqual(['millions-of-tweets']);
  });

  it('counts the distinct sources heard, mentions and unattributed quotes aside', () => {
    for (const o of json) {
      const heard = new Set(quotes.filter((q) => q.outlet === o.outlet && q.kind !== 'mention' && q.source).map((q) => q.source));
      expect(o.sources).toBe(heard.size);
    }
  });

  it('lists the top three sources by attributed words, with shares of the outlet’s attributed words', async () => {
    const all = JSON.parse((await runCli(['outlets', CORPUS, '--top', '0'])).stdout) as OutletRecord[];
    json.forEach((o, k) => {
      const full = all[k]!;
      expect(full.topSources).toHaveLength(o.sources);
      expect(o.topSources).toEqual(full.topSources.slice(0, 3));
      const words = full.topSources.map((s) => s.words);
      expect(words).toEqual([...words].sort((a, b) => b - a));
      const total = words.reduce((a, b) => a + b, 0);
      for (const s of full.topSources) expect(s.share).toBeCloseTo(s.words / total, 3);
      expect(full.topSources.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 2);
    });
    const one = JSON.parse((await runCli(['outlets', CORPUS, '--top', '1'])).stdout) as OutletRecord[];
    expect(one.map((o) => o.topSources)).toEqual(json.map((o) => o.topSources.slice(0, 1)));
  });

  it('rejects a --top that is not a whole number', async () => {
    const { code, stdout, stderr } = await runCli(['outlets', CORPUS, '--top', 'three']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('coverage: --top: expected a whole number, 0 for all sources, got "three"\n');
  });
});

describe('coverage outlets: formats', () => {
  it('prints CSV with a header equal to OUTLET_COLUMNS and topSources as "name 41%; …"', async () => {
    const { code, stdout } = await runCli(['outlets', CORPUS, '--format', 'csv']);
    expect(code).toBe(0);
    const [header, ...rows] = parse(stdout) as string[][];
    expect(header).toEqual([...OUTLET_COLUMNS]);
    expect(rows).toHaveLength(json.length);
    const col = (name: string) => OUTLET_COLUMNS.indexOf(name as (typeof OUTLET_COLUMNS)[number]);
    rows.forEach((r, k) => {
      const o = json[k]!;
      expect(r[col('outlet')]).toBe(o.outlet);
      for (const n of ['articles', 'words', 'quotes', 'indirect', 'claims', 'sources'] as const) expect(Number(r[col(n)])).toBe(o[n]);
      expect(r[col('topSources')]).toBe(formatTopSources(o.topSources));
      expect(r[col('topSources')]).toMatch(/^[^;]+ \d+%(; [^;]+ \d+%)*$/);
      expect(r[col('isOpinion')]).toBe(String(o.isOpinion));
    });
  });

  it('prints NDJSON equal to the JSON, and JSON by default off a terminal', async () => {
    expect(parseNdjson((await runCli(['outlets', CORPUS, '--format', 'ndjson'])).stdout)).toEqual(json);
    const plain = await runCli(['outlets', CORPUS]);
    expect(plain.stdout).toBe(JSON.stringify(json, null, 2) + '\n');
  });

  for (const width of [60, 100, 160]) {
    it(`draws a table exactly ${width} columns wide with every outlet`, async () => {
      const { code, stdout } = await runCli(['outlets', CORPUS, '--format', 'table', '--width', String(width)]);
      expect(code).toBe(0);
      const lines = stdout.split('\n').filter(Boolean);
      for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      const tableLines = lines.filter((l) => /^[┌│├└]/.test(l));
      if (tableLines.length) for (const line of tableLines) expect(stringWidth(line)).toBe(width);
      for (const o of json) expect(stdout).toContain(o.outlet);
    });
  }

  it('shows defaults and an example in --help', async () => {
    const { code, stdout } = await runCli(['outlets', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('(default: "3")');
    expect(stdout).toContain('Examples:');
    expect(stdout.replace(/\s+/g, ' ')).toContain(OUTLET_COLUMNS.join(', '));
  });
});
