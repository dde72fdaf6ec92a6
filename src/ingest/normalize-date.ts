/*
 * Publication dates as ISO 8601, from the ways pages, feeds and exports write them:
 * `2016-10-11`, `2016-10-11 14:05:00`, `Tue, 11 Oct 2016 14:05:00 -0400` (RFC 2822),
 * `Tue Oct 11 2016 14:05:00 GMT+0000` (JavaScript), `October 11, 2016`, `11 Oct. 2016`,
 * `02:05:00 PM EDT Oct 11, 2016`, `11 de outubro de 2016`, `2016/10/11`, `11.10.2016`,
 * Unix seconds or milliseconds. Time and offset are kept when the text has them; a
 * numeric day/month order that cannot be told (`03/04/2016`) is not guessed.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  // English, then French, German, Spanish, Portuguese, Italian, Dutch.
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
];
for (const names of MONTH_NAMES) {
  names.forEach((name, i) => {
    MONTHS[name] ??= i + 1;
    // Abbreviations: "Oct", "Sept", "déc", "Dez".
    for (const len of [3, 4]) if (name.length > len) MONTHS[name.slice(0, len)] ??= i + 1;
  });
}

/** Offsets of zone names that mean one thing; `IST` (India, Ireland, Israel) and the like are left out on purpose. */
const ZONES: Record<string, string> = {
  z: '+00:00', utc: '+00:00', gmt: '+00:00', ut: '+00:00', wet: '+00:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  akst: '-09:00', akdt: '-08:00', hst: '-10:00', aest: '+10:00', aedt: '+11:00', jst: '+09:00', kst: '+09:00',
};

/** What a date text reads as: the ISO form, or undefined when it cannot be read without guessing. */
export function normalizeDate(text: string): string | undefined {
  const s = text.trim().replace(/\s+/g, ' ');
  if (s === '') return undefined;
  return isoLike(s) ?? unixTime(s) ?? written(s);
}

// 2016-10-11, 2016-10-11T14:05, 2016-10-11 14:05:00.123+0200, 2016/10/11 14:05 GMT
function isoLike(s: string): string | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)? ?(Z|[+-]\d{2}:?\d{2}|[A-Za-z]{1,5}(?:[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  return assemble(+y!, +mo!, +d!, h, mi, sec, frac, zone);
}

function unixTime(s: string): string | undefined {
  if (!/^\d{10}(\d{3})?$/.test(s)) return undefined;
  const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Dates with a month name or a day-first/month-first numeric date, in any order with an optional time and zone. */
function written(s: string): string | undefined {
  const lower = s.toLowerCase().replace(/,/g, ' ');
  // The time first, so that its numbers are not read as a day or a year.
  let h: string | undefined;
  let mi: string | undefined;
  let sec: string | undefined;
  let zone: string | undefined;
  let rest = lower.replace(/\b(\d{1,2})(?:[:h]|\.(?=\d{2}\b(?!\.)))(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*([ap])\.?m\.?)?(?:\s*((?:gmt|utc)?[+-]\d{2}:?\d{2}|[a-z]{1,5}\b))?(?:\s*\(.*?\))?/, (_all, hh: string, mm: string, ss: string | undefined, ampm: string | undefined, z: string | undefined) => {
    let hour = +hh;
    if (ampm === 'p' && hour < 12) hour += 12;
    if (ampm === 'a' && hour === 12) hour = 0;
    [h, mi, sec] = [String(hour), mm, ss];
    zone = z;
    return ' ';
  });
  // Weekdays, "de", "the", "at", "à", "um", "published", ordinal suffixes: none change the date.
  rest = rest.replace(/\b(\d{1,2})(st|nd|rd|th|er|e)\b/g, '$1').replace(/\./g, ' ');
  let month: number | undefined;
  const numbers: string[] = [];
  for (const word of rest.split(/[\s/-]+/).filter(Boolean)) {
    if (/^\d+$/.test(word)) numbers.push(word);
    else if (MONTHS[word] !== undefined && month === undefined) month = MONTHS[word];
    else if (ZONES[word] !== undefined && zone === undefined && h !== undefined) zone = word;
  }
  if (month !== undefined) {
    const year = numbers.find((n) => n.length === 4);
    const day = numbers.find((n) => n.length <= 2);
    if (!year || !day || numbers.length > 2) return undefined;
    return assemble(+year, month, +day, h, mi, sec, undefined, zone);
  }
  // 11.10.2016 is day-first wherever dots are written; 11/10/2016 only when a part is over 12.
  if (numbers.length !== 3 || numbers[2]!.length !== 4) return undefined;
  const [a, b, year] = numbers.map(Number) as [number, number, number];
  const dotted = /^\d{1,2}\.\d{1,2}\.\d{4}/.test(s.trim());
  if (dotted || (a > 12 && b <= 12)) return assemble(year, b, a, h, mi, sec, undefined, zone);
  if (b > 12 && a <= 12) return assemble(year, a, b, h, mi, sec, undefined, zone);
  if (a === b) return assemble(year, a, b, h, mi, sec, undefined, zone);
  return undefined;
}

function assemble(y: number, mo: number, d: number, h?: string, mi?: string, sec?: string, frac?: string, zone?: string): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || y < 1000 || y > 9999) return undefined;
  let out = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return out;
  if (+h > 23 || +mi > 59 || (sec !== undefined && +sec > 60)) return undefined;
  out += `T${pad(+h)}:${mi}:${sec ?? '00'}${frac ?? ''}`;
  const offset = zone === undefined ? undefined : offsetOf(zone);
  return offset === undefined ? out : offset === '+00:00' && /^z$/i.test(zone!) ? `${out}Z` : `${out}${offset}`;
}

function offsetOf(zone: string): string | undefined {
  const z = zone.toLowerCase();
  const m = /^(?:gmt|utc)?([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (m) return `${m[1]}${m[2]}:${m[3]}`;
  return ZONES[z.replace(/^(gmt|utc)$/, 'utc')];
}

function daysIn(y: number, mo: number): number {
  return new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
