import { isShortLabel, LIST_ITEM, wordCount, type FurnitureRule } from './rule.js';

const HEADER = String.raw`related(?: (?:stories|story|articles|article|coverage|content|reading|links|news|posts|topics|videos?))?|read more|read next|read also|also read|must read|see also|more on this(?: story| topic)?|more (?:coverage|stories|news|reading)|more from [\w .'’-]{1,40}|recommended(?: for you| reading| stories| articles)?|you (?:may|might) also (?:like|be interested in)|further reading|editor['’]s picks|trending(?: now| stories)?|most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories|headlines)|don['’]t miss|watch(?: now| next)?|listen|explore more(?: on (?:this|these) topics?)?|more on (?:this|these) topics?|what to read next|in case you missed it`;
// "Related:" alone, with the links on the following lines.
const HEADER_ALONE = new RegExp(String.raw`^(?:${HEADER})\s*:?$`, 'i');
// "READ MORE: Parler goes dark", "MORE: Council row deepens", header and one link title on the same line.
const HEADER_INLINE = new RegExp(String.raw`^(?:${HEADER}|more)\s*(?::|\||—|–|»|>>|\s-\s)\s*\S`, 'i');

/**
 * "Related:" link lists: the header and the link titles after it (list items, or
 * short lines that do not end a sentence). "Related to the case, prosecutors…" is story text.
 *
 *   Related:
 *   - Amazon pulls best seller …
 */
export const relatedLinks: FurnitureRule = {
  reason: 'related-links',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    if (HEADER_INLINE.test(text) && isShortLabel(text, 25)) return { count: 1 };
    if (!HEADER_ALONE.test(text)) return null;
    // The links are all list items or all plain lines: a list ends at its first plain line.
    const listed = i + 1 < paragraphs.length && LIST_ITEM.test(paragraphs[i + 1]!.text);
    let count = 1;
    while (i + count < paragraphs.length && count <= 8) {
      const next = paragraphs[i + count]!.text;
      if (listed ? !LIST_ITEM.test(next) || wordCount(next) > 30 : !isLinkTitle(next)) break;
      count++;
    }
    return { count };
  },
};

// A link title on its own line is short and does not end like a sentence or a quote:
// "Amazon pulls best seller", "Is the mayor right?"; a story paragraph ends with a period.
function isLinkTitle(text: string): boolean {
  return wordCount(text) <= 18 && !/[.;,:”"’)]$/.test(text);
}
