import type { FurnitureRule } from './rule.js';

// "— Advertisement —", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored content".
const AD = /^[\s\-—–_*•|·]*(?:advertisement|advertising|advert|ad|ads|sponsored|sponsored content|paid content|promoted|story continues below(?: (?:this )?advertisement)?|(?:article|story) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|scroll to continue(?: with content)?)[\s\-—–_*•|·]*$/i;

/** Advertisement markers left in pasted text. */
export const advertisement: FurnitureRule = {
  reason: 'advertisement',
  match(i, { paragraphs }) {
    return AD.test(paragraphs[i]!.text) ? { count: 1 } : null;
  },
};
