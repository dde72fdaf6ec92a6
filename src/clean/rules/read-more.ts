import type { FurnitureRule } from './rule.js';

const READ_MORE = /^(?:read (?:more|the full (?:story|article|report|text|interview)|the original (?:story|article)|the rest(?: of the (?:story|article))?|full (?:story|article))|continue reading|click here (?:to|for)|tap here to|keep reading|full story|view (?:the )?full (?:story|article)|see more)\b[^.!?]{0,120}[.…»>→:]*$/i;
// A teaser cut off mid-word, then the link: "With over three years of experience in content writ Read more...".
const CUT_TEASER = /[\p{L},]\s+(?:Read more|Read More|READ MORE)\s*(?:\.{3}|…|»|>>|→|›)?$/u;

const hasReadMore = (text: string) => text.includes('Read more') || text.includes('Read More') || text.includes('READ MORE');

/**
 * "Read more…", "Continue reading", "Click here to read the full story", and truncated
 * teasers. A sentence ("Read more than 300 pages of the report, and you find little.") stays.
 */
export const readMore: FurnitureRule = {
  reason: 'read-more',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    if (/^read more than\b/i.test(text)) return null;
    // CUT_TEASER is tried only where its words are: it would otherwise be tried at every letter of every paragraph.
    return READ_MORE.test(text) || (hasReadMore(text) && CUT_TEASER.test(text)) ? { count: 1 } : null;
  },
};
