import type { FurnitureRule } from './rule.js';

/** Lines with no letters or digits: "___", "* * *", "—". Section breaks and rules, not text. */
export const noWords: FurnitureRule = {
  reason: 'no-words',
  match(i, { paragraphs }) {
    return /[\p{L}\p{N}]/u.test(paragraphs[i]!.text) ? null : { count: 1 };
  },
};
