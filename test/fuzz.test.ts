// Property-based tests over generated articles (see fuzz/arbitraries.js): no input may
// throw, hang or produce an offset outside its text. A fixed seed keeps CI reproducible;
// fast-check prints the seed, path and shrunk counterexample of a failure. The larger run
// with a random seed is `npm run fuzz`. Replay another seed: FUZZ_SEED=123 npx vitest run test/fuzz.test.ts
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { FORMATS, makeArbitraries, SIZES } from '../fuzz/arbitraries.js';
import { checkArticle, checkGroup, checkInput, makeProperties } from '../fuzz/check-pipeline.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_210_109);
/** Inputs per property: 10,002 in all, mostly small. */
const RUNS = { ingest: 7000, everyFormat: 2000, group: 1000, huge: 2 };
const properties = makeProperties(api, makeArbitraries(SIZES.small), { huge: [50_000, 80_000], shrinkMs: 20_000 });

describe(`fuzz (seed ${SEED})`, () => {
  it(`${RUNS.ingest} inputs, each in one format, through extractQuotes`, () => {
    fc.assert(properties.ingest, { seed: SEED, numRuns: RUNS.ingest });
  }, 240_000);

  it(`${RUNS.everyFormat} inputs in every format, through compareCoverage`, () => {
    fc.assert(properties.everyFormat, { seed: SEED, numRuns: RUNS.everyFormat });
  }, 240_000);

  it(`${RUNS.group} groups of 2–4 articles about one event, through compareCoverage`, () => {
    fc.assert(properties.group, { seed: SEED, numRuns: RUNS.group });
  }, 240_000);

  it(`${RUNS.huge} huge single-line paragraphs (50–80 KB) in every format`, () => {
    fc.assert(properties.huge, { seed: SEED, numRuns: RUNS.huge });
  }, 240_000);
});

describe('the fuzz checks themselves', () => {
  it('accept a well-formed article and name what is wrong with a broken one', () => {
    const [article] = api.articlesFromText('Parler sues Amazon\n\n“It is over,” Matze said on Monday.');
    expect(() => checkArticle(article!)).not.toThrow();
    expect(() => checkArticle({ ...article!, paragraphs: [{ start: 0, end: article!.text.length + 1, kind: 'body' }] })).toThrow(/outside the text/);
    expect(() => checkArticle({ ...article!, paragraphs: [...article!.paragraphs].reverse() })).toThrow(/starts before the previous one ends/);
  });

  it('catch a record whose text is not the slice it points at', () => {
    const broken = {
      ...api,
      extractQuotes: (articles: Parameters<typeof api.extractQuotes>[0]) => api.extractQuotes(articles).map((q) => ({ ...q, text: `${q.text} ` })),
    };
    expect(() => checkInput(broken, { text: '“It is over,” Matze said.' }, { formats: ['txt'] })).toThrow(/is not text\.slice/);
  });

  it('catch a call that takes longer than its bound', () => {
    const slow = {
      ...api,
      articlesFromText: (text: string, options?: api.TextArticleOptions) => {
        const until = performance.now() + 30;
        while (performance.now() < until);
        return api.articlesFromText(text, options);
      },
    };
    expect(() => checkInput(slow, { text: 'Parler sued Amazon.' }, { formats: ['txt'], scale: 0.001 })).toThrow(/a hang or runaway backtracking/);
  });

  it('give each format and each outlet of a group its own article id', () => {
    const group = fc.sample(makeArbitraries(SIZES.small).articleGroup, { seed: SEED, numRuns: 20 });
    for (const g of group) expect(() => checkGroup(api, g)).not.toThrow();
    expect(FORMATS).toEqual(['txt', 'md', 'html', 'json', 'jsonl']);
  });
});
