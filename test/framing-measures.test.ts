import { describe, expect, it } from 'vitest';
import { assignSources } from '../src/analyze/quotes/assign-sources.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { measureFraming } from '../src/compare/measure-framing.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { readText } from '../src/ingest/read-text.js';
import type { Cluster, ClusterMember } from '../src/model/comparison.js';
import type { Article, Quote } from '../src/model/types.js';

function article(id: string, outlet: string, text: string, opinion = false): Article {
  return buildArticle({ ...readText(text, `${id}.txt`), outlet, isOpinion: opinion }, { id, stem: id });
}

const ledger = article(
  'a1',
  'ledger',
  'Parler sues Amazon\n\n“AWS is violating the law,” Parler claims in its filing. “It is also breaching the contract.”\n\nParler claims that it is being punished for its politics. Amazon said the lawsuit has no merit.\n\n“We respect Parler’s right to decide,” an Amazon spokesperson said.',
);
const courier = article('b1', 'courier', 'Parler takes Amazon to court\n\nParler contends that Amazon acted for political reasons, according to the complaint.\n\n“There is no merit to these claims,” Amazon said.', true);
const ledger2 = article('a0', 'ledger', 'Parler is offline\n\nParler went dark on Monday. Amazon said it had warned Parler.');
const herald = article('c1', 'herald', 'Parler offline\n\nParler went dark on Monday.');

function quotesOf(articles: Article[]): Quote[] {
  return assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
}

function member(id: string, outlet: string, kind: ClusterMember['kind'] = 'direct', cue: string | null = null): ClusterMember {
  const article = id.split('#')[0]!;
  return { id, article, file: `${article}.txt`, outlet, kind, text: 'x', speaker: null, source: null, cue, start: 0, end: 1, paragraph: 1, position: 0, diff: [] };
}

function cluster(id: string, type: Cluster['type'], outlets: string[], all: string[]): Cluster {
  const members = outlets.map((o, k) => member(`${o}-article#${type === 'quote' ? 'q' : 'c'}${k + 1}`, o, type === 'quote' ? 'direct' : 'statement'));
  return { id, type, text: `text of ${id}`, outlets, missing: all.filter((o) => !outlets.includes(o)), flags: [], members };
}

describe('outlets', () => {
  it('summarises each outlet in order of first appearance, articles by id', () => {
    const articles = [ledger, courier, ledger2];
    const { outlets } = measureFraming(articles, quotesOf(articles), []);
    expect(outlets.map((o) => o.outlet)).toEqual(['ledger', 'courier']);
    expect(outlets[0]).toMatchObject({ articles: ['a0', 'a1'], titles: ['Parler is offline', 'Parler sues Amazon'], quotes: 3, indirect: 3, claims: 0, isOpinion: false });
    expect(outlets[1]).toMatchObject({ articles: ['b1'], quotes: 1, indirect: 1, isOpinion: true });
    expect(outlets[1]!.words).toBe(26);
  });

  it('counts claims from claim clusters', () => {
    const claims: Cluster = { ...cluster('c1', 'claim', ['ledger', 'courier'], ['ledger', 'courier']) };
    claims.members.push(member('a1#c2', 'ledger', 'statement'));
    const { outlets } = measureFraming([ledger, courier], quotesOf([ledger, courier]), [claims]);
    expect(outlets.map((o) => o.claims)).toEqual([2, 1]);
  });
});

describe('reporting verbs', () => {
  it('counts uses of a verb per outlet and source, with the records that use it', () => {
    const { reportingVerbs } = measureFraming([ledger, courier], quotesOf([ledger, courier]), []);
    expect(reportingVerbs.map((r) => [r.outlet, r.source, r.cue, r.count])).toEqual([
      // The quote split around "Parler claims" is one use; "Parler claims that …" another.
      ['ledger', 'Parler', 'claims', 2],
      ['ledger', 'Amazon', 'said', 1],
      ['ledger', 'Amazon spokesperson', 'said', 1],
      ['courier', 'Amazon', 'said', 1],
      ['courier', 'lawsuit', 'according to', 1],
    ]);
    expect(reportingVerbs[0]).toMatchObject({ examples: ['a1#q1', 'a1#q2', 'a1#q3'], lemma: 'claim' });
  });

  it('does not count a claim twice when it repeats an indirect quote', () => {
    const quotes = quotesOf([ledger]);
    const indirect = quotes.find((q) => q.kind === 'indirect' && q.cue === 'claims')!;
    const claim: ClusterMember = { ...member('a1#c1', 'ledger', 'indirect', 'claims'), source: 'Parler', start: indirect.start, end: indirect.end, paragraph: indirect.paragraph };
    const claims: Cluster = { id: 'c1', type: 'claim', text: indirect.text, outlets: ['ledger'], missing: [], flags: [], members: [claim] };
    const row = measureFraming([ledger], quotes, [claims]).reportingVerbs.find((r) => r.cue === 'claims')!;
    expect(row.count).toBe(2);
    expect(row.examples).toContain('a1#c1');
  });
});

