// The smallest inputs the fuzzing (test/fuzz.test.ts, npm run fuzz) and the huge-input
// probes found a crash, a hang or a quadratic slowdown with, one case per fix. The time
// bounds are generous (a hang detector, not a benchmark): before each fix the input took
// the time in its name, or threw.
import { describe, expect, it } from 'vitest';
import { articlesFromText, compareCoverage, extractQuotes } from '../src/index.js';
import { alignWords } from '../src/align/word-diff.js';
import { findQuoteSpans } from '../src/analyze/quotes/find-quote-spans.js';
import { words } from '../src/align/words.js';
import { measureFraming } from '../src/compare/measure-framing.js';
import { FORMATS } from '../fuzz/arbitraries.js';
import { checkInput } from '../fuzz/check-pipeline.js';

const api = { articlesFromText, extractQuotes, compareCoverage };

/** Runs `fn` and fails when it takes longer than `limitMs`. */
function within<T>(limitMs: number, fn: () => T): T {
  const started = performance.now();
  const result = fn();
  const took = performance.now() - started;
  expect(took, `took ${Math.round(took)} ms`).toBeLessThan(limitMs);
  return result;
}

/** A run-on line of `size` characters repeating `unit`, as the fuzzer's huge paragraphs are. */
const line = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe('crashes', () => {
  // parse5 throws "Invalid code point" on a low surrogate followed by another; the library
  // API takes any string, and a JSON-LD "\udc00" escape makes one too.
  it.each([
    ['two low surrogates', '\udfff\udcfa'],
    ['two low surrogates in a paragraph', '<p>a\udc00\udc00 b</p>'],
    ['a lone high surrogate before a low pair', '<p>\ud800\udc00\udc00</p>'],
    ['in a JSON-LD headline with an entity', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"&amp; \\udc00\\udc00","articleBody":"<p>\\udc00\\udc00 body text that is long enough to be the story of the page, and then some more words to pass the bar.</p>"}</script><p>x</p>'],
  ])('HTML with %s', (_name, text) => {
    expect(() => checkInput(api, { text }, { formats: ['html'] })).not.toThrow();
  });

  it('a block of 150,000 lines (Math.max(...widths) overflowed the stack)', () => {
    const [article] = within(30_000, () => articlesFromText('a.\n'.repeat(150_000), { format: 'txt' }));
    expect(article!.paragraphs.length).toBeGreaterThan(100_000);
  }, 60_000);

  it('a paragraph with 150,000 quotes (spans.push(...found) overflowed the stack)', () => {
    const text = '“a” '.repeat(150_000);
    const spans = within(30_000, () => findQuoteSpans(text, [{ start: 0, end: text.length, kind: 'body' }]));
    expect(spans).toHaveLength(150_000);
  }, 60_000);
});

