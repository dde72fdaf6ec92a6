import type { Cluster } from '../../model/comparison.js';

/** One outlet's version in a hand-made gold cluster (see fixtures/gold-clusters/). */
export interface GoldClusterMember {
  /** The article's path relative to the corpus folder, e.g. `003_2a1dd771c5fc4221.txt`. */
  file: string;
  /** Copied verbatim from the article. */
  text: string;
  /** The outlet gives the quote's words without quote marks. */
  unquoted?: boolean;
  /** A restatement a careful annotator could leave out: its links are neither required nor false. */
  uncertain?: boolean;
}

/** Quotes or claims that are the same across outlets, by hand. */
export interface GoldCluster {
  id: string;
  type: Cluster['type'];
  note?: string;
  /** A judgement call: none of its links is required, none counts as false. */
  uncertain?: boolean;
  /** Clusters a prediction may fairly merge with this one (a quote and the claim that sums it up). */
  related?: string[];
  members: GoldClusterMember[];
}

/** The two named checks of the cluster eval. */
export interface ClusterChecks {
  /** An outlet's quote holds words no other outlet's version has: “…to the benefit of Twitter, which violated federal antitrust laws.” */
  alteredQuote?: { file: string; words: string[]; cluster?: string; note?: string };
  /** An outlet gives a quote's words without quote marks; it should share a cluster with another outlet's quoted version. */
  unquotedParaphrase?: { file: string; clusters: string[]; note?: string };
}

/** One gold file of fixtures/gold-clusters/. */
export interface ClusterGold {
  path: string;
  clusters: GoldCluster[];
  checks: ClusterChecks;
}

/** A character range of an article's text. */
export interface TextPlace {
  start: number;
  end: number;
}

/** A gold member, by cluster and member index. */
export interface GoldRef {
  cluster: number;
  member: number;
}

/** Link counts for one cluster type. A rate over nothing is null. */
export interface LinkScore {
  /** Gold links: cross-outlet pairs of members of one certain gold cluster, uncertain members left out. */
  gold: number;
  /** Gold links some predicted cluster holds. */
  found: number;
  /** Predicted cross-outlet links between members that both correspond to gold members. */
  predicted: number;
  /** Predicted links that join two versions of one gold cluster. */
  correct: number;
  /** Predicted links that join members of different, unrelated gold clusters. */
  wrong: number;
  /** Predicted links on uncertain gold or between related clusters: neither correct nor wrong. */
  uncounted: number;
  /** correct / (correct + wrong) */
  precision: number | null;
  /** found / gold */
  recall: number | null;
  f1: number | null;
}

/** A predicted member as the report shows it. */
export interface LinkEnd {
  member: string;
  outlet: string;
  text: string;
  /** Ids of the gold clusters it corresponds to. */
  gold: string[];
}

/** A gold link no predicted cluster holds. */
export interface MissedLink {
  cluster: string;
  type: Cluster['type'];
  a: { file: string; outlet: string; text: string };
  b: { file: string; outlet: string; text: string };
}

/** A predicted link between members of different, unrelated gold clusters. */
export interface WrongLink {
  cluster: string;
  type: Cluster['type'];
  a: LinkEnd;
  b: LinkEnd;
}

export interface AlteredQuoteResult {
  flagged: boolean;
  /** The predicted cluster holding the flag. */
  cluster: string | null;
  words: string[];
}

export interface ParaphraseResult {
  matched: boolean;
  clusters: Array<{ gold: string; matched: boolean; predicted: string | null; via: 'member' | 'flag' | null }>;
}

/** The score of predicted clusters against a gold file. */
export interface ClusterScore {
  goldClusters: { quote: number; claim: number };
  predictedClusters: number;
  quote: LinkScore;
  claim: LinkScore;
  /** Null when the gold names no such check. */
  alteredQuote: AlteredQuoteResult | null;
  paraphrase: ParaphraseResult | null;
  missedLinks: MissedLink[];
  wrongLinks: WrongLink[];
  /** Certain gold members no predicted member corresponds to. */
  unmatchedMembers: Array<{ cluster: string; file: string; text: string }>;
  /** Gold members whose text is not in the article's cleaned text (a gold or cleaning problem). */
  unlocated: Array<{ cluster: string; file: string; text: string }>;
}
