// Weekdays and months name a day; "May" and "March" only count where they cannot be a
// verb or a modal ("in May", "May 5"), since "May I …" and "march on" are not dates.
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const MONTH = /\b(?:January|February|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?![\p{L}])/u;
const AMBIGUOUS_MONTH = /\b(?:(?:in|on|since|until|by|last|next|this|early|late|mid|from|of)\s+(?:May|March)\b|(?:May|March)\s+\d{1,2}\b|(?:May|March),?\s+(?:19|20)\d\d\b)/;
// Relative dates: "last week", "this past Monday", "earlier this month", "two days ago", "yesterday".
const RELATIVE = /\b(?:yesterday|today|tonight|tomorrow|(?:last|this|next|past|coming|previous|earlier this|later this)\s+(?:week|weekend|month|year|night|morning|evening|afternoon|decade|quarter|season|summer|winter|spring|autumn|fall)s?|\w+\s+(?:days?|weeks?|months?|years?|hours?|evenings?|nights?)\s+ago)\b/i;
// A year standing alone: "in 2021", "the 2020 election" — not a part of a longer number ("12,2020") or an amount.
const YEAR = /(?<![\d,.$€£-])\b(?:1[89]|20)\d\d\b(?![\d,.%]\d|%)/;
// Numeric dates: "1/11/2021", "2021-01-11", "11.01.2021".
const NUMERIC = /\b(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2})\b/;

/**
 * True when a sentence says when something happened.
 *
 * @example hasDate('Parler went dark early Monday.') // true
 * @example hasDate('Parler filed a lawsuit last week.') // true
 * @example hasDate('The platform may march on.') // false
 */
export function hasDate(text: string): boolean {
  return WEEKDAY.test(text) || MONTH.test(text) || AMBIGUOUS_MONTH.test(text) || RELATIVE.test(text) || YEAR.test(text) || NUMERIC.test(text);
}
