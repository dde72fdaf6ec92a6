import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/render/context.js';
import { parseNdjson, ROOT, runCli } from './helpers/fake-cli.js';

// The JSON Schemas in schema/ are the documented contract of every machine-readable
// output. These tests run the real commands in-process and validate all of stdout.

const SCHEMA_DIR = path.join(ROOT, 'schema');
const BASE = `https://news-coverage.invalid/schema/v${SCHEMA_VERSION}/`;
const CORPUS = 'corpus/parler-v-aws';
const JSON_ARRAY = 'fixtures/ingest/json-array';
const CASES = 'fixtures/cases/*/input.txt';
const ALL_KINDS = ['--kind', 'direct,partial,indirect,mention'];

type Json = Record<string, unknown>;

const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort();
const schemas = new Map(files.map((f) => [f, JSON.parse(readFileSync(path.join(SCHEMA_DIR, f), 'utf8')) as Json]));

/** One ajv instance that knows every schema by its $id, so `$ref: "article.schema.json"` resolves without a network. */
function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const schema of schemas.values()) ajv.addSchema(schema);
  return ajv;
}

let ajv: Ajv2020;
const validator = (file: string): ValidateFunction => {
  const validate = ajv.getSchema(BASE + file);
  if (!validate) throw new Error(`no schema ${BASE + file}`);
  return validate;
};

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}

function expectValid(file: string, value: unknown, where = ''): void {
  const validate = validator(file);
  const ok = validate(value);
  if (!ok) expect.fail(`${where} does not match ${file}:\n${describeErrors(validate.errors)}`);
}

function isValid(file: string, value: unknown): boolean {
  return validator(file)(value) as boolean;
}

/** Runs `coverage <args>`, expects a finished run (exit 0, or 1 when some input had problems) and returns stdout. */
async function stdoutOf(args: string[], codes: number[] = [0]): Promise<string> {
  const result = await runCli(args);
  expect(codes, `exit ${result.code} for coverage ${args.join(' ')}\n${result.stderr}`).toContain(result.code);
  expect(result.stdout.length).toBeGreaterThan(0);
  return result.stdout;
}

/** Validates a whole JSON document of stdout. */
async function validateJson(args: string[], file: string, codes?: number[]): Promise<Json | unknown[]> {
  const doc = JSON.parse(await stdoutOf(args, codes)) as Json | unknown[];
  expectValid(file, doc, `coverage ${args.join(' ')}`);
  return doc;
}

/** Validates every line of NDJSON stdout against the record schema. */
async function validateNdjson(args: string[], file: string, codes?: number[]): Promise<unknown[]> {
  const records = parseNdjson(await stdoutOf(args, codes));
  expect(records.length).toBeGreaterThan(0);
  records.forEach((r, i) => expectValid(file, r, `coverage ${args.join(' ')}, line ${i + 1}`));
  return records;
}

beforeAll(() => {
  ajv = makeAjv();
});

describe('the schema files', () => {
  it('are the expected set', () => {
    expect(files).toEqual(expect.arrayContaining([
      'article.schema.json', 'claim.schema.json', 'claims.schema.json', 'cluster.schema.json', 'diff.schema.json',
      'framing.schema.json', 'ingest.schema.json', 'outlet.schema.json', 'outlets.schema.json', 'quote.schema.json',
      'quotes.schema.json',
    ]));
  });

  it.each(files)('%s compiles in strict mode, with a versioned $id and a title', (file) => {
    const schema = schemas.get(file)!;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(BASE + file);
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
    expect(typeof makeAjv().getSchema(BASE + file)).toBe('function');
  });

  it.each(files)('%s describes every field and requires only declared ones', (file) => {
    const missing: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Json;
      if (n.properties) {
        const props = n.properties as Record<string, Json>;
        for (const [key, prop] of Object.entries(props)) {
          if (typeof prop.description !== 'string' || prop.description === '') missing.push(`${at}/properties/${key}`);
        }
        for (const key of (n.required as string[] | undefined) ?? []) expect(Object.keys(props), `${file}${at}`).toContain(key);
      }
      for (const [key, child] of Object.entries(n)) walk(child, `${at}/${key}`);
    };
    walk(schemas.get(file), '');
    expect(missing).toEqual([]);
  });

  it('documents the current schemaVersion as a const', () => {
    for (const file of ['ingest.schema.json', 'diff.schema.json']) {
      const props = schemas.get(file)!.properties as Record<string, Json>;
      expect(props.schemaVersion!.const, file).toBe(SCHEMA_VERSION);
    }
  });
});

