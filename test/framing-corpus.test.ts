import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignSources } from '../src/analyze/quotes/assign-sources.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { measureFraming } from '../src/compare/measure-framing.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Framing } from '../src/model/comparison.js';
import type { Article, Quote } from '../src/model/types.js';

const CORPUS = fileURLToPath(new URL('../corpus/parler-v-aws', import.meta.url));

let articles: Article[];
let quotes: Quote[];
let framing: Framing;
let texts: Map<string, string>;

beforeAll(async () => {
  ({ articles } = await readArticles([CORPUS]));
  quotes = assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
  framing = measureFraming(articles, quotes, []);
  texts = new Map(articles.map((a) => [a.id, a.text]));
});

describe('framing of corpus/parler-v-aws', () => {
  it('finds Parler, Amazon (with AWS) and Twitter as the main actors', () => {
    const names = framing.actors!.map((a) => a.name);
    expect(names.slice(0, 3).sort()).toEqual(['Amazon', 'Parler', 'Twitter']);
    expect(framing.actors!.find((a) => a.name === 'Amazon')!.aliases).toEqual(expect.arrayContaining(['AWS', 'Amazon Web Services']));
  });

  it('finds how the outlets describe Parler and Amazon', () => {
    const found = framing.descriptors.map((d) => [d.actor, d.text]);
    expect(found).toEqual(expect.arrayContaining([
      ['Parler', 'the hottest new social media platform'],
      ['Parler', 'the controversial social network'],
      ['Parler', 'the free speech platform'],
      ['Amazon', 'the tech titan'],
    ]));
    const byText = new Map(framing.descriptors.map((d) => [d.text, d]));
    expect(byText.get('the hottest new social media platform')).toMatchObject({ outlet: 'filed-a-lawsuit', kind: 'appositive', inQuote: false });
    expect(byText.get('the controversial social network')).toMatchObject({ outlet: 'forced-offline', kind: 'label' });
    expect(byText.get('the tech titan')).toMatchObject({ outlet: 'forced-offline', kind: 'label' });
    expect(byText.get('the free speech platform')).toMatchObject({ outlet: 'millions-of-tweets', kind: 'label' });
  });

  it('never takes a label from inside quote marks', () => {
    expect(framing.descriptors.filter((d) => d.kind === 'label' && d.inQuote)).toEqual([]);
  });

  it('points every descriptor and word use at its article text', () => {
    expect(framing.descriptors.length).toBeGreaterThan(5);
    for (const d of framing.descriptors) expect(texts.get(d.article)!.slice(d.start, d.end)).toBe(d.text);
    expect(framing.wordUses.length).toBeGreaterThan(10);
    for (const w of framing.wordUses) {
      expect(texts.get(w.article)!.slice(w.start, w.end)).toBe(w.word);
      expect(w.context).toContain(w.word);
    }
  });

  it('shows an outlet saying Parler "claims"', () => {
    const claims = framing.reportingVerbs.filter((r) => r.source === 'Parler' && r.cue === 'claims');
    expect(claims.length).toBeGreaterThan(0);
    expect(claims[0]!.count).toBeGreaterThan(0);
    for (const id of claims[0]!.examples) expect(quotes.find((q) => q.id === id)?.source).toBe('Parler');
  });

  it('finds the distancing, loaded words and scare quotes outlets use', () => {
    const uses = framing.wordUses.map((w) => [w.outlet, w.kind, w.word.toLowerCase()]);
    expect(uses).toEqual(expect.arrayContaining([
      ['political-resentment', 'distancing', 'reportedly'],
      ['forced-offline', 'loaded', 'baseless'],
      ['millions-of-tweets', 'loaded', 'censorship'],
      ['millions-of-tweets', 'loaded', 'hypocrisy'],
      ['filed-a-lawsuit', 'scare-quote', 'egregious content'],
    ]));
    // "apparently" in the lawsuit's words is quoted by four outlets; only the opinion piece uses it itself.
    expect(framing.wordUses.filter((w) => w.word === 'apparently').map((w) => w.outlet)).toEqual(['millions-of-tweets']);
  });

  it('measures each outlet’s voices, shares adding up to one', () => {
    for (const o of framing.outlets) {
      const rows = framing.voice.filter((v) => v.outlet === o.outlet);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.reduce((n, v) => n + v.share, 0)).toBeCloseTo(1, 2);
      expect(rows.map((v) => v.words)).toEqual([...rows.map((v) => v.words)].sort((a, b) => b - a));
    }
  });

  it('summarises the five outlets in manifest order', () => {
    expect(framing.outlets.map((o) => o.outlet)).toEqual(['filed-a-lawsuit', 'forced-offline', 'political-resentment', 'capitol-riot', 'millions-of-tweets']);
    expect(framing.outlets.every((o) => o.words > 300 && o.claims === 0)).toBe(true);
  });

  it('is deterministic', () => {
    const again = measureFraming([...articles].reverse().reverse(), [...quotes].reverse(), []);
    expect(JSON.stringify(again)).toBe(JSON.stringify(framing));
  });
});
