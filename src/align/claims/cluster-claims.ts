import { diffWords } from 'diff';
import type { Claim, Cluster, ClusterFlag, ClusterMember, DiffPart } from '../../model/comparison.js';
import type { Article, Quote } from '../../model/types.js';
import { outletLists } from '../outlet-lists.js';
import { forEachCandidate } from './candidate-pairs.js';
import { claimTokens, findNames, type ClaimToken } from './claim-tokens.js';
import { resolveReferences, type ActorReference } from './find-actor-references.js';
import { impliedSubject } from './implied-subject.js';
import { linkClaims, type Link } from './link-claims.js';
import { keepMutualBest } from './mutual-best.js';
import { readPolarity } from './read-polarity.js';
import { findConflict, type Conflict } from './find-conflict.js';
import { scoreContent, scorePair } from './score-pair.js';
import { documentFrequencies, weighTokens, type ClaimVector } from './weigh-tokens.js';
import { compareCodeUnits } from '../../model/compare-code-units.js';

export interface ClaimClusterOptions {
  /** Similarity at or above which two claims of different articles, each the other's best match there, state the same fact. Default 0.33. */
  threshold?: number;
  /** Similarity at or above which a claim of another outlet is shown as related to one it does not join: the claim is then not "only in" its outlet. Default 0.15. */
  relatedThreshold?: number;
  /** Exponent of a word's rarity in news at large (see newsRarity). Default 0.25. */
  newsWeight?: number;
  /** Factor on the score of two claims that both name someone and share no name. Default 0.5. */
  actorsApart?: number;
  /**
   * Score without the number, date and polarity guards at or above which two claims that
   * disagree only on how many, when or whether state one fact with a contradiction: they
   * are joined and the cluster flagged `conflict`. Default 0.5; above 1 turns it off.
   */
  conflictThreshold?: number;
  /** Keep only links that are each end's best match in the other's article. Default true. */
  mutualBest?: boolean;
  /** Similarity that each of two claims of one article needs to the claim across the merging link to share a cluster. Default 0.5. */
  strongThreshold?: number;
  /** Extra weight of names. Default 2. */
  nameBoost?: number;
  /** Extra weight of numbers. Default 2. */
  numberBoost?: number;
  /** Extra weight of who did what to whom (`@sue>aws`). Default 2. */
  roleBoost?: number;
  /** Share of containment (shared weight over the smaller claim's) against cosine in the similarity. Default 0: see below. */
  blend?: number;
  /** How many of its rarest tokens each claim files in the candidate index. Default 6. */
  postingsPerClaim?: number;
  /** A token filed by more claims than this proposes no pairs. Default 300. */
  maxPostings?: number;
  /**
   * Quotes (direct and partial, of at least QUOTED_MIN_WORDS words) that may join another
   * outlet's claim as its quoted version: one outlet quotes "We informed Parler of 98
   * examples", another states it in its own words. A quote joins only claims, never
   * another quote (quote clusters do that), and one that joins nothing is left out.
   * Default none.
   */
  quotes?: readonly Quote[];
  /**
   * Per article id, the stretches that stand for a named actor (see findActorReferences):
   * a claim is matched with the actor's name in their place. Default none.
   */
  references?: ReadonlyMap<string, readonly ActorReference[]>;
}

// Why these (measured with `npm run eval` on the bundled corpus and the five BASIL "fit"
// events, never on the held-out ones): each claim joins at most its best mutual match in
// another article (mutual-best.ts), which let the threshold drop from 0.35 to 0.33 with
// precision kept (corpus claim links P 1.000, R 0.345 → 0.397). At 0.3 R is 0.431 but a
// wrong link comes in (Amazon's "the suit has no merit" joining another outlet's "the
// suit highlights the hypocrisy of …", 0.302); below that wrong links come in faster
// than right ones on the corpus and the fit events. Words weighed by their rarity in news
// (newsRarity) at full strength lost corpus links (R 0.431 → 0.379 at exponent 1) and
// changed nothing on the BASIL fit events; a quarter strength costs nothing and keeps
// everyday words ("said", "year") from carrying a match. Names that differ halve the
// score rather than zero it (agreeActors). Plain cosine (blend 0): containment joins
// multi-fact clauses on one of their facts. 0.15 for "related": an exclusive must have
// no candidate at all that close in another outlet. 0.5 for two claims of one article
// is a near-restatement.
const DEFAULTS: Required<Omit<ClaimClusterOptions, 'references' | 'quotes'>> = {
  threshold: 0.33,
  relatedThreshold: 0.15,
  newsWeight: 0.25,
  mutualBest: true,
  actorsApart: 0.5,
  conflictThreshold: 0.5,
  strongThreshold: 0.5,
  nameBoost: 2,
  numberBoost: 2,
  roleBoost: 2,
  blend: 0,
  postingsPerClaim: 6,
  maxPostings: 300,
};