describe('voice', () => {
  it('measures who is heard, how much and from where', () => {
    const { voice } = measureFraming([ledger], quotesOf([ledger]), []);
    expect(voice.map((v) => [v.source, v.quotes, v.words, v.firstParagraph])).toEqual([
      ['Parler', 2, 18, 1],
      ['Amazon spokesperson', 1, 6, 3],
      ['Amazon', 0, 5, 2],
    ]);
    expect(voice.reduce((n, v) => n + v.share, 0)).toBeCloseTo(1, 2);
    expect(voice[1]).toMatchObject({ sourceOrg: 'Amazon', firstQuote: 'a1#q5' });
  });

  it('counts a partial quote inside an indirect statement once', () => {
    const a = article('d1', 'daily', 'Parler offline\n\nJohn Matze said the platform could be offline for “longer than expected” because of the ban.');
    const { voice } = measureFraming([a], quotesOf([a]), []);
    expect(voice).toHaveLength(1);
    expect(voice[0]).toMatchObject({ source: 'John Matze', quotes: 1, share: 1 });
    expect(voice[0]!.words).toBe(13); // the indirect statement's words, the quoted three among them
  });
});

describe('exclusives and omissions', () => {
  const all = ['ledger', 'courier', 'herald'];
  const articles = [ledger, courier, herald];
  const clusters = [
    cluster('q1', 'quote', ['ledger', 'courier', 'herald'], all),
    cluster('q2', 'quote', ['ledger', 'courier'], all),
    cluster('q10', 'quote', ['courier'], all),
    cluster('q3', 'quote', ['herald'], all),
    cluster('c1', 'claim', ['ledger', 'herald'], all),
  ];

  it('lists clusters only one outlet carries', () => {
    const { exclusives } = measureFraming(articles, quotesOf(articles), clusters);
    expect(exclusives.map((e) => [e.outlet, e.cluster, e.type])).toEqual([
      ['courier', 'q10', 'quote'],
      ['herald', 'q3', 'quote'],
    ]);
    expect(exclusives[0]).toMatchObject({ text: 'text of q10', members: ['courier-article#q1'] });
  });

  it('lists clusters at least half the outlets (and two) carry but this one does not', () => {
    const { omissions } = measureFraming(articles, quotesOf(articles), clusters);
    expect(omissions.map((o) => [o.outlet, o.cluster, o.carriedBy])).toEqual([
      ['courier', 'c1', 2],
      ['herald', 'q2', 2],
    ]);
  });

  it('needs two carriers even in a run of two outlets', () => {
    const two = [cluster('q1', 'quote', ['ledger'], ['ledger', 'courier'])];
    expect(measureFraming([ledger, courier], [], two).omissions).toEqual([]);
  });
});

describe('determinism', () => {
  it('gives the same output whatever the order of quotes, clusters and articles within an outlet', () => {
    const articles = [ledger, courier, ledger2, herald];
    const quotes = quotesOf(articles);
    const all = ['ledger', 'courier', 'herald'];
    const clusters = [cluster('q1', 'quote', ['ledger', 'courier'], all), cluster('q2', 'quote', ['herald'], all), cluster('c1', 'claim', ['ledger', 'herald'], all)];
    const a = measureFraming(articles, quotes, clusters);
    const b = measureFraming([ledger2, courier, ledger, herald], [...quotes].reverse(), [...clusters].reverse());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('does not mutate its input', () => {
    const articles = [ledger, courier];
    const quotes = quotesOf(articles);
    const before = JSON.stringify([articles, quotes]);
    measureFraming(articles, quotes, []);
    expect(JSON.stringify([articles, quotes])).toBe(before);
  });

  it('handles an empty run', () => {
    expect(measureFraming([], [], [])).toEqual({ outlets: [], descriptors: [], reportingVerbs: [], wordUses: [], voice: [], exclusives: [], omissions: [], actors: [] });
  });
});
