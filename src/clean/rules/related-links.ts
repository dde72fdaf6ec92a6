import { isShortLabel, LIST_ITEM, type FurnitureRule } from './rule.js';

const HEADER = String.raw`related(?: (?:stories|articles|coverage|content|reading|links|news|posts))?|read more|read also|also read|see also|more on this(?: story)?|more from [\w .'’-]{1,40}|recommended(?: for you| reading)?|you (?:may|might) also like|further reading|trending(?: now)?|most (?:read|popular)|top stories|more stories|don['’]t miss|watch`;
// "Related:" alone, with the links on the following lines.
const HEADER_ALONE = new RegExp(String.raw`^(?:${HEADER})\s*:?$`, 'i');
// "READ MORE: Parler goes dark" — header and one link title on the same line.
const HEADER_INLINE = new RegExp(String.raw`^(?:${HEADER})\s*[:|—–-]\s*\S`, 'i');

/**
 * "Related:" link lists: the header and the link titles after it (list items, or
 * short lines that do not end a sentence).
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
    let count = 1;
    while (i + count < paragraphs.length) {
      const next = paragraphs[i + count]!.text;
      const isLink = LIST_ITEM.test(next) || (isShortLabel(next, 18) && !/[”"]$/.test(next) && count <= 6 && looksLikeTitle(next));
      if (!isLink) break;
      count++;
    }
    return { count };
  },
};

// Link titles are capitalised like headlines or are list items; a story paragraph is not.
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return words.length > 0 && capitalised / words.length >= 0.5;
}
