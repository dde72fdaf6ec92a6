import type { FurnitureRule } from './rule.js';

// One word of a personal name: "Jane", "O’Neil", "J.", "Mary-Kate", "JANE".
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PARTICLE = String.raw`de|da|del|della|der|di|du|van|von|bin|ibn|al|el|la|le|ter|ten|y`;
// "Ana de la Cruz": particles join names but never end one.
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${NAME_WORD}|(?:${PARTICLE})(?=\s+(?:\p{Lu}|(?:${PARTICLE})\s))))*`;
// Case matters for the names ("By Tuesday the council…" is not a byline), so the lead
// words are matched apart: "by", "By", "BY", "Written by", "Reporting by".
const LEAD = /^(?:by|written by|words by|story by|reporting by|text by)\s+/i;
// Names, a place ("in London") and a tail after a separator: "By Jane Roe in Kyiv | Reuters".
const NAMES = new RegExp(String.raw`^(?:the\s+)?(${NAME}(?:(?:\s*,\s*|\s+(?:and|AND|And)\s+|\s*&\s*)${NAME})*)(?:\s+(?:in|IN)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?\s*(?:(?:,|\||•|·|—|–|\s-\s|/)\s*(.{0,80}))?$`, 'u');
// "Jane Roe, Staff Writer", "Jane Roe | Senior Correspondent": a byline without "By".
const NAME_ROLE = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})\s*(?:,|\||—|–|\s-\s)\s*(.{3,70})$`, 'u');
// "Richard Partington Economics correspondent": a name, then a job in lower case, no separator.
const NAME_THEN_ROLE = /^(\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+)\s+(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:(?:senior|chief|deputy|political|economics|foreign|staff|special|contributing)\s+)?(?:correspondent|editor|reporter|writer|columnist|journalist)$/u;
const ROLE = /^(?:[\p{L}'’-]+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|bureau chief|analyst|staff)s?\b/iu;
// Words that name an organisation or a job, not a person: "Associated Press", "Staff Writer".
const AFFILIATION = /\b(?:press|news|times|post|herald|tribune|journal|gazette|daily|weekly|telegraph|guardian|chronicle|observer|reuters|agency|network|media|radio|television|tv|service|staff|writer|reporter|correspondent|editor|columnist|contributor|bureau|desk|team|wire|online|magazine|group|inc|ltd|llc)\b/i;
const NOT_A_NAME = /^(?:the|this|that|then|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|noon|midday|midnight|tonight|today|tomorrow|yesterday|contrast|comparison|law|design|default|far|all|most|some)$/i;

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)`;
const TIME = String.raw`(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|\d{1,2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)`;
const DATE = String.raw`(?:${DAY}?(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4})|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}/\d{1,2}/\d{2,4})`;
// A line that is only a date, maybe with a time: "January 11, 2021", "Mon 11 Jan 2021 10.45 GMT".
const DATE_ONLY = new RegExp(String.raw`^(?:${TIME}[,\s]+)?${DATE}(?:[,\s]+${TIME})?$`, 'i');
const DATE_IN = new RegExp(String.raw`${DATE}(?:[,\s]+${TIME})?`, 'i');
const DATE_LINE = /^(?:published|posted|updated|last updated|first published|last modified)(?: on| at)?\s*:?\s*(.{4,60})$/i;
const READING_TIME = /^(?:\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+read|\s+reading time)?|(?:estimated\s+)?reading time\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?)$/i;

/**
 * The byline ("by Pranali Mehta", "By JANE ROE, Associated Press", "Jane Roe, Staff Writer"),
 * date lines ("Published: Jan. 11, 2021", "January 11, 2021") and reading times ("5 min
 * read") near the top. Author and date are kept as metadata, not text.
 */
export const byline: FurnitureRule = {
  reason: 'byline',
  match(i, { paragraphs }) {
    if (i > 4) return null;
    const text = paragraphs[i]!.text;
    if (text.length > 160) return null;
    const author = parseByline(text);
    if (author) return { count: 1, ...author };
    // "BBC News", "Economics correspondent" on the line under a byline.
    if (i > 0 && isAffiliationLine(text) && (parseByline(paragraphs[i - 1]!.text) || NAME_ROLE.test(paragraphs[i - 1]!.text))) return { count: 1 };
    const bare = NAME_THEN_ROLE.exec(text);
    if (bare && i <= 3 && !NOT_A_NAME.test(bare[1]!.split(/\s+/)[0]!)) return { count: 1, author: titleCase(bare[1]!) };
    const role = NAME_ROLE.exec(text);
    if (role && i <= 3 && ROLE.test(role[2]!) && !/[.!?]$/.test(text) && !NOT_A_NAME.test(role[1]!.split(/\s+/)[0]!)) {
      return { count: 1, author: titleCase(role[1]!) };
    }
    if (DATE_ONLY.test(text)) return { count: 1, date: text };
    const date = DATE_LINE.exec(text);
    if (date && /\d/.test(date[1]!)) return { count: 1, date: date[1]!.trim() };
    if (READING_TIME.test(text)) return { count: 1 };
    return null;
  },
};

/** "By Jane Roe and John Doe, Reuters • Jan. 11, 2021" → author "Jane Roe and John Doe", date "Jan. 11, 2021". */
export function parseByline(text: string): { author?: string; date?: string } | null {
  const lead = LEAD.exec(text);
  if (!lead) return null;
  const m = NAMES.exec(text.slice(lead[0].length));
  if (!m) return null;
  const tail = m[2] ?? '';
  // "By Monday, Parler was offline." is a sentence: a byline's tail never ends like one.
  if (/[!?]$/.test(tail) || (/\.$/.test(tail) && !/\b\p{Lu}[\p{L}]{0,3}\.$/u.test(tail))) return null;
  const parts = m[1]!.split(/(?<!\s)(?:\s*,\s*|\s+(?:and|AND|And)\s+|\s*&\s*)/); // (?<!\s): a run of spaces is read once
  if (NOT_A_NAME.test(parts[0]!.split(/\s+/)[0]!)) return null;
  // People come first; the first part that names an organisation ends the list. In capitals
  // the name ends where the capitals do: "JOHN DOE Associated Press" is John Doe.
  const people: string[] = [];
  for (const part of parts) {
    const words = part.split(/\s+/);
    const capitals = words.findIndex((w) => w !== w.toUpperCase() || !/\p{L}{2}/u.test(w));
    if (/^\p{Lu}{2}/u.test(words[0]!) && capitals >= 2) {
      people.push(words.slice(0, capitals).join(' '));
      break;
    }
    const isPerson = words.length >= 2 && words[0] !== 'The' && !AFFILIATION.test(part) && !/^\p{Lu}{2,5}$/u.test(part);
    if (!isPerson) break;
    people.push(part);
  }
  const last = people[people.length - 1];
  const joined = last ? m[1]!.slice(0, m[1]!.indexOf(last) + last.length) : parts[0]!;
  const date = DATE_IN.exec(tail)?.[0];
  return { author: titleCase(joined), ...(date ? { date } : {}) };
}

// "JANE ROE" → "Jane Roe"; names already in mixed case are kept.
function titleCase(name: string): string {
  const probe = name.replace(/\band\b/g, '');
  if (probe !== probe.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()).replace(/\bAnd\b/g, 'and');
}

// A short line that names an outlet or a job: "BBC News", "Fox News Digital", "Staff Writer",
// "Economics correspondent". A dek such as "Ambulance service under pressure" is not one.
function isAffiliationLine(text: string): boolean {
  if (text.length > 60 || /[.!?,;:]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (ROLE.test(text) && /(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|chief|analyst|staff)s?$/i.test(text)) return words.length <= 5;
  const titled = words.every((w) => /^(?:\p{Lu}|&|of|the|and)/u.test(w));
  return titled && words.length <= 4 && (AFFILIATION.test(text) || /^\p{Lu}{2,6}$/u.test(words[0]!));
}
