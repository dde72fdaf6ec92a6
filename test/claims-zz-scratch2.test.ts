import { it } from 'vitest';
import { readArticles } from '../src/ingest/read-articles.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { assignSources } from '../src/analyze/quotes/assign-sources.js';
import { findClaims } from '../src/analyze/claims/find-claims.js';
import { claimTokens, findNames } from '../src/align/claims/claim-tokens.js';
import { documentFrequencies, weighTokens, similarity } from '../src/align/claims/weigh-tokens.js';
const TRUE = [['000','c3','002','c2'],['000','c3','003','c7'],['002','c2','003','c7'],['001','c6','004','c3'],['000','c7','003','c9'],['000','c7','003','c14'],['000','c1','001','c1'],['001','c1','004','c2'],['000','c1','004','c2'],['002','c1','004','c2'],['000','c2','001','c3'],['002','c9','003','c2'],['001','c9','003','c11'],['000','c5','001','c3'], ['000','c5','001','c1']];
it('scratch', async () => {
  const { articles } = await readArticles(['corpus/parler-v-aws']);
  const quotes = assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
  const claims = articles.flatMap((a) => findClaims(a, quotes));
  const key = (c: { id: string }) => c.id.slice(0, 3) + ' ' + c.id.split('#')[1];
  const isTrue = (a: string, b: string) => TRUE.some((t) => (t[0] + ' ' + t[1] === a && t[2] + ' ' + t[3] === b) || (t[0] + ' ' + t[1] === b && t[2] + ' ' + t[3] === a));
  for (const [nb, mb] of [[1, 2], [1.5, 2], [2, 2], [1.5, 1]]) {
    const names = findNames(claims.map((c) => c.text), articles.map((a) => a.text));
    const toks = claims.map((c) => claimTokens(c.text, names));
    const df = documentFrequencies(toks);
    const v = toks.map((t) => weighTokens(t, df, toks.length, { nameBoost: nb!, numberBoost: mb! }));
    const rows: [number, boolean, string][] = [];
    for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) if (claims[i]!.article !== claims[j]!.article) rows.push([similarity(v[i]!, v[j]!), isTrue(key(claims[i]!), key(claims[j]!)), key(claims[i]!) + ' ~ ' + key(claims[j]!)]);
    rows.sort((a, b) => b[0] - a[0]);
    if (nb === 2) for (const r of rows.slice(0, 12)) console.log('ROW', r[0].toFixed(3), r[1], r[2], claims.find((c) => key(c) === r[2].split(' ~ ')[0])!.text.slice(0, 70), ' || ', claims.find((c) => key(c) === r[2].split(' ~ ')[1])!.text.slice(0, 70));
    console.log('MODE', nb, mb, rows.slice(0, 16).map((r) => `${r[0].toFixed(3)}${r[1] ? 'T' : 'f'}`).join(' '));
  }
});
