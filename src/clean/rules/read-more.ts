import type { FurnitureRule } from './rule.js';

const READ_MORE = /^(?:read (?:more|the full (?:story|article|report))|continue reading|click here to (?:read|see|watch)|keep reading|full story)\b[^.]{0,120}$/i;

/** "Read more…", "Continue reading", "Click here to read the full story". */
export const readMore: FurnitureRule = {
  reason: 'read-more',
  match(i, { paragraphs }) {
    return READ_MORE.test(paragraphs[i]!.text) ? { count: 1 } : null;
  },
};
