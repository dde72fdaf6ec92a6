import type { FurnitureRule } from './rule.js';

// "— Advertisement —", "ADVERTISEMENT", "Story continues below advertisement", "Ad Feedback", "Sponsored content".
const MARKER = String.raw`advertisement|advertising|advert|ad|ads|ad feedback|skip ad|close ad|sponsored|sponsored (?:content|links?|post|stories)|paid (?:content|post|partnership)|partner content|promoted(?: content| stories)?|(?:advertisement|ad)\s*[-—–:]\s*scroll to continue|scroll to continue(?: with content)?|(?:story|article|text) continues (?:below|after)(?: (?:this|the) )?(?:\s*(?:advertisement|advert|ad|video))?|continue reading (?:below|after (?:the |this )?(?:advertisement|ad))`;
const AD = new RegExp(String.raw`^[\s\-—–_*•|·=]*(?:${MARKER})[\s\-—–_*•|·=:.]*$`, 'i');

/** Advertisement markers left in pasted text. "Advertisement revenue fell 5%." is story text. */
export const advertisement: FurnitureRule = {
  reason: 'advertisement',
  match(i, { paragraphs }) {
    return AD.test(paragraphs[i]!.text) ? { count: 1 } : null;
  },
};
