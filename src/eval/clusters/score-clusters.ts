import type { Cluster } from '../../model/comparison.js';
import { checkAlteredQuote, checkParaphrase } from './check-named-cases.js';
import { mapMembers } from './map-members.js';
import type { ClusterChecks, ClusterScore, GoldCluster, GoldRef, LinkEnd, LinkScore, MissedLink, TextPlace, WrongLink } from './types.js';

/** What the cluster scorer needs besides the clusters themselves. */
export interface ClusterScoreOptions {
  /** The outlet of each article file the gold names; a file not listed is its own outlet. */
  outlets?: Readonly<Record<string, string>>;
  /**
   * Where each gold member is in its article's text, by gold cluster then member. When
   * known, a predicted member must overlap it; an empty list means the text was not
   * found (reported as unlocated, matched on text alone).
   */
  places?: ReadonlyArray<ReadonlyArray<readonly TextPlace[] | null>>;
  checks?: ClusterChecks;
}

type Type = Cluster['type'];
type Verdict = { kind: 'correct'; type: Type } | { kind: 'uncounted' | 'wrong'; type: Type };

function emptyCounts() {
  return { gold: 0, found: 0, predicted: 0, correct: 0, wrong: 0, uncounted: 0 };
}

/** Precision, recall and F1 of link counts; a rate over nothing is null. */
export function rates(c: ReturnType<typeof emptyCounts>): LinkScore {
  const precision = c.correct + c.wrong === 0 ? null : c.correct / (c.correct + c.wrong);
  const recall = c.gold === 0 ? null : c.found / c.gold;
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/**
 * Scores predicted clusters against hand-made gold clusters as pairwise cross-outlet
 * links, quotes and claims apart. A gold link joins two members of one gold cluster
 * from different outlets; a predicted link joins two members of one predicted cluster
 * from different outlets, counted only when both members correspond to gold members
 * (so singletons the gold leaves out cost nothing). A predicted link is correct when
 * some pair of the gold members behind it shares a gold cluster, and wrong when they
 * only belong to different, unrelated gold clusters. Links on uncertain gold, or
 * between related clusters, are neither.
 *
 * @example scoreClusters(compareCoverage(articles).clusters, gold.clusters, { outlets, places, checks: gold.checks }).quote.f1
 */
export function scoreClusters(predicted: readonly Cluster[], gold: readonly GoldCluster[], options: ClusterScoreOptions = {}): ClusterScore {
  const outletOf = (file: string) => options.outlets?.[file] ?? file;
  const map = mapMembers(predicted, gold, options.places);
  const related = new Set<string>();
  const indexOf = new Map(gold.map((g, i) => [g.id, i]));
  gold.forEach((g, i) => {
    for (const id of g.related ?? []) {
      const j = indexOf.get(id);
      if (j !== undefined) related.add(`${i}|${j}`).add(`${j}|${i}`);
    }
  });
  const certain = (r: GoldRef) => !gold[r.cluster].uncertain && !gold[r.cluster].members[r.member].uncertain;
  const counts: Record<Type, ReturnType<typeof emptyCounts>> = { quote: emptyCounts(), claim: emptyCounts() };

  // Recall: every certain gold link, found when one predicted cluster holds both ends.
  const missedLinks: MissedLink[] = [];
  const holders = new Map<string, Array<{ cluster: number; member: number }>>();
  map.forEach((members, pi) => members.forEach((refs, mi) => {
    for (const r of refs) {
      const key = `${r.cluster}:${r.member}`;
      holders.set(key, [...(holders.get(key) ?? []), { cluster: pi, member: mi }]);
    }
  }));
  gold.forEach((g, ci) => {
    if (g.uncertain) return;
    g.members.forEach((a, ai) => g.members.forEach((b, bi) => {
      if (bi <= ai || a.uncertain || b.uncertain || outletOf(a.file) === outletOf(b.file)) return;
      counts[g.type].gold++;
      const left = holders.get(`${ci}:${ai}`) ?? [];
      const right = holders.get(`${ci}:${bi}`) ?? [];
      const found = left.some((l) => right.some((r) => r.cluster === l.cluster && r.member !== l.member
        && predicted[l.cluster].members[l.member].outlet !== predicted[r.cluster].members[r.member].outlet));
      if (found) counts[g.type].found++;
      else missedLinks.push({
        cluster: g.id, type: g.type,
        a: { file: a.file, outlet: outletOf(a.file), text: a.text },
        b: { file: b.file, outlet: outletOf(b.file), text: b.text },
      });
    }));
  });

  // Precision: every predicted cross-outlet link whose two ends both stand for gold members.
  const wrongLinks: WrongLink[] = [];
  const judge = (left: readonly GoldRef[], right: readonly GoldRef[], fallback: Type): Verdict => {
    let uncounted = false;
    const correct = new Set<Type>();
    for (const a of left) for (const b of right) {
      if (a.cluster === b.cluster) {
        const g = gold[a.cluster];
        if (outletOf(g.members[a.member].file) === outletOf(g.members[b.member].file)) continue;
        if (certain(a) && certain(b)) correct.add(g.type);
        else uncounted = true;
      } else if (related.has(`${a.cluster}|${b.cluster}`)) uncounted = true;
    }
    // A long member can stand for a quote and a claim at once; count the hit under the predicted cluster's type then.
    if (correct.size > 0) return { kind: 'correct', type: correct.has(fallback) ? fallback : [...correct][0] };
    const types = new Set([...left, ...right].map((r) => gold[r.cluster].type));
    const type = types.size === 1 ? [...types][0] : fallback;
    return { kind: uncounted ? 'uncounted' : 'wrong', type };
  };
  const end = (pi: number, mi: number): LinkEnd => {
    const m = predicted[pi].members[mi];
    return { member: m.id, outlet: m.outlet, text: m.text, gold: [...new Set(map[pi][mi].map((r) => gold[r.cluster].id))] };
  };
  predicted.forEach((cluster, pi) => {
    cluster.members.forEach((a, ai) => cluster.members.forEach((b, bi) => {
      if (bi <= ai || a.outlet === b.outlet) return;
      const left = map[pi][ai];
      const right = map[pi][bi];
      if (left.length === 0 || right.length === 0) return;
      const verdict = judge(left, right, cluster.type);
      const c = counts[verdict.type];
      c.predicted++;
      if (verdict.kind === 'correct') c.correct++;
      else if (verdict.kind === 'uncounted') c.uncounted++;
      else {
        c.wrong++;
        wrongLinks.push({ cluster: cluster.id, type: verdict.type, a: end(pi, ai), b: end(pi, bi) });
      }
    }));
  });

  const unmatchedMembers: ClusterScore['unmatchedMembers'] = [];
  const unlocated: ClusterScore['unlocated'] = [];
  gold.forEach((g, ci) => g.members.forEach((m, mi) => {
    if (options.places?.[ci]?.[mi]?.length === 0) unlocated.push({ cluster: g.id, file: m.file, text: m.text });
    if (!g.uncertain && !m.uncertain && !holders.has(`${ci}:${mi}`)) unmatchedMembers.push({ cluster: g.id, file: m.file, text: m.text });
  }));

  const checks = options.checks ?? {};
  return {
    goldClusters: { quote: gold.filter((g) => g.type === 'quote').length, claim: gold.filter((g) => g.type === 'claim').length },
    predictedClusters: predicted.length,
    quote: rates(counts.quote),
    claim: rates(counts.claim),
    alteredQuote: checks.alteredQuote ? checkAlteredQuote(predicted, checks.alteredQuote, outletOf) : null,
    paraphrase: checks.unquotedParaphrase ? checkParaphrase(predicted, gold, map, checks.unquotedParaphrase, outletOf) : null,
    missedLinks,
    wrongLinks,
    unmatchedMembers,
    unlocated,
  };
}
