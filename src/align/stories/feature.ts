/** What kind of evidence a feature is: each kind has its own finder in this folder. */
export type FeatureKind = 'quote' | 'name' | 'number' | 'date' | 'word';

/**
 * One piece of evidence that an article is about a particular event: a quoted phrase,
 * a name, a number, a date or a content word. `key` is the same for every article that
 * has it ("name:hélène borrel"); `start`/`end` point into the text it was found in.
 */
export interface Feature {
  kind: FeatureKind;
  key: string;
  start: number;
  end: number;
}

/** "name:hélène borrel": kinds never collide, so "may" the month and "may" the word stay apart. */
export function featureKey(kind: FeatureKind, value: string): string {
  return `${kind}:${value}`;
}
