import { it } from 'vitest';
import { readArticles } from '../src/ingest/read-articles.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { assignSources } from '../src/analyze/quotes/assign-sources.js';
import { findClaims } from '../src/analyze/claims/find-claims.js';
import { clusterClaims } from '../src/align/claims/cluster-claims.js';
it('scratch', async () => {
  const { articles, diagnostics } = await readArticles(['fixtures/claims/e-bike-recall']);
  console.log(diagnostics, articles.map((a) => [a.id, a.outlet, a.paragraphs.map((p) => p.kind)]));
  const quotes = assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
  for (const q of quotes) console.log('Q', q.kind, q.speaker, q.text);
  const claims = articles.flatMap((a) => findClaims(a, quotes));
  for (const c of claims) console.log('C', c.id, c.kind, c.features, c.text);
  for (const c of clusterClaims(claims, articles)) console.log('CL', c.id, JSON.stringify(c.outlets), JSON.stringify(c.members.map((m) => m.text)));
});
