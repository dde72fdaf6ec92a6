/** Options for `measureFraming`; every default lives in `FRAMING_DEFAULTS`. */
export interface FramingOptions {
  /** At most this many main actors are described (default 8). */
  maxActors?: number;
  /** A name needs this many mentions in the run to be a main actor, unless it is a quoted source (default 2). */
  minMentions?: number;
  /** Longest appositive, relative clause or predicate kept, in words (default 25). */
  maxDescriptorWords?: number;
  /** Also report appositives and relative clauses inside quote marks, flagged `inQuote` (default true). */
  quotedDescriptors?: boolean;
}

export const FRAMING_DEFAULTS: Required<FramingOptions> = {
  maxActors: 8,
  minMentions: 2,
  maxDescriptorWords: 25,
  quotedDescriptors: true,
};

/** The options with every default filled in. */
export function framingOptions(options: FramingOptions = {}): Required<FramingOptions> {
  return {
    maxActors: options.maxActors ?? FRAMING_DEFAULTS.maxActors,
    minMentions: options.minMentions ?? FRAMING_DEFAULTS.minMentions,
    maxDescriptorWords: options.maxDescriptorWords ?? FRAMING_DEFAULTS.maxDescriptorWords,
    quotedDescriptors: options.quotedDescriptors ?? FRAMING_DEFAULTS.quotedDescriptors,
  };
}