/** A run's claims read for matching: in run order, with their articles, vectors and the pair score. */
export interface ReadClaims {
  sorted: Claim[];
  articleOf: number[];
  vectors: ClaimVector[];
  df: Map<string, number>;
  /** The score of two claims by index in `sorted`, 0–1: 0 when they differ in polarity or conflict on who or how many. */
  sim: (a: number, b: number) => number;
  /** How two claims contradict each other (findConflict) and how alike they are apart from that (scoreContent), or null. */
  conflict: (a: number, b: number) => { conflict: Conflict; score: number } | null;
}

/**
 * Reads a run's claims for matching: sorts them in run order, tokenises and weighs each
 * (see claimTokens, weighTokens), and gives the score of any two. clusterClaims builds
 * on it; it is exported to ask why two claims were, or were not, joined.
 *
 * @example const { sorted, sim } = readClaims(claims, articles); sim(0, 5)
 */
export function readClaims(claims: readonly Claim[], articles: readonly Article[], options: ClaimClusterOptions = {}): ReadClaims {
  const o = { ...DEFAULTS, ...options };
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const place = (c: Claim) => {
    const at = articleIndex.get(c.article);
    if (at === undefined) throw new Error(`clusterClaims: claim ${c.id} is of article ${c.article}, which is not in the run`);
    return at;
  };
  // Run order, not input order: article, then offset, then id.
  const sorted = [...claims].sort((a, b) => place(a) - place(b) || a.start - b.start || a.end - b.end || compareCodeUnits(a.id, b.id));
  const articleOf = sorted.map(place);

  // Copies of a claim across outlets ("Parler sued Amazon on Monday.") are read once: names
  // depend only on which texts there are, tokens and weights only on the text.
  const runNames = findNames([...new Set(sorted.map((c) => c.text))], [...new Set(articles.map((a) => a.text))]);
  // "after the tech titan forced the controversial social network to go dark" is matched
  // as "after Amazon forced Parler to go dark".
  const texts = sorted.map((c) => resolveReferences(c.text, c.start, options.references?.get(c.article)));
  // A clause without its subject ("has reportedly sued Amazon on Monday") is read with the
  // subject of its sentence; the same text with the same subject is read once.
  const subjects = sorted.map((c, i) => impliedSubject(c, articles[articleOf[i]!]!, runNames));
  const keyOf = (i: number) => `${subjects[i] ?? ''}\u0000${texts[i]}`;
  const tokensOf = new Map<string, ClaimToken[]>();
  const tokens = texts.map((text, i) => {
    let t = tokensOf.get(keyOf(i));
    if (!t) tokensOf.set(keyOf(i), (t = claimTokens(text, runNames, subjects[i])));
    return t;
  });
  const df = documentFrequencies(tokens);
  const vectorOf = new Map<string, ClaimVector>();
  const vectors = texts.map((_, i) => {
    let v = vectorOf.get(keyOf(i));
    if (!v) vectorOf.set(keyOf(i), (v = weighTokens(tokens[i]!, df, sorted.length, o)));
    return v;
  });
  // "pleaded guilty" / "pleaded not guilty", "approved" / "will approve": never one claim.
  const polarity = texts.map((t) => readPolarity(t));
  const read = texts.map((text, i) => ({ text, vector: vectors[i]!, polarity: polarity[i]! }));
  const sim = (a: number, b: number) => scorePair(read[a]!, read[b]!, o);
  const conflict = (a: number, b: number) => {
    const found = findConflict(read[a]!, read[b]!);
    return found ? { conflict: found, score: scoreContent(read[a]!, read[b]!, o, found.kind === 'number' ? 'numbers' : null) } : null;
  };

  return { sorted, articleOf, vectors, df, sim, conflict };
}

