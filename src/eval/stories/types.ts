/** How the flattened dump was made: front-matter as given, or without its date and url lines. */
export type StoryVariant = 'dated' | 'undated';

/** Which events a figure is over: all, or only those the defaults were not fitted on. */
export type EventPart = 'all' | 'report';

/** Pairwise figures: a pair of articles is a true link when both are of one event. */
export interface PairScore {
  precision: number;
  recall: number;
  /** Same-event pairs, and pairs the grouping put in one story (that involve a scored article). */
  truePairs: number;
  foundPairs: number;
  /** Events whose articles did not all land in one story. */
  splitEvents: string[];
}

export interface StoryRun {
  variant: StoryVariant;
  /** True when other stories were mixed in (their own pairs are not scored). */
  mixed: boolean;
  part: EventPart;
  articles: number;
  stories: number;
  score: PairScore;
}

/** A figure the grouping should reach; `--check` fails when one is missed. */
export interface StoryTarget {
  variant: StoryVariant;
  measure: 'precision' | 'recall';
  min: number;
}

export interface StoryTargetResult extends StoryTarget {
  /** The run the target was checked on (unmixed, all events). */
  value: number;
  met: boolean;
}

export type StoriesReport =
  | { status: 'skipped'; data: string; reason: string }
  | { status: 'scored'; data: string; mixedWith: string | null; events: number; runs: StoryRun[]; targets: StoryTargetResult[] };
