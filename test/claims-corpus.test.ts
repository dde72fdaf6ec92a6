import { beforeAll, describe, expect, it } from 'vitest';
import { findClaims } from '../src/analyze/claims/find-claims.js';
import { assignSources } from '../src/analyze/quotes/assign-sources.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { claimTokens, findNames } from '../src/align/claims/claim-tokens.js';
import { clusterClaims } from '../src/align/claims/cluster-claims.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Claim, Cluster } from '../src/model/comparison.js';
import type { Article, Quote } from '../src/model/types.js';

let articles: Article[];
let quotes: Quote[];
let claims: Claim[];
let clusters: Cluster[];

beforeAll(async () => {
  ({ articles } = await readArticles(['corpus/parler-v-aws']));
  quotes = assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
  claims = articles.flatMap((a) => findClaims(a, quotes));
  clusters = clusterClaims(claims, articles);
});

const clusterOf = (words: string) => clusters.find((c) => c.members.some((m) => m.text.includes(words)));

/** A quoted sentence taken as if it were a claim of its outlet, to see whom it would join. */
function quotedAsClaim(words: string): Claim {
  const article = articles.find((a) => a.text.includes(words))!;
  const at = article.text.indexOf(words);
  const sentence = article.sentences.find((s) => s.start <= at && at < s.end)!;
  const end = article.text.slice(0, sentence.end).replace(/[”"]+$/, '').length;
  return {
    id: `${article.id}#c999`, article: article.id, file: article.file, outlet: article.outlet, kind: 'indirect', text: article.text.slice(at, end),
    speaker: null, source: null, cue: null, paragraph: sentence.paragraph, sentence: 0, start: at, end, features: ['attributed', 'number'],
  };
}

describe('claims on the bundled corpus', () => {
  it('points every claim and every cluster member into its article text', () => {
    expect(claims.length).toBeGreaterThan(30);
    for (const c of clusters) {
      for (const m of c.members) {
        const article = articles.find((a) => a.id === m.article)!;
        expect(m.text).toBe(article.text.slice(m.start, m.end));
      }
    }
    expect(clusters.flatMap((c) => c.members).length).toBe(claims.length);
  });

  it('has "Twitter declined to comment" as one outlet’s exclusive', () => {
    const c = clusterOf('Twitter declined to comment')!;
    expect(c.members.map((m) => m.text)).toEqual(['Twitter declined to comment.']);
    expect(c.outlets).toEqual(['forced-offline']);
    expect(c.missing).toEqual(['filed-a-lawsuit', 'political-resentment', 'capitol-riot', 'millions-of-tweets']);
  });

  it('reads the letter’s "98 examples … of posts" as a claim, and would join the outlet that quotes it', () => {
    const letter = claims.find((c) => c.text.includes('98 examples'))!;
    expect(letter.outlet).toBe('political-resentment');
    expect(letter.features).toContain('number');
    // The capitol-riot outlet has the same words inside quote marks: a quote, so not a claim.
    const quoted = quotes.find((q) => q.text.includes('98 examples of posts'))!;
    expect(quoted.outlet).toBe('capitol-riot');
    expect(quoted.kind).toBe('direct');
    expect(claims.some((c) => c.outlet === 'capitol-riot' && c.text.includes('98'))).toBe(false);
    // Taken as a claim, it is the same fact.
    const withQuote = clusterClaims([...claims, quotedAsClaim('We had informed Parler in the past of 98 examples')], articles);
    const c = withQuote.find((x) => x.members.some((m) => m.text.includes('98 examples')))!;
    expect(c.outlets).toEqual(['political-resentment', 'capitol-riot']);
  });

  it('normalises "thirty-day notice" and "notice of termination of 30 days" so they can match', () => {
    const notice = claims.find((c) => c.text.includes('notice of termination of 30 days'))!;
    const quoted = quotedAsClaim('AWS is also breaching its contract');
    const names = findNames([notice.text, quoted.text]);
    const keys = (text: string) => new Set(claimTokens(text, names).map((t) => t.key));
    for (const key of ['30', '30 day', 'notic']) {
      expect(keys(notice.text).has(key), key).toBe(true);
      expect(keys(quoted.text).has(key), key).toBe(true);
    }
    // The breach is the clause before: "Amazon has also breached the contract with Parler | by not providing it the notice …".
    const breach = claims.find((c) => c.text === 'Amazon has also breached the contract with Parler')!;
    for (const key of ['@breach', 'contract']) {
      expect(keys(breach.text).has(key), key).toBe(true);
      expect(keys(quoted.text).has(key), key).toBe(true);
    }
    // One claim of an article joins at most one of another's: the quoted sentence states the
    // breach and the notice at once, and joins its best match, the breach clause.
    const withQuote = clusterClaims([...claims, quoted], articles);
    expect(withQuote.find((c) => c.members.some((m) => m.id === quoted.id))!.members.map((m) => m.text)).toEqual([breach.text, quoted.text]);
  });

  it('keeps claims that merely share the lawsuit’s words apart', () => {
    expect(clusterOf('the lawsuit filed by Parler has no merit')!.members).toHaveLength(1);
    // political-resentment is in the suit's cluster with its own telling, not with Amazon's answer to the suit.
    expect(clusterOf('has filed a lawsuit against Amazon on Monday')!.members.filter((m) => m.outlet === 'political-resentment').map((m) => m.text)).toEqual(['has reportedly sued Amazon on Monday']);
  });

  it('aligns the same fact told in other words across outlets', () => {
    const plug = clusterOf('pulled the plug on Parler to save Twitter')!;
    expect(plug.outlets).toEqual(['forced-offline', 'millions-of-tweets']);
    expect(plug.members.map((m) => m.kind)).toEqual(['indirect', 'indirect']);
  });

  it('never puts two claims of one article in one cluster here (no near-repeats in this corpus)', () => {
    for (const c of clusters) expect(new Set(c.members.map((m) => m.article)).size).toBe(c.members.length);
  });

  it('gives byte-identical output for the same input in any order', () => {
    const again = clusterClaims([...claims].reverse(), articles);
    expect(JSON.stringify(again)).toBe(JSON.stringify(clusters));
  });
});
