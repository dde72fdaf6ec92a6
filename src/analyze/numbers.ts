/** A number as written in a text, read into a value so that outlets that write it differently match. */
export interface NumberMention {
  /** Offsets into the text: the whole expression, from a currency sign to the unit word it counts. */
  start: number;
  end: number;
  /** The value: "thirty" → 30, "12 million" → 12000000, "1,500" → 1500. */
  value: number;
  /** `$`, `€` or `£` when the number is money: "$14 million". */
  currency: string | null;
  /** True for "5%", "5 percent", "5 per cent". */
  percent: boolean;
  /** What is counted, singular and lowercase: "30 days" and "thirty-day" both give `day`. */
  unit: string | null;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SHORT_SCALE: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

/** True for a word that spells a number or a scale: "thirty", "Million". */
export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in SMALL || w in SCALE;
}

// Words after a number that are not what it counts: "30 of them", "98 to Parler".
const NOT_UNITS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'than', 'that',
  'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'it',
  'its', 'they', 'their', 'this', 'these', 'those', 'more', 'less', 'fewer', 'after', 'before', 'ago', 'later', 'earlier', 'per',
  'percent', 'if', 'so', 'not', 'into', 'over', 'under', 'about', 'between', 'since', 'until', 'when', 'while', 'where',
]);

// A quick look before the full scan: most sentences have neither digits nor number words.
const MAY_HAVE_NUMBER = new RegExp(`\\d|\\b(?:${[...Object.keys(SMALL), ...Object.keys(SCALE)].join('|')})`, 'i');

interface Token {
  text: string;
  start: number;
  end: number;
}

// Words (with inner apostrophes), digit groups ("1,500", "2.5"), and the signs a number carries.
const TOKEN = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,]\d+)*|[$€£%-]/gu;

/**
 * Finds the numbers of a text, in digits or in words, with the money sign, scale,
 * percent and unit that go with them. A lone "one" is left alone: it is mostly a
 * pronoun or an article ("one of the top trending tweets"), not a count. Vague
 * plurals ("millions of users", "dozens of arrests") are not numbers.
 *
 * @example findNumbers('a thirty-day notice and $14 million')
 *   // [{value: 30, unit: 'day', …}, {value: 14000000, currency: '$', …}]
 */
export function findNumbers(text: string): NumberMention[] {
  if (!MAY_HAVE_NUMBER.test(text)) return [];
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const gap = (i: number) => text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = readNumber(tokens, i, gap, text);
    if (!found) continue;
    out.push(found.mention);
    i = found.next - 1;
  }
  return out;
}