/**
 * Aligns claims across outlets: the claims of different articles that state the same
 * fact, by TF-IDF cosine over the run's claims with numbers normalised and names and
 * numbers weighted up; candidate pairs come from an inverted index of rare tokens.
 * Every claim ends in exactly one cluster; a claim no other article makes is a
 * cluster of one (an exclusive). Pure and deterministic: the order of `claims` does
 * not matter.
 *
 * @example clusterClaims(claims, articles).filter((c) => c.outlets.length > 1)
 */
export function clusterClaims(claims: readonly Claim[], articles: readonly Article[], options: ClaimClusterOptions = {}): Cluster[] {
  const o = { ...DEFAULTS, ...options };
  const quoted = new Map((options.quotes ?? []).filter(isQuotable).map((q) => [q.id, q]));
  const { sorted, articleOf, vectors, df, sim: claimSim, conflict } = readClaims([...claims, ...[...quoted.values()].map(asClaim)], articles, options);
  const isQuote = sorted.map((c) => quoted.has(c.id));
  // A quote joins claims only: two outlets' quotes of one statement are a quote cluster.
  const sim = (a: number, b: number) => (isQuote[a] && isQuote[b] ? 0 : claimSim(a, b));
  const candidates: Link[] = [];
  // Pairs alike in all but how many, when or whether: joined as contradictions ("15 bills" / "some 16").
  const conflicts = new Map<string, Conflict>();
  forEachCandidate(vectors, articleOf, df, o, (a, b) => {
    const s = sim(a, b);
    if (s >= Math.min(o.relatedThreshold, o.threshold)) {
      candidates.push({ a, b, similarity: s });
      // Days do not keep two claims apart, but "on Tuesday" / "on Wednesday" is a contradiction to show.
      const c = s >= o.threshold && o.conflictThreshold <= 1 ? conflict(a, b) : null;
      if (c?.conflict.kind === 'date') conflicts.set(`${a}:${b}`, c.conflict);
    } else if (s === 0 && o.conflictThreshold <= 1) {
      const c = conflict(a, b);
      // Negation scope is read crudely ("by not providing the notice" / "requires it to provide
      // the notice" say one thing): a polarity contradiction needs near-identical claims.
      if (c && c.score >= (c.conflict.kind === 'polarity' ? Math.max(o.conflictThreshold, POLARITY_CONFLICT) : o.conflictThreshold)) {
        candidates.push({ a, b, similarity: c.score });
        conflicts.set(`${a}:${b}`, c.conflict);
      }
    }
  });
  const best = o.mutualBest ? keepMutualBest(candidates, articleOf) : candidates;
  const links = best.filter((l) => l.similarity >= o.threshold);
  // A quote that joined no claim is no claim cluster.
  // Quotes count as one article when components merge: a claim cluster holds at most one
  // outlet's quote, so two outlets' copies of a quote never meet here through a claim.
  const groupOf = articleOf.map((a, i) => (isQuote[i] ? -1 : a));
  const components = linkClaims(sorted.length, links, groupOf, sim, o.strongThreshold).filter((c) => c.some((m) => !isQuote[m]));

  const lists = outletLists([...new Set(articles.map((a) => a.outlet))]);
  const clusters = components.map((indices) => ({
    ...buildCluster(indices, sorted, articles, articleOf, lists, vectors, quoted),
    score: clusterScore(indices, links),
    flags: conflictFlags(indices, links, conflicts, sorted),
  }));
  const ordered = orderClusters(clusters, components.map((c) => c[0]!));
  return withRelated(ordered, components, candidates, sorted, o.relatedThreshold);
}

/** Fewest words a quote needs to stand for a claim: "a bridge too far" is a phrase, not a statement. */
const QUOTED_MIN_WORDS = 6;

