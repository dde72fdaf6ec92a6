import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runEvalCaptured } from './helpers/run-eval.js';
import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../src/model/types.js';
import { locateGold } from '../src/eval/locate-gold.js';
import type { Extractor } from '../src/eval/run-eval.js';
import type { GoldQuote } from '../src/eval/types.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Stand-ins for src/analyze/quotes until the real extractor lands: an oracle that
// returns the gold itself, one that finds nothing, and one that throws.
function goldFor(article: Article): GoldQuote[] {
  const file = path.resolve(ROOT, article.file);
  const goldPath = path.basename(file).startsWith('input.')
    ? path.join(path.dirname(file), 'gold.json')
    : path.join(ROOT, 'fixtures/gold', path.basename(path.dirname(file)), `${path.basename(file).replace(/\.[^.]+$/, '')}.json`);
  return (JSON.parse(readFileSync(goldPath, 'utf8')) as { quotes: GoldQuote[] }).quotes;
}

const oracle: Extractor = {
  extractQuotes(article) {
    const gold = goldFor(article);
    const places = locateGold(gold, article.text);
    return gold.flatMap((g, i): Quote[] => {
      const p = places[i];
      if (!p) return [];
      return [{
        id: `${article.id}#q${i + 1}`, article: article.id, file: article.file, outlet: article.outlet, kind: g.kind,
        text: article.text.slice(p.start, p.end), speaker: g.speaker, source: null, sourceOrg: null, cue: g.cue,
        paragraph: 0, sentence: 0, start: p.start, end: p.end, confidence: 1,
        rule: null, speakerStart: null, speakerEnd: null, cueStart: null, cueEnd: null,
      }];
    });
  },
  assignSources: (quotes) => quotes.map((q) => ({ ...q, source: q.speaker })),
};
const nothing: Extractor = { extractQuotes: () => [], assignSources: (q) => q };
const broken: Extractor = { extractQuotes: () => { throw new Error('boom'); }, assignSources: (q) => q };

async function run(args: string[], extractor: Extractor) {
  return runEvalCaptured(args, { extractor });
}

describe('runEval', () => {
  it('the gold itself scores 1 on the corpus, and every gold record is found in the cleaned text', async () => {
    const { code, out, err } = await run(['--json', '--verbose', '--check'], oracle);
    expect(err).toBe('');
    const report = JSON.parse(out);
    expect(report.schemaVersion).toBe(1);
    const corpus = report.datasets.find((d: { name: string }) => d.name === 'corpus');
    expect(corpus.articles).toBe(5);
    expect(corpus.unlocated).toEqual([]);
    for (const k of ['quotes', 'exact', 'indirect', 'mentions']) expect([k, corpus[k].f1]).toEqual([k, 1]);
    expect(corpus.speaker.accuracy).toBe(1);
    expect(corpus.misses).toEqual([]);
    expect(corpus.falsePositives).toEqual([]);
    expect(report.problems.filter((p: { severity: string }) => p.severity !== 'info')).toEqual([]);
    expect(code).toBe(0);
  });

  it('finding nothing is a report (exit 0) unless --check (exit 1)', async () => {
    const plain = await run([], nothing);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/quote spans, overlap ≥ 0\.5 +– +0\.000 +0\.000 +\d+ +F1 ≥ 0\.97 +MISSED/);
    expect((await run(['--check'], nothing)).code).toBe(1);
  });

  it('--verbose lists the misses with file and expected speaker', async () => {
    const { out } = await run(['--verbose'], nothing);
    expect(out).toContain('000_07d689f528515764.txt:');
    expect(out).toMatch(/misses \(\d+\):/);
    expect(out).toContain('speaker: John Matze (or Matze, CEO John Matze)');
  });

  it('an extractor that throws is reported and the run exits 2 after the report', async () => {
    const { code, out, err } = await run([], broken);
    expect(code).toBe(2);
    expect(err).toContain('extractQuotes threw: Error: boom');
    expect(out).toContain('corpus:');
  });

  it('an unknown option is a usage error', async () => {
    const { code, err } = await run(['--frobnicate'], nothing);
    expect(code).toBe(2);
    expect(err).toMatch(/^eval: .*frobnicate.*--help/);
  });
});
