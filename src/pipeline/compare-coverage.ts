import type { Article, Quote } from '../model/types.js';
import type { Claim, Cluster, Comparison } from '../model/comparison.js';
import { extractQuotes } from '../analyze/quotes/extract-quotes.js';
import { assignSources } from '../analyze/quotes/assign-sources.js';
import { findClaims } from '../analyze/claims/find-claims.js';
import { clusterClaims, type ClaimClusterOptions } from '../align/claims/cluster-claims.js';
import { findActorReferences } from '../align/claims/find-actor-references.js';
import { clusterQuotes } from '../align/quotes/cluster-quotes.js';
import { findActorPass } from '../analyze/actors/actor-pass.js';
import { measureFraming } from '../compare/measure-framing.js';
import { framingOptions } from '../analyze/actors/options.js';

export interface CompareOptions {
  /** Quotes already extracted for these articles (with sources); extracted when not given. */
  quotes?: Quote[];
  /** How claims are matched across outlets (thresholds, weights); defaults in cluster-claims.ts. */
  claims?: ClaimClusterOptions;
}

/**
 * Lines the outlets up: extracts quotes and claims, clusters the same quotes and the
 * same claims across outlets, and measures how each outlet framed the event. Pure and
 * deterministic; every member and measure points into its article's text.
 *
 * @example
 * const { articles } = await readArticles(['corpus/parler-v-aws']);
 * const comparison = compareCoverage(articles);
 * comparison.clusters.filter((c) => c.type === 'quote' && c.outlets.length > 1);
 */
export function compareCoverage(articles: readonly Article[], options: CompareOptions = {}): Comparison {
  const list = [...articles];
  const quotes = options.quotes ?? assignSources(list.flatMap((a) => extractQuotes(a)), list);
  const byArticle = new Map<string, Quote[]>();
  for (const q of quotes) {
    const l = byArticle.get(q.article) ?? [];
    l.push(q);
    byArticle.set(q.article, l);
  }
  const claims: Claim[] = list.flatMap((a) => findClaims(a, byArticle.get(a.id) ?? []));
  const quoteClusters = clusterQuotes(quotes, list);
  // The run's actors are found once: claim matching reads their labels, framing the rest.
  const actorPass = findActorPass(list, quotes, framingOptions());
  const claimClusters = clusterClaims(claims, list, { quotes, ...options.claims, references: findActorReferences(list, quotes, actorPass) });
  const clusters: Cluster[] = [...quoteClusters, ...claimClusters];
  return { articles: list, quotes, claims, clusters, framing: measureFraming(list, quotes, clusters, {}, actorPass) };
}
