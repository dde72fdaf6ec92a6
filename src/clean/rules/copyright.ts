import type { FurnitureRule } from './rule.js';

// "© 2021 The Ledger", "Copyright 2021 The Associated Press. All rights reserved.", but not
// "Copyright laws were changed in 2019, she said."
const COPYRIGHT = /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}\b|by\b))|\ball rights reserved\.?$|^this (?:material|article|story) may not be (?:published|reproduced|broadcast)/i;

/** Copyright lines: "© 2021 The Ledger. All rights reserved." */
export const copyright: FurnitureRule = {
  reason: 'copyright',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    return text.length <= 250 && COPYRIGHT.test(text) ? { count: 1 } : null;
  },
};
