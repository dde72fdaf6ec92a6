#!/usr/bin/env node
// Sorts the gold claim links of BASIL "fit" events (or the corpus gold) into why they were
// or were not found, to decide what to work on next:
//   npm run build && node scripts/why-claims-missed.js fixtures/gold-clusters/basil-2010-df5fe55a.json … [--list]
// Classes: found (a predicted claim cluster holds both ends); uncovered-one / uncovered-both
// (no extracted claim or quote matches the gold member's text); lost (the best-scoring pair
// of claims covering the two members scores at or above the link threshold but was not
// joined: mutual best or the one-claim-per-article rule took another); scored-below (best
// pair score in [0.2, threshold)), scored-low (in (0, 0.2)), scored-zero (a guard or fewer
// than two shared tokens). Held-out gold files are refused: their errors are not read.
// Member coverage is read on text alone (matchMemberText), so it is a little generous.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readArticles } from '../dist/ingest/read-articles.js';
import { extractQuotes } from '../dist/analyze/quotes/extract-quotes.js';
import { assignSources } from '../dist/analyze/quotes/assign-sources.js';
import { findClaims } from '../dist/analyze/claims/find-claims.js';
import { readClaims } from '../dist/align/claims/cluster-claims.js';
import { findActorReferences } from '../dist/align/claims/find-actor-references.js';
import { findActorPass } from '../dist/compare/actor-pass.js';
import { framingOptions } from '../dist/compare/options.js';
import { compareCoverage } from '../dist/compare/compare-coverage.js';
import { matchMemberText } from '../dist/eval/clusters/match-member-text.js';

const THRESHOLD = 0.33; // cluster-claims.ts DEFAULTS.threshold
const list = process.argv.includes('--list');
const files = process.argv.slice(2).filter((a) => a !== '--list');
const counts = {};
for (const file of files) {
  const gold = JSON.parse(readFileSync(file, 'utf8'));
  if (gold.split === 'heldout') {
    process.stderr.write(`${file}: a held-out event; its errors are not read. Give fit events or the corpus gold.\n`);
    continue;
  }
  const { articles } = await readArticles([path.resolve(gold.corpus ?? 'corpus/parler-v-aws')]);
  const quotes = assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
  const claims = articles.flatMap((a) => findClaims(a, quotes.filter((q) => q.article === a.id)));
  // The quotes clusterClaims lets join claims (cluster-claims.ts isQuotable / asClaim).
  const quoted = quotes
    .filter((q) => (q.kind === 'direct' || q.kind === 'partial') && (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 6)
    .map((q) => ({ ...q, kind: 'statement', features: ['quoted'] }));
  const references = findActorReferences(articles, quotes, findActorPass(articles, quotes, framingOptions()));
  const read = readClaims([...claims, ...quoted], articles, { references });
  const clusterOf = new Map();
  compareCoverage(articles, { quotes }).clusters.filter((c) => c.type === 'claim').forEach((c, n) => c.members.forEach((m) => clusterOf.set(`${m.file}:${m.start}`, n)));
  const inFile = (claimFile, goldFile) => claimFile === goldFile || claimFile.endsWith(`/${goldFile}`);
  const cover = (m) => read.sorted.flatMap((c, i) => (inFile(c.file, m.file) && matchMemberText(c.text, m.text) ? [i] : []));
  const clusterAt = (i) => clusterOf.get(`${read.sorted[i].file}:${read.sorted[i].start}`);
  for (const g of gold.clusters) {
    if (g.type !== 'claim' || g.uncertain) continue;
    const members = g.members.filter((m) => !m.uncertain);
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) {
      const [a, b] = [members[x], members[y]];
      if (a.file === b.file) continue;
      const [ca, cb] = [cover(a), cover(b)];
      let why;
      let best = -1;
      if (ca.length === 0 || cb.length === 0) why = ca.length === 0 && cb.length === 0 ? 'uncovered-both' : 'uncovered-one';
      else {
        for (const i of ca) for (const j of cb) best = Math.max(best, read.sim(i, j));
        const found = ca.some((i) => clusterAt(i) !== undefined && cb.some((j) => clusterAt(j) === clusterAt(i)));
        why = found ? 'found' : best >= THRESHOLD ? 'lost' : best >= 0.2 ? 'scored-below' : best > 0 ? 'scored-low' : 'scored-zero';
      }
      counts[why] = (counts[why] ?? 0) + 1;
      if (list && why !== 'found') process.stdout.write(`${why}\t${best.toFixed(2)}\t${g.id}\n`);
    }
  }
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