function readNumber(tokens: Token[], i: number, gap: (i: number) => string, text: string): { mention: NumberMention; next: number } | null {
  let k = i;
  let currency: string | null = null;
  if (/^[$€£]$/.test(tokens[k]!.text) && tokens[k + 1] && /^\d/.test(tokens[k + 1]!.text) && gap(k + 1) === '') {
    currency = tokens[k]!.text;
    k++;
  }
  const first = tokens[k]!;
  let value: number;
  if (/^\d/.test(first.text)) {
    // Inside a code or a name ("COVID-19", "A320", "1st") the digits are not a count;
    // money keeps its short scales ("$14m", "$2bn").
    const suffix = /^\p{L}+/u.exec(text.slice(first.end))?.[0] ?? '';
    if (/[\p{L}\p{N}]-?$/u.test(text.slice(Math.max(0, first.start - 2), first.start))) return null;
    if (suffix !== '' && !(currency && suffix.toLowerCase() in SHORT_SCALE)) return null;
    value = parseDigits(first.text);
    if (Number.isNaN(value)) return null;
    k++;
    if (suffix !== '') {
      value = Math.round(value * SHORT_SCALE[suffix.toLowerCase()]!);
      k++;
    } else if (tokens[k] && tokens[k]!.text.toLowerCase() in SCALE && /^\s+$/.test(gap(k))) {
      value = Math.round(value * SCALE[tokens[k]!.text.toLowerCase()]!);
      k++;
    }
  } else if (/^an?$/i.test(first.text) && tokens[k + 1] && /^(?:hundred|thousand|million|billion|trillion)$/i.test(tokens[k + 1]!.text) && /^\s+$/.test(gap(k + 1))) {
    value = SCALE[tokens[k + 1]!.text.toLowerCase()]!; // "a million users"
    k += 2;
  } else if (first.text.toLowerCase() in SMALL) {
    const words: string[] = [];
    while (tokens[k]) {
      const w = tokens[k]!.text.toLowerCase();
      if (!(w in SMALL || w in SCALE)) break;
      words.push(w);
      k++;
      // "twenty-five", "one hundred and twenty": joined by a hyphen, a space or "and".
      if (tokens[k]?.text === '-' && gap(k) === '' && tokens[k + 1] && isNumberWord(tokens[k + 1]!.text) && gap(k + 1) === '') k++;
      else if (tokens[k]?.text.toLowerCase() === 'and' && tokens[k + 1] && isNumberWord(tokens[k + 1]!.text) && words[words.length - 1]! in SCALE) k++;
      else if (!(tokens[k] && /^\s+$/.test(gap(k)))) break;
    }
    if (words.length === 1 && words[0] === 'one') return null;
    value = wordsValue(words);
  } else {
    return null;
  }
  let percent = false;
  if (tokens[k]?.text === '%' && /^\s?$/.test(gap(k))) {
    percent = true;
    k++;
  } else if (tokens[k]?.text.toLowerCase() === 'percent') {
    percent = true;
    k++;
  } else if (tokens[k]?.text.toLowerCase() === 'per' && tokens[k + 1]?.text.toLowerCase() === 'cent') {
    percent = true;
    k += 2;
  }
  let unit: string | null = null;
  if (tokens[k]?.text === '-' && gap(k) === '' && tokens[k + 1] && /^\p{L}/u.test(tokens[k + 1]!.text) && gap(k + 1) === '') {
    unit = singular(tokens[k + 1]!.text.toLowerCase()); // "thirty-day", "18-page"
    k += 2;
  } else if (!percent && tokens[k] && /^\p{Ll}+$/u.test(tokens[k]!.text) && /^\s+$/.test(gap(k)) && !NOT_UNITS.has(tokens[k]!.text) && !isNumberWord(tokens[k]!.text)) {
    unit = singular(tokens[k]!.text); // "30 days", "98 examples"
    k++;
  }
  const start = tokens[i]!.start;
  return { mention: { start, end: tokens[k - 1]!.end, value, currency, percent, unit }, next: k };
}

function parseDigits(s: string): number {
  // "1,500" and "1,500,000" group thousands; "2.5" is a decimal; "1.500" (European grouping) is read as 1500.
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return NaN;
}

function wordsValue(words: readonly string[]): number {
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in SMALL) current += SMALL[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else {
      total += (current || 1) * SCALE[w]!;
      current = 0;
    }
  }
  return total + current;
}

/**
 * The singular of a unit word, by the regular English rules: "days" → "day",
 * "companies" → "company", "boxes" → "box"; "glass" and "bus" stay.
 */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** How a number mention is written after normalising: "$14000000", "30 day", "5 percent". */
export function formatNumber(n: NumberMention): string {
  return `${n.currency ?? ''}${n.value}${n.percent ? ' percent' : ''}${n.unit ? ` ${n.unit}` : ''}`;
}

/**
 * Rewrites every number of a text in one form, so that "thirty-day notice", "a 30-day
 * notice" and "notice of 30 days" share the words `30 day`.
 *
 * @example normalizeNumbers('a thirty-day notice') // 'a 30 day notice'
 * @example normalizeNumbers('over 12 million users') // 'over 12000000 user'
 */
export function normalizeNumbers(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const n of findNumbers(text)) {
    parts.push(text.slice(at, n.start), formatNumber(n));
    at = n.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
