import type { Article, QuoteKind } from './types.js';

/** A checkable statement: reported speech, or an outlet's own clause with a number, date, named actor, evaluation or a finite verb of its own. */
export interface Claim {
  /** `<article id>#c<n>`, numbered in text order. */
  id: string;
  article: string;
  file: string;
  outlet: string;
  /** `indirect`: someone else's statement without quote marks; `statement`: the outlet's own voice. */
  kind: 'indirect' | 'statement';
  /** Exactly `article.text.slice(start, end)`. */
  text: string;
  speaker: string | null;
  source: string | null;
  cue: string | null;
  paragraph: number;
  sentence: number | null;
  start: number;
  end: number;
  /** Why it is checkable: `number`, `date`, `actor`, `evaluation`, `attributed`; `predicate` when only a finite verb of its own makes it a statement. */
  features: string[];
}

/** One piece of a word-level diff of a member against its cluster's text. */
export interface DiffPart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

/** One outlet's version of a clustered quote or claim. */
export interface ClusterMember {
  /** The quote or claim id (`<article>#q3`, `<article>#c2`), or `<article>#s<n>` for an unquoted sentence. */
  id: string;
  article: string;
  file: string;
  outlet: string;
  /** A quote kind, `claim`/`statement` for claims, or `unquoted` for the outlet's own sentence that carries a quote's words. */
  kind: QuoteKind | 'statement' | 'unquoted';
  text: string;
  speaker: string | null;
  source: string | null;
  cue: string | null;
  start: number;
  end: number;
  paragraph: number;
  /** Share of the article's text before this member, 0–1 (0.1 = in the first tenth). */
  position: number;
  /** Word diff from the cluster text to this member: `added` words are only in this member. */
  diff: DiffPart[];
}

export type FlagType =
  /** Words inside this outlet's quote marks that no other outlet's version has. */
  | 'words-only-here'
  /** Quote marks around words that other outlets have only in another order or form. */
  | 'reordered'
  /** This outlet gives the quote's words without quote marks, as its own words or as paraphrase. */
  | 'unquoted'
  /** This outlet quotes only part of what others quote. */
  | 'truncated'
  /** Claims: this outlet states the fact with another figure, day, or polarity than another outlet ("15 bills" / "some 16"). */
  | 'conflict';

export interface ClusterFlag {
  type: FlagType;
  outlet: string;
  /** The member the flag is about. */
  member: string;
  /** The words involved. */
  words: string[];
  /** One sentence for people. */
  message: string;
  /** `conflict` flags: what differs and each side's values. */
  conflict?: { kind: 'number' | 'date' | 'polarity'; values: Array<{ member: string; outlet: string; values: string[] }> };
}

export interface Cluster {
  /** `q1`, `q2`, … for quotes and `c1`, … for claims, most widely carried first. */
  id: string;
  type: 'quote' | 'claim';
  /** The canonical text: the longest well-supported version. */
  text: string;
  /** Outlets that carry it, in the run's outlet order. */
  outlets: string[];
  /** Outlets of the run that do not. */
  missing: string[];
  flags: ClusterFlag[];
  members: ClusterMember[];
  /** Claim clusters: the similarity (0–1) of the weakest link holding the members together; null for a claim no other outlet was joined to. */
  score?: number | null;
  /**
   * Claim clusters carried by one outlet: the nearest claim cluster of other outlets it was
   * not joined to, when it scores at least the related threshold. Such a claim is not "only
   * in" its outlet.
   */
  related?: { cluster: string; outlets: string[]; score: number };
}

/** How an outlet described an actor: "Parler, the hottest new social media platform". */
export interface Descriptor {
  outlet: string;
  article: string;
  /** The actor described, as named in the run ("Parler", "Amazon"). */
  actor: string;
  /** The description itself: "the hottest new social media platform". */
  text: string;
  /** `appositive` ("Parler, the …,"), `label` ("the controversial social network" standing for the actor), `relative` ("Parler, which …"). */
  kind: 'appositive' | 'label' | 'relative';
  start: number;
  end: number;
  /** The rule that found it: `comma-appositive`, `close-appositive` ("social media giant Twitter"), `copula` ("Parler is a social network …", kind `appositive`), `relative`, `definite-label`. */
  pattern?: 'comma-appositive' | 'close-appositive' | 'copula' | 'relative' | 'definite-label';
  /** Where the actor is named: the name the description is attached to, or for a label the earlier mention it refers back to. */
  mentionStart?: number;
  mentionEnd?: number;
  /** True when the description is inside quote marks: the quoted source's framing, not the outlet's. */
  inQuote?: boolean;
  /** The quote record it is inside, when `inQuote`. */
  quote?: string;
  /** The sentence it is in. */
  context?: string;
}

/** A word use that shows stance: a hedge, a distancing word, a loaded word. */
export interface WordUse {
  outlet: string;
  article: string;
  word: string;
  /** `distancing` (allegedly, so-called, scare quotes), `hedge`, `weasel`, `loaded`. */
  kind: 'distancing' | 'hedge' | 'weasel' | 'loaded' | 'scare-quote';
  start: number;
  end: number;
  /** The sentence it is in, for context. */
  context: string;
  /** The word-list entry that matched, lowercased ("coordinated attacks"); for a scare quote, the quote record id. */
  entry?: string;
}

export interface ReportingVerbCount {
  outlet: string;
  source: string | null;
  cue: string;
  count: number;
  /** Quote and claim ids that use it. */
  examples: string[];
  /** The verb's lemma: "claims" → "claim". */
  lemma?: string;
}

export interface VoiceShare {
  outlet: string;
  source: string;
  quotes: number;
  /** Words inside quote marks and in indirect statements attributed to this source. */
  words: number;
  /** Share of all attributed words in this outlet's articles, 0–1. */
  share: number;
  /** Index of the first paragraph where this source is heard. */
  firstParagraph: number;
  /** The organisation the source speaks for, when all its quotes agree. */
  sourceOrg?: string | null;
  /** Id of the first quote where this source is heard. */
  firstQuote?: string;
}

export interface OutletSummary {
  outlet: string;
  articles: string[];
  titles: string[];
  words: number;
  quotes: number;
  indirect: number;
  claims: number;
  isOpinion: boolean;
}

/** The per-outlet framing panels; every entry points back at articles and offsets. */
export interface Framing {
  outlets: OutletSummary[];
  descriptors: Descriptor[];
  reportingVerbs: ReportingVerbCount[];
  wordUses: WordUse[];
  voice: VoiceShare[];
  /**
   * Clusters only one outlet carries. With `related`, another outlet has a claim close to it
   * (at least the related threshold) that was not joined: shown as related, not "only here".
   */
  exclusives: Array<{ cluster: string; type: 'quote' | 'claim'; outlet: string; text: string; members?: string[]; related?: { cluster: string; outlets: string[]; score: number } }>;
  /** Clusters most outlets carry but this one does not; `related` names this outlet's own claim that is close to it, which makes the omission uncertain. */
  omissions: Array<{ cluster: string; type: 'quote' | 'claim'; outlet: string; text: string; carriedBy: number; related?: { cluster: string; score: number } }>;
  /** The main actors descriptors were looked for, most mentioned first, with the names that count as each. */
  actors?: Array<{ name: string; aliases: string[]; kind: 'person' | 'organisation' | 'unknown'; mentions: number; articles: number; categories: string[] }>;
}

/** Everything `coverage diff` knows about a run. */
export interface Comparison {
  articles: Article[];
  quotes: import('./types.js').Quote[];
  claims: Claim[];
  clusters: Cluster[];
  framing: Framing;
}
