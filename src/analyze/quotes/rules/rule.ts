import type { Article, QuoteKind, Sentence } from '../../../model/types.js';
import type { Attribution } from '../attribute-span.js';
import type { QuoteSpan } from '../find-quote-spans.js';

/** A record found earlier in the article, as the rules that carry a speaker on read it. */
export interface EarlierItem {
  kind: QuoteKind;
  paragraph: number;
  attribution: Attribution;
  span?: QuoteSpan;
}

/** What an attribution rule reads about one quoted span. The lazy parts are found once, by the first rule that asks. */
export interface AttributionContext {
  article: Article;
  /** The article text with every quotation blanked (same offsets). */
  masked: string;
  span: QuoteSpan;
  kind: QuoteKind;
  /** The records before this one, in text order. */
  earlier: readonly EarlierItem[];
  /** Masked text from the sentence start to the opening mark, and where it starts. */
  before: string;
  sentenceStart: number;
  /** Masked text from just after the closing mark to the paragraph end, and where it starts. */
  after: string;
  afterStart: number;
  /** The quote ends its sentence: nothing after the closing mark belongs to it. */
  endsSentence: boolean;
  /** The attribution right after the quote ("“…,” Matze said"), or NONE. */
  trailing(): Attribution;
  /** The attribution before the quote in its sentence ("Matze said: “…”"), or NONE. */
  leading(): Attribution;
  /** The sentence before the quote's, when the quote opens its sentence. */
  previousSentence(): Sentence | null;
}

/**
 * One attribution rule. `attribute` returns null when the rule does not apply, so the next
 * rule is tried; any attribution it returns, even one that names nobody, ends the search
 * (a quote with a cue that names nobody gets no speaker rather than a guess from elsewhere).
 */
export interface AttributionRule {
  /** The name records carry in `rule` (a rule may also give a more specific one). */
  name: string;
  /** A sentence the rule reads, for the README and for people auditing a record. */
  example: string;
  attribute(ctx: AttributionContext): Attribution | null;
}