describe('coverage ingest output', () => {
  it('--format json on the corpus matches ingest.schema.json', async () => {
    const doc = (await validateJson(['ingest', CORPUS, '--format', 'json'], 'ingest.schema.json')) as Json;
    expect((doc.articles as unknown[]).length).toBe(5);
  });

  it('--format ndjson on the corpus: every line matches article.schema.json', async () => {
    expect(await validateNdjson(['ingest', CORPUS, '--format', 'ndjson'], 'article.schema.json')).toHaveLength(5);
  });

  it('matches on a JSON array, the case fixtures, and every ingest fixture (bad ones included)', async () => {
    await validateJson(['ingest', JSON_ARRAY, '--format', 'json'], 'ingest.schema.json', [0, 1]);
    await validateNdjson(['ingest', CASES, '--format', 'ndjson'], 'article.schema.json');
    const doc = (await validateJson(['ingest', 'fixtures/ingest', '--format', 'json'], 'ingest.schema.json', [1])) as Json;
    // The broken front-matter fixtures put article diagnostics (with a line) through the schema too.
    const diagnostics = (doc.articles as Json[]).flatMap((a) => a.diagnostics as unknown[]);
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  it('matches on standard input', async () => {
    const stdin = readFileSync(path.join(ROOT, 'fixtures/ingest/jsonl-dump/dump.jsonl'));
    const result = await runCli(['ingest', '-', '--stdin-format', 'jsonl', '--format', 'ndjson'], { stdin });
    const records = parseNdjson(result.stdout);
    expect(records.length).toBeGreaterThan(0);
    records.forEach((r, i) => expectValid('article.schema.json', r, `stdin line ${i + 1}`));
  });
});

describe('coverage quotes output', () => {
  const inputs: Array<[string, string[], number[]]> = [
    ['the corpus', [CORPUS], [0]],
    ['a JSON array', [JSON_ARRAY], [0, 1]],
    ['the case fixtures', [CASES], [0]],
  ];

  it.each(inputs)('--format json on %s matches quotes.schema.json', async (_name, paths, codes) => {
    await validateJson(['quotes', ...paths, '--format', 'json'], 'quotes.schema.json', codes);
    await validateJson(['quotes', ...paths, ...ALL_KINDS, '--format', 'json'], 'quotes.schema.json', codes);
  });

  it.each(inputs)('--format ndjson on %s: every line matches quote.schema.json', async (_name, paths, codes) => {
    await validateNdjson(['quotes', ...paths, '--format', 'ndjson'], 'quote.schema.json', codes);
    await validateNdjson(['quotes', ...paths, ...ALL_KINDS, '--format', 'ndjson'], 'quote.schema.json', codes);
  });

  it('an empty result is a valid (empty) array', async () => {
    const result = await runCli(['quotes', CORPUS, '--speaker', 'nobody-by-this-name', '--format', 'json']);
    expectValid('quotes.schema.json', JSON.parse(result.stdout), 'no quotes');
  });
});

describe('coverage diff output', () => {
  it('--format json on the corpus matches diff.schema.json', async () => {
    const doc = (await validateJson(['diff', CORPUS, '--format', 'json'], 'diff.schema.json')) as Json;
    const clusters = doc.clusters as Json[];
    expect(clusters.some((c) => c.type === 'quote') && clusters.some((c) => c.type === 'claim')).toBe(true);
    expect(clusters.some((c) => (c.flags as unknown[]).length > 0)).toBe(true);
  });

  it('matches with --outlets, --only and --min-outlets', async () => {
    await validateJson(['diff', CORPUS, '--format', 'json', '--outlets', 'forced-offline,capitol-riot', '--min-outlets', '2'], 'diff.schema.json');
    await validateJson(['diff', CORPUS, '--format', 'json', '--only', 'claims'], 'diff.schema.json');
  });

  it('matches on a JSON array and on the case fixtures', async () => {
    await validateJson(['diff', JSON_ARRAY, '--format', 'json'], 'diff.schema.json', [0, 1]);
    await validateJson(['diff', CASES, '--format', 'json'], 'diff.schema.json');
  });
});

describe('coverage claims output', () => {
  const inputs: Array<[string, string[], number[]]> = [
    ['the corpus', [CORPUS], [0]],
    ['a JSON array', [JSON_ARRAY], [0, 1]],
    ['the case fixtures', [CASES], [0]],
  ];

  it.each(inputs)('--format json on %s matches claims.schema.json', async (_name, paths, codes) => {
    await validateJson(['claims', ...paths, '--format', 'json'], 'claims.schema.json', codes);
  });

  it.each(inputs)('--format ndjson on %s: every line matches claim.schema.json', async (_name, paths, codes) => {
    await validateNdjson(['claims', ...paths, '--format', 'ndjson'], 'claim.schema.json', codes);
    await validateNdjson(['claims', ...paths, '--kind', 'indirect', '--format', 'ndjson'], 'claim.schema.json', codes);
  });
});

describe('coverage outlets output', () => {
  it('--format json on the corpus matches outlets.schema.json', async () => {
    expect(await validateJson(['outlets', CORPUS, '--format', 'json'], 'outlets.schema.json')).toHaveLength(5);
    await validateJson(['outlets', CORPUS, '--top', '0', '--format', 'json'], 'outlets.schema.json');
  });

  it('--format ndjson: every line matches outlet.schema.json', async () => {
    await validateNdjson(['outlets', CORPUS, '--format', 'ndjson'], 'outlet.schema.json');
    await validateNdjson(['outlets', JSON_ARRAY, '--format', 'ndjson'], 'outlet.schema.json', [0, 1]);
    await validateNdjson(['outlets', CASES, '--top', '0', '--format', 'ndjson'], 'outlet.schema.json');
  });
});

describe('coverage export output', () => {
  it('analysis.json matches diff.schema.json', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'coverage-schema-'));
    try {
      const result = await runCli(['export', CORPUS, '--out', out, '--force']);
      expect(result.code, result.stderr).toBe(0);
      expectValid('diff.schema.json', JSON.parse(readFileSync(path.join(out, 'analysis.json'), 'utf8')), 'export analysis.json');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('the schemas reject what breaks the contract', () => {
  let quote: Json;
  let diff: Json;
  beforeAll(async () => {
    quote = parseNdjson(await stdoutOf(['quotes', CORPUS, '--format', 'ndjson']))[0] as Json;
    diff = JSON.parse(await stdoutOf(['diff', CORPUS, '--format', 'json'])) as Json;
  });
  const without = (record: Json, key: string): Json => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

  it('a quote record is valid as printed', () => {
    expect(isValid('quote.schema.json', quote)).toBe(true);
  });

  it('a quote record with an extra field fails', () => {
    expect(isValid('quote.schema.json', { ...quote, extra: 1 })).toBe(false);
    expect(isValid('quotes.schema.json', [quote, { ...quote, speakerName: 'x' }])).toBe(false);
  });

  it('a quote record without the `speaker` key fails (null is allowed, absent is not)', () => {
    expect(isValid('quote.schema.json', without(quote, 'speaker'))).toBe(false);
    expect(isValid('quote.schema.json', { ...quote, speaker: null })).toBe(true);
  });

  it('a quote record with a wrong type, kind or id fails', () => {
    expect(isValid('quote.schema.json', { ...quote, start: '12' })).toBe(false);
    expect(isValid('quote.schema.json', { ...quote, kind: 'paraphrase' })).toBe(false);
    expect(isValid('quote.schema.json', { ...quote, id: 'no-hash' })).toBe(false);
    expect(isValid('quote.schema.json', { ...quote, confidence: 1.5 })).toBe(false);
  });

  it('a document with another schemaVersion fails', () => {
    expect(isValid('diff.schema.json', { ...diff, schemaVersion: SCHEMA_VERSION + 1 })).toBe(false);
    expect(isValid('ingest.schema.json', { schemaVersion: SCHEMA_VERSION + 1, articles: [], diagnostics: [] })).toBe(false);
    expect(isValid('ingest.schema.json', { schemaVersion: SCHEMA_VERSION, articles: [], diagnostics: [] })).toBe(true);
  });

  it('a cluster member with an extra or a missing field fails', () => {
    const cluster = (diff.clusters as Json[])[0]!;
    const member = (cluster.members as Json[])[0]!;
    const withMember = (m: Json) => ({ ...cluster, members: [m] });
    expect(isValid('cluster.schema.json', withMember(member))).toBe(true);
    expect(isValid('cluster.schema.json', withMember({ ...member, score: 0.5 }))).toBe(false);
    expect(isValid('cluster.schema.json', withMember(without(member, 'diff')))).toBe(false);
    expect(isValid('cluster.schema.json', { ...cluster, type: 'sentence' })).toBe(false);
  });

  it('a claim with an unknown kind or feature fails', () => {
    const claim = (diff.claims as Json[])[0]!;
    expect(isValid('claim.schema.json', claim)).toBe(true);
    expect(isValid('claim.schema.json', { ...claim, kind: 'opinion' })).toBe(false);
    expect(isValid('claim.schema.json', { ...claim, features: ['rumour'] })).toBe(false);
  });
});