function isQuotable(q: Quote): boolean {
  return (q.kind === 'direct' || q.kind === 'partial') && (q.text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= QUOTED_MIN_WORDS;
}

/** A quote read as the claim it states, for matching; its member keeps the quote's kind. */
function asClaim(q: Quote): Claim {
  return {
    id: q.id, article: q.article, file: q.file, outlet: q.outlet, kind: 'indirect', text: q.text, speaker: q.speaker, source: q.source,
    cue: q.cue, paragraph: q.paragraph, sentence: null, start: q.start, end: q.end, features: ['attributed'],
  };
}

/** Content score two claims that differ only by a negation need to be joined as a contradiction. */
const POLARITY_CONFLICT = 0.7;

/**
 * A `conflict` flag for each contradiction a cluster holds: on the later member, with both
 * members' values ("15" / "16", "tuesday" / "wednesday", "asserted" / "negated (guilti)").
 */
function conflictFlags(members: readonly number[], links: readonly Link[], conflicts: ReadonlyMap<string, Conflict>, claims: readonly Claim[]): ClusterFlag[] {
  const inside = new Set(members);
  const flags: ClusterFlag[] = [];
  for (const l of links) {
    const c = conflicts.get(`${l.a}:${l.b}`);
    if (!c || !inside.has(l.a) || !inside.has(l.b)) continue;
    const [a, b] = [claims[l.a]!, claims[l.b]!];
    flags.push({
      type: 'conflict',
      outlet: b.outlet,
      member: b.id,
      words: c.b,
      message: `${b.outlet} and ${a.outlet} state this differently (${c.kind}): ${c.b.join(', ')} against ${c.a.join(', ')}`,
      conflict: { kind: c.kind, values: [{ member: a.id, outlet: a.outlet, values: c.a }, { member: b.id, outlet: b.outlet, values: c.b }] },
    });
  }
  return flags;
}

/** The weakest link that holds a cluster together (3 decimals), or null for a cluster of one. */
function clusterScore(members: readonly number[], links: readonly Link[]): number | null {
  const inside = new Set(members);
  let weakest = Infinity;
  for (const l of links) if (inside.has(l.a) && inside.has(l.b)) weakest = Math.min(weakest, l.similarity);
  return weakest === Infinity ? null : round(weakest);
}

/**
 * Each cluster carried by one outlet gets the nearest claim of another outlet it did not
 * join, when that one scores at least `threshold`: "only in X" holds only when no other
 * outlet has even a related candidate.
 */
function withRelated(clusters: Cluster[], components: readonly number[][], candidates: readonly Link[], claims: readonly Claim[], threshold: number): Cluster[] {
  const clusterOf = new Map<number, number>();
  // orderClusters keeps the clusters' objects; find each component's cluster by its first member id.
  const byFirst = new Map(clusters.map((c, i) => [c.members[0]!.id, i]));
  components.forEach((members) => {
    const at = byFirst.get(claims[members[0]!]!.id)!;
    for (const m of members) clusterOf.set(m, at);
  });
  const nearest = new Map<number, { cluster: number; score: number }>();
  for (const l of candidates) {
    if (l.similarity < threshold) continue;
    const [ca, cb] = [clusterOf.get(l.a), clusterOf.get(l.b)];
    // A quote that joined no claim is in no cluster.
    if (ca === undefined || cb === undefined || ca === cb) continue;
    for (const [from, to] of [[ca, cb], [cb, ca]] as const) {
      if (new Set(clusters[from]!.outlets).size !== 1 || clusters[to]!.outlets.every((x) => clusters[from]!.outlets.includes(x))) continue;
      const seen = nearest.get(from);
      if (!seen || l.similarity > seen.score || (l.similarity === seen.score && to < seen.cluster)) nearest.set(from, { cluster: to, score: l.similarity });
    }
  }
  return clusters.map((c, i) => {
    const n = nearest.get(i);
    return n ? { ...c, related: { cluster: clusters[n.cluster]!.id, outlets: clusters[n.cluster]!.outlets, score: round(n.score) } } : c;
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function buildCluster(members: readonly number[], claims: readonly Claim[], articles: readonly Article[], articleOf: readonly number[], lists: ReturnType<typeof outletLists>, vectors: readonly ClaimVector[], quoted: ReadonlyMap<string, Quote> = new Map()): Cluster {
  // The cluster's text is a claim's, not a quote's: quotes join as another outlet's version.
  const own = members.filter((m) => !quoted.has(claims[m]!.id));
  const canonical = canonicalMember(own.length > 0 ? own : members, claims, vectors);
  const { outlets, missing } = lists(members.map((m) => claims[m]!.outlet));
  const canonicalText = claims[canonical]!.text;
  return {
    id: '',
    type: 'claim',
    text: canonicalText,
    outlets,
    missing,
    flags: [],
    members: members.map((m) => toMember(claims[m]!, articles[articleOf[m]!]!, canonicalText, quoted.get(claims[m]!.id)?.kind)),
  };
}

/**
 * The member most like the others: the highest total cosine to the rest, which is its
 * unit vector times the sum of the others' (linear, not quadratic, in the cluster's
 * size); ties go to the longer text, then the earlier claim.
 */
function canonicalMember(members: readonly number[], claims: readonly Claim[], vectors: readonly ClaimVector[]): number {
  const sum = new Map<string, number>();
  for (const m of members) {
    const v = vectors[m]!;
    v.keys.forEach((k, i) => sum.set(k, (sum.get(k) ?? 0) + unit(v, i)));
  }
  let best = members[0]!;
  let bestScore = -Infinity;
  for (const m of members) {
    const v = vectors[m]!;
    let score = 0;
    v.keys.forEach((k, i) => {
      score += unit(v, i) * (sum.get(k)! - unit(v, i));
    });
    score = Math.round(score * 1e9) / 1e9; // so float noise never decides a tie
    if (score > bestScore || (score === bestScore && claims[m]!.text.length > claims[best]!.text.length)) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

function unit(v: ClaimVector, i: number): number {
  return v.norm === 0 ? 0 : v.weights[i]! / v.norm;
}

function toMember(c: Claim, article: Article, canonical: string, quoteKind?: Quote['kind']): ClusterMember {
  return {
    id: c.id,
    article: c.article,
    file: c.file,
    outlet: c.outlet,
    kind: quoteKind ?? c.kind,
    text: c.text,
    speaker: c.speaker,
    source: c.source,
    cue: c.cue,
    start: c.start,
    end: c.end,
    paragraph: c.paragraph,
    position: Math.round((c.start / Math.max(1, article.text.length)) * 1000) / 1000,
    // A member is its own cluster text (always so for an exclusive): nothing to diff.
    diff: c.text === canonical ? [{ op: 'equal', text: c.text }] : wordDiff(canonical, c.text),
  };
}

/** Edits (words and spaces) past which a member's diff is given whole: see wordDiff. */
const MAX_DIFF_EDITS = 400;

/** Word diff from the cluster's text to a member, with jsdiff's `diffWords`. */
function wordDiff(from: string, to: string): DiffPart[] {
  // Two claims of a few dozen words differ in far fewer than MAX_DIFF_EDITS words and spaces;
  // two 100 KB run-on "claims" that differ throughout would take jsdiff minutes, and are
  // shown as one replaced by the other.
  const changes = diffWords(from, to, { maxEditLength: MAX_DIFF_EDITS }) ?? [{ value: from, added: false, removed: true }, { value: to, added: true, removed: false }];
  return changes.map((change) => ({ op: change.added ? 'added' : change.removed ? 'removed' : 'equal', text: change.value }));
}

/** Most outlets first, then earliest position in its article, then text; numbered `c1`, `c2`, … */
function orderClusters(clusters: readonly Cluster[], firsts: readonly number[]): Cluster[] {
  const earliest = clusters.map((c) => Math.min(...c.members.map((m) => m.position)));
  const order = clusters.map((_, i) => i).sort((x, y) =>
    clusters[y]!.outlets.length - clusters[x]!.outlets.length
    || earliest[x]! - earliest[y]!
    || compareCodeUnits(clusters[x]!.text, clusters[y]!.text)
    || firsts[x]! - firsts[y]!);
  return order.map((i, n) => ({ ...clusters[i]!, id: `c${n + 1}` }));
}