describe('hangs', () => {
  it('a 40 KB HTML paragraph of "Dr. Chen …!" (hung over 120 s: a stretch of 8,000 capitalised words was tried as an acronym at every length from every word)', () => {
    const text = `<html><body><article><p>${line('Dr. Chen …!', 40_000)}</p></article></body></html>`;
    within(30_000, () => checkInput(api, { text }, { formats: ['html', 'txt'] }));
  }, 120_000);

  it('three 200 KB run-on claims of different outlets that differ throughout (50 s: jsdiff aligned the member diffs word by word)', () => {
    const unit = '\udfff \udbff.b\u202b Jane Roe No. a.m. i.e. @user Zürich Jan. 9 content 42% Inc. vs. שלום giant…';
    within(40_000, () => checkInput(api, { text: `<html><body><article><p>${line(unit, 200_000)}</p></article></body></html>` }, { formats: ['txt', 'md', 'html'] }));
  }, 180_000);

  it('a 52 KB Markdown paragraph of partial quotes with a cue every few words (every cue tokenized 1,000 characters at the start of the paragraph again: the fuzz input of this shape took 9 s, now 3 s)', () => {
    const text = `---\noutlet: Huge\n---\n# Huge\n\n${line('said  「 „rock ’n’ roll servers over e.g. controversial #tag - violence!“ Москва!」 tweeted Parler, ‚lawsuit violence No. ', 52_000)}`;
    const articles = articlesFromText(text, { format: 'md' });
    const quotes = within(15_000, () => extractQuotes(articles));
    expect(quotes.length).toBeGreaterThan(100);
  }, 120_000);

  it('a 1 MB sentence naming an organisation every 70 characters (28 s: each name read the whole sentence before it for an appositive)', () => {
    const text = `Huge\n\n${line('Google LLC reportedly (AP) lawsuit 3.5 😀 critics, the platform, e.g. 😀.', 1_000_000)}`;
    const articles = articlesFromText(text, { format: 'txt' });
    const framing = within(20_000, () => measureFraming(articles, extractQuotes(articles), []));
    expect(framing.actors.length).toBeGreaterThan(0);
  }, 120_000);

  it('a 75 KB run-on sentence with a name every few words (27 s: every name and cue tokenized the sentence up to itself)', () => {
    const text = line("巺ꂏ 「… may ﬁne مرحبا Zürich lawsuit 2021 a it's was.」 Ana María López told reporters?  \ude2e  ا ‘ 鯪 𘕵a  퉅‚\u200c٣̵", 75_000);
    within(30_000, () => checkInput(api, { text }, { formats: ['txt', 'md'] }));
  }, 120_000);

  it('a 50 KB paragraph of quotes with cues (53 s: each quote read the whole sentence before and paragraph after it)', () => {
    const text = `<html><body><article><p>${line('„$2 million »was content (AP) $2 million not so-called may St. the,’« i.e..“ It noted. 𪫰𡄬󉡓󰟖', 50_000)}</p></article></body></html>`;
    within(30_000, () => checkInput(api, { text }, { formats: ['txt', 'html'] }));
  }, 120_000);

  it('runs of opening marks and straight apostrophes (each mark searched a stack, or the rest of the paragraph, as long as the paragraph)', () => {
    for (const unit of ['“a ', "'a ", "'a' b "]) {
      within(10_000, () => extractQuotes(articlesFromText(line(unit, 200_000), { format: 'txt' })));
    }
  }, 60_000);

  it('a 1 MB sentence full of reporting verbs (275 s: each verb counted the words of the whole sentence)', () => {
    within(30_000, () => extractQuotes(articlesFromText(line('the platform and its servers, some critics say over a ban on content, allegedly so-called giant 1,000 was not ', 1_000_000), { format: 'txt' })));
  }, 60_000);

  it('200,000 one-letter lines (90 s: each line tested and extended the whole paragraph so far)', () => {
    for (const format of ['txt', 'md'] as const) within(10_000, () => articlesFromText('a\n'.repeat(200_000), { format }));
  }, 60_000);

  it('20,000 paragraphs with no quote marks (each paragraph searched the rest of the text for the next mark)', () => {
    within(10_000, () => extractQuotes(articlesFromText('Parler sued Amazon on Monday.\n\n'.repeat(20_000), { format: 'txt' })));
  }, 60_000);

  it('two 4,000-word versions of a quote that differ throughout (6 s for one pair in Myers’ diff)', () => {
    const rnd = (n: number, seed: number) => {
      let x = seed;
      return Array.from({ length: n }, () => `w${(x = (x * 1_103_515_245 + 12_345) % 2_147_483_648) % 50}`).join(' ');
    };
    const a = words(rnd(4000, 1), 0);
    const b = words(rnd(4000, 2), 0);
    const aligned = within(2_000, () => alignWords(a, b));
    // Still a diff of the two: every word of each is accounted for once.
    expect(aligned.filter((x) => x.op !== 'added').reduce((n, x) => n + x.count, 0)).toBe(a.length);
    expect(aligned.filter((x) => x.op !== 'removed').reduce((n, x) => n + x.count, 0)).toBe(b.length);
  });

  it('a 17 KB HTML page read in every format and compared (10 s: a 54-member cluster of 700-word quotes)', () => {
    const body = line('“Amazon Some Jan. 9 – May Content Ban i.e. rock ’n’ roll vs. was ’90s.” alleged Gov. Newsom, ‹@user it’s fine…› Parler ban a violence. ', 4_000);
    const text = `<!DOCTYPE html><html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'She — Zürich', articleBody: body.repeat(4) })}</script></head><body><article><p>${body}</p></article></body></html>`;
    within(30_000, () => checkInput(api, { text }, { formats: FORMATS }));
  }, 60_000);
  it('a 107 KB JSON body of partial quotes after a cue that names nobody, read in every format and compared (8–11 s in compareCoverage: the cluster text, one 100 KB quote with 4,000 members, was joined and hashed again for each member; 3–5 s in extractQuotes: each quote scanned the 2,000 characters before it for its last word)', () => {
    const unit = '‚,’‘ the Justice Department reads,’ ꒛ 싶嵰\ue289䜌ਧ嵗   »مرحبا!« insisted Apple Inc., "the ’90s so-called giant?"';
    const text = JSON.stringify({ title: 'Huge', body: `Huge story\n\n${line(unit, 107_000)}` });
    const articles = FORMATS.flatMap((format) => articlesFromText(text, { format, file: `${format}-input.${format}` }));
    const quotes = within(15_000, () => extractQuotes(articles));
    expect(quotes.length).toBeGreaterThan(1000);
    within(6_000, () => compareCoverage(articles, { quotes }));
  }, 120_000);
});

describe('deep HTML', () => {
  it.each([3_500, 200_000])('%i nested <div>s around one paragraph: read as text with a warning (10,000 took 20 s and 200,000 many minutes: parse5 and domutils are quadratic in the depth)', (depth) => {
    const text = `<html><body>${'<div>'.repeat(depth)}<p>Parler sued Amazon on Monday, the company said in a statement to reporters.</p>${'</div>'.repeat(depth)}</body></html>`;
    const [article] = within(10_000, () => articlesFromText(text, { format: 'html' }));
    expect(article!.text).toBe('Parler sued Amazon on Monday, the company said in a statement to reporters.');
    expect(article!.diagnostics.map((d) => [d.code, d.severity])).toEqual([['html-too-deep', 'warning']]);
  }, 60_000);

  it('a page nested a little less deep is still read as a page, with its metadata', () => {
    const text = `<html><head><title>Deep | Site</title></head><body>${'<div>'.repeat(2_000)}<p>Parler sued Amazon on Monday, the company said in a statement to reporters.</p>${'</div>'.repeat(2_000)}</body></html>`;
    const [article] = within(10_000, () => articlesFromText(text, { format: 'html' }));
    expect(article!.title).toBe('Deep | Site');
    expect(article!.diagnostics).toEqual([]);
  }, 60_000);
});

describe('noise on stderr', () => {
  // The 100,000-input run of seed 20261128 printed yaml's "Unresolved tag" warnings (through
  // process.emitWarning, so on stderr in the CLI) for broken front matter whose lines are
  // read one by one: only the whole-block parse had its warnings switched off.
  it('broken front matter with an unknown tag on a line read on its own gives a diagnostic and no process warning', async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    try {
      const [article] = articlesFromText('---\ntitle: [broken\nsection: !said x\noutlet: Daily Planet\n---\n# T\n\nBody text here.', { format: 'md' });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(article!.outlet).toBe('Daily Planet');
      expect(article!.diagnostics.map((d) => d.code)).toEqual(['bad-front-matter']);
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });
});
