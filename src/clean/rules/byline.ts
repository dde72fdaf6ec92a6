import type { FurnitureRule } from './rule.js';

// A name: capitalised words, initials, particles ("de", "van"), joined by "and" or commas.
const NAME = String.raw`[A-Z][\p{L}'’.-]*(?:\s+(?:[A-Z][\p{L}'’.-]*|de|da|del|der|di|van|von|bin|al|la|le))*`;
const BYLINE = new RegExp(String.raw`^(?:by|written by|words by|story by|reporting by)\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)\s*(?:(?:,|\||—|–|-|/)\s*.{0,80})?$`, 'iu');
const DATE_LINE = /^(?:published|posted|updated|last updated|first published)(?: on| at)?\s*:?\s*(.{4,60})$/i;

/**
 * The byline ("by Pranali Mehta", "By JANE ROE, Associated Press") and date lines
 * ("Published: Jan. 11, 2021") near the top. They become `author` and `date`, not text.
 */
export const byline: FurnitureRule = {
  reason: 'byline',
  match(i, { paragraphs }) {
    if (i > 4) return null;
    const text = paragraphs[i]!.text;
    if (text.length > 160) return null;
    const by = BYLINE.exec(text);
    if (by) return { count: 1, author: titleCase(by[1]!.replace(/\s*,\s*$/, '')) };
    const date = DATE_LINE.exec(text);
    if (date && /\d/.test(date[1]!)) return { count: 1, date: date[1]!.trim() };
    return null;
  },
};

// "JANE ROE" → "Jane Roe"; names already in mixed case are kept.
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}
