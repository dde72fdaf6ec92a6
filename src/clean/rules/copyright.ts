import type { FurnitureRule } from './rule.js';

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\.?$|^this (?:material|article) may not be (?:published|reproduced)/i;

/** Copyright lines: "© 2021 The Ledger. All rights reserved." */
export const copyright: FurnitureRule = {
  reason: 'copyright',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    return text.length <= 250 && COPYRIGHT.test(text) ? { count: 1 } : null;
  },
};
