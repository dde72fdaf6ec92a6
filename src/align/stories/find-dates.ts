import { featureKey, type Feature } from './feature.js';

const MONTHS: Record<string, string> = {
  january: 'january', jan: 'january', february: 'february', feb: 'february', march: 'march', mar: 'march', april: 'april',
  apr: 'april', may: 'may', june: 'june', jun: 'june', july: 'july', jul: 'july', august: 'august', aug: 'august',
  september: 'september', sep: 'september', sept: 'september', october: 'october', oct: 'october', november: 'november',
  nov: 'november', december: 'december', dec: 'december',
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// "Jan. 3", "January 3rd", "3 January", "the 3rd of January"; a bare "May" is left alone unless a day or year follows.
const DATE = new RegExp(
  `\\b(?:${MONTH}\\.?\\s+${DAY}\\b|${DAY}\\s+(?:of\\s+)?${MONTH}\\b\\.?|${MONTH}\\.?(?=\\s+(?:1[89]|2[01])\\d\\d\\b)|(January|February|March|April|June|July|August|September|October|November|December)\\b|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|((?:1[89]|2[01])\\d\\d)\\b(?![.,]?\\d|%))`,
  'g',
);

/**
 * Dates: a month with its day ("Jan. 3" and "3 January" are both `date:january 3`), a
 * month alone, a weekday, a year. Weekdays and months recur across events, so they weigh
 * little once the run's document frequencies are counted; a day of a month weighs more.
 *
 * @example findDates('since Jan. 3, 2021, on Thursday') // keys: date:january 3, date:2021, date:thursday
 */
export function findDates(text: string): Feature[] {
  const out: Feature[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const [whole, monthA, dayA, dayB, monthB, monthC, monthD, weekday, year] = m;
    let value: string;
    if (monthA) value = `${MONTHS[monthA.toLowerCase()]} ${Number(dayA)}`;
    else if (monthB) value = `${MONTHS[monthB.toLowerCase()]} ${Number(dayB)}`;
    else if (monthC) value = MONTHS[monthC.toLowerCase()]!;
    else if (monthD) value = MONTHS[monthD.toLowerCase()]!;
    else if (weekday) value = weekday.toLowerCase();
    else value = year!;
    const end = m.index + whole.replace(/\.$/, '').length;
    out.push({ kind: 'date', key: featureKey('date', value), start: m.index, end });
  }
  return out;
}
