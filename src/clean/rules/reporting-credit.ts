import type { FurnitureRule } from './rule.js';

// "Reporting by John Doe in London; editing by Jane Roe", "(Additional reporting by …)".
const CREDITS = /^\(?(?:additional |further )?(?:reporting|writing|editing|edited|research|fact-checking|graphics|production|compiled|contributing)(?: by| from)\s+/i;
const CREDIT_WORD = /^\(?(?:\p{Lu}[\p{L}'’.-]*|additional|further|reporting|writing|editing|edited|research|fact-checking|graphics|production|compiled|contributing|by|from|in|and|with|for|of|the|at|de|van|von|la|le|[&;])[,;.)]*$/u;
// "Jane Roe contributed reporting.", "Associated Press writer Kimberlee Kruesi in Nashville contributed to this report."
const CONTRIBUTED = /^.{0,150}\bcontributed(?: reporting| research| additional reporting)?(?: to this (?:report|story|article))?(?: from [\p{L} ,.'’-]{1,60})?\.?$/u;
// "This article was originally published by …", "This story has been updated."
const PUBLISHED = /^(?:this (?:story|article|report|piece) (?:was|has been) (?:originally |first )?(?:published|updated|produced|republished)|a version of this (?:story|article) (?:was|appeared|first))\b.{0,160}$/i;

/** Reporting and editing credits at the end of wire copy: "Reporting by John Doe; editing by Jane Roe". */
export const reportingCredit: FurnitureRule = {
  reason: 'reporting-credit',
  match(i, { paragraphs }) {
    if (paragraphs.length - i > 3) return null;
    const text = paragraphs[i]!.text;
    // A credit is names and places joined by a few small words: "Reporting by John Doe in
    // London; editing by Jane Roe", not "Research by Harvard University found that buses…".
    if (CREDITS.test(text) && text.length <= 250 && text.split(/\s+/).every((w) => CREDIT_WORD.test(w))) return { count: 1 };
    if (CONTRIBUTED.test(text) && /contributed (?:reporting|research|additional|to this)/.test(text) && !/\b(?:said|says|told)\b/.test(text)) return { count: 1 };
    return PUBLISHED.test(text) ? { count: 1 } : null;
  },
};
