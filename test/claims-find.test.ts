import { beforeAll, describe, expect, it } from 'vitest';
import { findClaims } from '../src/analyze/claims/find-claims.js';
import { maskQuoted, quotedShare } from '../src/analyze/claims/mask-quoted.js';
import { assignSources } from '../src/analyze/quotes/assign-sources.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Claim } from '../src/model/comparison.js';
import type { Article, Quote } from '../src/model/types.js';

let articles: Article[];
let quotes: Quote[];
let claims: Claim[];

beforeAll(async () => {
  ({ articles } = await readArticles(['fixtures/claims/e-bike-recall']));
  quotes = assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
  claims = articles.flatMap((a) => findClaims(a, quotes));
});

const of = (outlet: string) => claims.filter((c) => c.outlet === outlet);
const find = (start: string) => claims.find((c) => c.text.startsWith(start));

describe('findClaims', () => {
  it('points every claim into its article text, numbered in text order', () => {
    for (const a of articles) {
      const own = claims.filter((c) => c.article === a.id);
      own.forEach((c, n) => {
        expect(c.id).toBe(`${a.id}#c${n + 1}`);
        expect(c.text).toBe(a.text.slice(c.start, c.end));
        expect(c.outlet).toBe(a.outlet);
        expect(c.features.length).toBeGreaterThan(0);
      });
      expect(own.map((c) => c.start)).toEqual([...own.map((c) => c.start)].sort((x, y) => x - y));
    }
  });

  it('turns every reported statement into an attributed claim with its speaker and cue', () => {
    const indirect = quotes.filter((q) => q.kind === 'indirect');
    expect(indirect.length).toBeGreaterThan(0);
    for (const q of indirect) {
      const c = claims.find((x) => x.article === q.article && x.start === q.start && x.end === q.end);
      expect(c, q.text).toBeDefined();
      expect(c!.kind).toBe('indirect');
      expect(c!.speaker).toBe(q.speaker);
      expect(c!.cue).toBe(q.cue);
      expect(c!.features[0]).toBe('attributed');
    }
    expect(find('The company has logged 12 fires')!.features).toEqual(['attributed', 'number', 'date']);
  });

  it('lists why an own-voice sentence is checkable', () => {
    const rows: Array<[string, string[]]> = [
      ['Brightline recalled 14,000 Volt e-bikes on Tuesday', ['number', 'date', 'actor']],
      ['Velora declined to comment.', ['actor']],
      ['The recall is a severe blow for a fledgling brand.', ['evaluation']],
      ['The company reported 40 injuries in March.', ['number', 'date']],
      ['Brightline shares fell 8% in early trading.', ['number']],
    ];
    for (const [start, features] of rows) {
      const c = find(start);
      expect(c, start).toBeDefined();
      expect(c!.kind).toBe('statement');
      expect(c!.features).toEqual(features);
      expect(c!.speaker).toBeNull();
    }
  });

  it('reads features with quoted words blanked: a number inside quote marks is not the outlet’s', () => {
    const c = find('Reyes later called the deadline');
    expect(c).toBeDefined();
    expect(c!.features).toEqual(['actor']);
  });

  it('skips headlines, sentences mostly inside quote marks and sentences a reported statement stands for', () => {
    expect(find('Brightline recalls e-bikes')).toBeUndefined(); // headline
    expect(claims.some((c) => c.text.includes('We take every report seriously'))).toBe(false);
    // "…, according to a filing with federal regulators." is the indirect claim, not a second statement.
    expect(claims.filter((c) => c.text.includes('12 fires'))).toHaveLength(1);
  });

  it('finds nothing to claim in an article of quotes only', () => {
    const a = articles.find((x) => x.outlet === 'daily-ledger')!;
    const quoteOnly: Article = { ...a, id: 'quote-only', paragraphs: a.paragraphs.filter((p) => a.text.slice(p.start, p.end).startsWith('“')), sentences: a.sentences.filter((s) => a.text.slice(s.start, s.end).startsWith('“')) };
    const marked = quotes.filter((q) => q.article === a.id && q.kind !== 'indirect').map((q) => ({ ...q, article: 'quote-only' }));
    expect(findClaims(quoteOnly, marked)).toEqual([]);
  });

  it('is pure: the same article and quotes give the same claims', () => {
    const a = articles[0]!;
    const before = JSON.stringify(a);
    expect(findClaims(a, quotes)).toEqual(findClaims(a, quotes));
    expect(JSON.stringify(a)).toBe(before);
  });

  it('has claims in every outlet of the fixture', () => {
    expect(of('daily-ledger').length).toBeGreaterThan(3);
    expect(of('harbor-times').length).toBeGreaterThan(2);
    expect(of('metro-wire').length).toBeGreaterThan(1);
  });
});

describe('maskQuoted', () => {
  it('blanks the quoted words and their marks, keeping offsets', () => {
    const text = 'He called it “a thirty-day notice” today.';
    const start = text.indexOf('a thirty');
    const q = { kind: 'partial', start, end: start + 'a thirty-day notice'.length } as Quote;
    const masked = maskQuoted(text, [q]);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(text.replace('“a thirty-day notice”', ' '.repeat(21)));
    // 19 of the 35 non-space characters: "a", "thirty-day", "notice" and the two marks.
    expect(quotedShare(text, masked, 0, text.length)).toBeCloseTo(19 / 35, 5);
  });

  it('leaves reported statements alone', () => {
    const text = 'Amazon said the suit has no merit.';
    const q = { kind: 'indirect', start: 12, end: 33 } as Quote;
    expect(maskQuoted(text, [q])).toBe(text);
  });
});

describe('findClaims: a clause with its own finite verb is a claim without a number, date, name or evaluation', () => {
  /** A one-paragraph body article of one sentence. */
  const one = (text: string): Article => ({
    id: 'x', file: 'x.txt', index: 0, outlet: 'x', outletRule: 'file-name', title: null, author: null, date: null, url: null, isOpinion: false,
    text, paragraphs: [{ start: 0, end: text.length, kind: 'body' }], sentences: [{ start: 0, end: text.length, paragraph: 0 }] as Article['sentences'], meta: {}, removed: [], diagnostics: [],
  });
  const rows: Array<[string, string[], string[]]> = [
    // sentence, expected claim texts, expected features of the first
    ['The complaint does not contain statistics to back the charge.', ['The complaint does not contain statistics to back the charge.'], ['predicate']],
    ['She joked ruefully about moving to the coast.', ['She joked ruefully about moving to the coast.'], ['predicate']],
    // No verb of its own: a fragment stays out.
    ['A long and costly fight over the harbour fees.', [], []],
  ];
  it.each(rows)('%s', (text, expected, features) => {
    const found = findClaims(one(text), []);
    expect(found.map((c) => c.text.replace(/\.$/u, ''))).toEqual(expected.map((e) => e.replace(/\.$/u, '')));
    if (found.length > 0) expect(found[0]!.features).toEqual(features);
  });

  it('does not make the cue of a quote the outlet’s predicate', () => {
    const text = '“We will fight this in every court,” said Nora Quill.';
    const a = one(text);
    const q = assignSources(extractQuotes(a), [a]);
    expect(findClaims(a, q).some((c) => c.features.includes('predicate'))).toBe(false);
  });
});
