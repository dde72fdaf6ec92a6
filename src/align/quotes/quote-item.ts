import type { Quote } from '../../model/types.js';
import type { Word } from '../words.js';

/** A quote prepared for matching. */
export interface Item {
  quote: Quote;
  words: Word[];
  /** The word keys joined: copies of a quote share it. */
  signature: string;
  bigrams: Set<string>;
  content: Set<string>;
}
