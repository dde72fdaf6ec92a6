// Output written in pieces (src/render/json-chunks.ts, csvChunks, writeOutput): the
// pieces join to exactly what one string would have held, so a run too large for one
// string (the diff JSON of 5,000 articles lists every cluster's missing outlets) is
// written without changing a byte of smaller ones.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError, writeOutput } from '../src/cli/output.js';
import type { CliContext } from '../src/cli/context.js';
import { jsonChunks } from '../src/render/json-chunks.js';
import { csvChunks, csvTable, type Cell } from '../src/render/tables.js';

const stringify = (v: unknown) => JSON.stringify(v, null, 2);

describe('jsonChunks', () => {
  it('joins to JSON.stringify(value, null, 2) at every depth, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        expect([...jsonChunks(value, depth)].join('')).toBe(stringify(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves out what JSON.stringify leaves out and writes what it writes for dates, toJSON, boxed values, -0 and NaN', () => {
    class Point {
      constructor(public x: number) {}
    }
    const value = {
      kept: 'a\nb "quoted" \u2028',
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 1, Symbol('s'), null, -0, Number.NaN, Infinity, new Date(0), new Number(3), new Point(2)],
      custom: { toJSON: () => ['replaced'] },
      nested: { empty: {}, none: [], deep: [[[{ a: [1, { b: 'c' }] }]]] },
      [Symbol('hidden')]: 1,
      7: 'integer keys first',
    };
    for (let depth = 0; depth <= 8; depth++) expect([...jsonChunks(value, depth)].join('')).toBe(stringify(value));
  });

  it('gives the members of the top levels one piece at a time', () => {
    const clusters = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, missing: ['x', 'y'] }));
    const pieces = [...jsonChunks({ clusters }, 2)];
    expect(pieces.length).toBeGreaterThan(100);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
  });
});

describe('csvChunks', () => {
  it('writes exactly what one stringify of all rows writes, a thousand rows at a time, BOM first', () => {
    const rows: Cell[][] = Array.from({ length: 2_501 }, (_, i) => [`r${i}`, i % 3 === 0 ? 'two\nlines, "quoted"' : i, i % 2 === 0, null]);
    const pieces = [...csvChunks(['id', 'text', 'flag', 'none'], rows, { bom: true })];
    expect(pieces).toHaveLength(1 + 3);
    expect(pieces.join('')).toBe(csvTable(['id', 'text', 'flag', 'none'], rows, { bom: true }));
    expect(pieces[0]).toBe('\uFEFFid,text,flag,none\r\n');
    expect(pieces.join('').split('\r\n').filter(Boolean).length).toBeGreaterThan(2_501);
  });

  it('reads the rows lazily, as the pieces are taken', () => {
    let made = 0;
    function* rows() {
      for (let i = 0; i < 5_000; i++) {
        made++;
        yield [i] as Cell[];
      }
    }
    const pieces = csvChunks(['n'], rows());
    pieces.next();
    pieces.next();
    expect(made).toBeLessThanOrEqual(1_001);
  });
});

describe('writeOutput', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coverage-pieces-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const context = () => {
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (d: Buffer) => (text += d.toString('utf8')));
    return { ctx: { stdout, stderr: new PassThrough(), cwd: dir } as unknown as CliContext, text: () => text };
  };
  const pieces = () => Array.from({ length: 30_000 }, (_, i) => `piece ${i} ü\n`);

  it('writes pieces to stdout in order, gathered into fewer writes', () => {
    const { ctx, text } = context();
    let writes = 0;
    const write = ctx.stdout.write.bind(ctx.stdout);
    ctx.stdout.write = ((chunk: string) => {
      writes++;
      return write(chunk);
    }) as typeof ctx.stdout.write;
    writeOutput(ctx, pieces(), {});
    expect(text()).toBe(pieces().join(''));
    expect(writes).toBeLessThan(30);
  });

  it('writes pieces to --output, and still refuses to overwrite a file without --force', () => {
    const { ctx } = context();
    writeOutput(ctx, pieces(), { output: 'out.txt' });
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe(pieces().join(''));
    expect(() => writeOutput(ctx, ['other'], { output: 'out.txt' })).toThrow(/already exists.*--force/);
    writeOutput(ctx, ['other'], { output: 'out.txt', force: true });
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe('other');
  });

  it.each([
    ['pieces', ['a', 'b']],
    ['one string', 'ab'],
  ])('names the file and what to do when --output cannot be written (%s), instead of an internal error', (_name, output) => {
    const { ctx } = context();
    expect(() => writeOutput(ctx, output, { output: 'no/such/folder/out.json' })).toThrow(UsageError);
    expect(() => writeOutput(ctx, output, { output: 'no/such/folder/out.json' })).toThrow(/^cannot write --output no\/such\/folder\/out.json \(its folder does not exist\); give a file in a folder that exists/);
    expect(() => writeOutput(ctx, output, { output: '.', force: true })).toThrow(/^cannot write --output \. \(it is a folder\)/);
  });
});

describe('the size of the missing lists', () => {
  it('is estimated within a tenth of what the diff JSON writes for them', async () => {
    const { generateCorpus } = await import('../bench/corpus.js');
    const { articlesFromText, compareCoverage } = await import('../src/index.js');
    const { missingListChars, renderDiffJson } = await import('../src/render/render-diff.js');
    const { plainContext } = await import('../src/render/context.js');
    const { articles: generated } = generateCorpus({ events: 1, outletsPerEvent: 60, seed: 1 });
    const articles = generated.flatMap((a: { text: string; id: string; outlet: string }) => articlesFromText(a.text, { format: 'txt', file: `${a.id}.txt`, outlet: a.outlet }));
    const comparison = compareCoverage(articles);
    const json = [...renderDiffJson(comparison, plainContext(), {})].join('');
    const written = [...json.matchAll(/"missing": \[([^\]]*)\]/g)].reduce((n, m) => n + m[1]!.length, 0);
    expect(written).toBeGreaterThan(10_000);
    expect(Math.abs(missingListChars(comparison) - written) / written).toBeLessThan(0.1);
  }, 60_000);
});
