import type { Cluster } from '../../model/comparison.js';
import { wordTokens } from '../word-tokens.js';
import type { MemberMap } from './map-members.js';
import type { AlteredQuoteResult, ClusterChecks, GoldCluster, ParaphraseResult } from './types.js';

type Outlet = (file: string) => string;

/**
 * Whether a predicted cluster flags the altered quote: a `words-only-here` flag for the
 * outlet that altered it, naming one of the added words (“which violated federal
 * antitrust laws” → `violated`, `antitrust`).
 *
 * @example checkAlteredQuote(clusters, { file: '003_….txt', words: ['violated', 'antitrust'] }, outletOf).flagged
 */
export function checkAlteredQuote(predicted: readonly Cluster[], check: NonNullable<ClusterChecks['alteredQuote']>, outletOf: Outlet): AlteredQuoteResult {
  const outlet = outletOf(check.file);
  const wanted = new Set(check.words.flatMap((w) => wordTokens(w)));
  for (const cluster of predicted) {
    for (const flag of cluster.flags) {
      if (flag.type !== 'words-only-here' || flag.outlet !== outlet) continue;
      if (wordTokens(flag.words.join(' ')).some((t) => wanted.has(t))) return { flagged: true, cluster: cluster.id, words: flag.words };
    }
  }
  return { flagged: false, cluster: null, words: [] };
}

/**
 * Whether the unquoted paraphrase shares a predicted cluster with another outlet's
 * quoted version: for each named gold cluster, a predicted cluster holding a quoted
 * version from another file and either the paraphrase itself or an `unquoted` flag for
 * its outlet. Matched when any named gold cluster is.
 *
 * @example checkParaphrase(clusters, gold, map, { file: '002_….txt', clusters: ['aws-concerns-over-weeks'] }, outletOf).matched
 */
export function checkParaphrase(
  predicted: readonly Cluster[],
  gold: readonly GoldCluster[],
  map: MemberMap,
  check: NonNullable<ClusterChecks['unquotedParaphrase']>,
  outletOf: Outlet,
): ParaphraseResult {
  const outlet = outletOf(check.file);
  const clusters = check.clusters.map((id) => {
    const ci = gold.findIndex((g) => g.id === id);
    if (ci < 0) return { gold: id, matched: false, predicted: null, via: null };
    const members = gold[ci].members;
    const isParaphrase = (mi: number) => members[mi].file === check.file && members[mi].unquoted === true;
    const isQuoted = (mi: number) => outletOf(members[mi].file) !== outlet && members[mi].unquoted !== true;
    for (let pi = 0; pi < predicted.length; pi++) {
      const refs = map[pi].flat().filter((r) => r.cluster === ci);
      if (!refs.some((r) => isQuoted(r.member))) continue;
      if (refs.some((r) => isParaphrase(r.member))) return { gold: id, matched: true, predicted: predicted[pi].id, via: 'member' as const };
      if (predicted[pi].flags.some((f) => f.type === 'unquoted' && f.outlet === outlet)) return { gold: id, matched: true, predicted: predicted[pi].id, via: 'flag' as const };
    }
    return { gold: id, matched: false, predicted: null, via: null };
  });
  return { matched: clusters.some((c) => c.matched), clusters };
}
