import type { Quote, QuoteKind } from '../model/types.js';

/** One hand-annotated record from a gold file (see fixtures/gold/README.md). */
export interface GoldQuote {
  kind: QuoteKind;
  /** Copied exactly from the article: the words inside the marks, or the reported clause. */
  text: string;
  speaker: string | null;
  /** Every other way the article refers to the same speaker. */
  speakerAliases?: string[];
  cue: string | null;
  /** A borderline record: neither a miss when not found nor a false positive when found. */
  uncertain?: boolean;
}

/** A gold record's place in the article text, or null when its text was not found there. */
export type GoldPlace = { start: number; end: number } | null;

/** The kinds of record the scorer compares, each on its own. */
export type ScoreCategory = 'quotes' | 'exact' | 'indirect' | 'mentions';

/** Counts for one category. Uncertain gold records stay out of tp, fp and fn. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** Predictions that matched an uncertain gold record (neither TP nor FP). */
  uncertainMatched: number;
  /** Uncertain gold records no prediction matched (not a miss). */
  uncertainMissed: number;
}

/** Counts over matched pairs whose gold or predicted speaker is not null. */
export interface SpeakerTally {
  n: number;
  correct: number;
  /** The prediction has no speaker but the gold has one. */
  missing: number;
  /** The prediction names someone the gold does not. */
  wrong: number;
}

/** A certain gold record no prediction matched. */
export interface Miss {
  category: 'quotes' | 'indirect' | 'mentions';
  gold: GoldQuote;
  start: number | null;
  /** The kind of a prediction of another category that overlaps it, e.g. found as a mention. */
  predictedAs: Quote['kind'] | null;
}

/** A prediction no gold record matched. */
export interface FalsePositive {
  category: 'quotes' | 'indirect' | 'mentions';
  predicted: Quote;
  /** The kind of a gold record of another category that overlaps it, e.g. a quoted show title. */
  goldAs: QuoteKind | null;
}

/** A matched pair whose speaker is missing or wrong. */
export interface SpeakerError {
  category: 'quotes' | 'indirect';
  gold: GoldQuote;
  predicted: Quote;
  verdict: 'missing' | 'wrong';
}

/** A quote pair matched on token overlap whose texts differ after normalising. */
export interface BoundaryDifference {
  gold: GoldQuote;
  predicted: Quote;
}

/** The score of one article's predictions against its gold records. */
export interface QuoteScore {
  quotes: Tally;
  exact: Tally;
  indirect: Tally;
  mentions: Tally;
  speaker: SpeakerTally;
  misses: Miss[];
  falsePositives: FalsePositive[];
  speakerErrors: SpeakerError[];
  boundaryDifferences: BoundaryDifference[];
  /** Gold records whose text is not in the article text (a gold or cleaning problem). */
  unlocated: GoldQuote[];
}

export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect', 'mention'];
