import { findNumbers } from '../numbers.js';

/**
 * True when a sentence carries a count, an amount or a share: digits, number words,
 * "thirty-day", "5%", "$14 million". A bare year is a date, not a number ("since
 * 2020"), and vague plurals ("millions of users") are not counts.
 *
 * @example hasNumber('The 18-page complaint was filed in Seattle.') // true
 * @example hasNumber('Millions of users fled in 2021.') // false
 */
export function hasNumber(text: string): boolean {
  return findNumbers(text).some((n) => !isBareYear(n.value, text.slice(n.start, n.end), n.currency, n.percent));
}

function isBareYear(value: number, written: string, currency: string | null, percent: boolean): boolean {
  // "the 2020 election" is a year; "2000 users" and "2000 people" are counts.
  return !currency && !percent && /^\d{4}\b/.test(written) && value >= 1900 && value <= 2099 && !/\s\p{L}+(?:s|people)$/u.test(written);
}
