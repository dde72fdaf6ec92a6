import { disagreeNumbers } from './agree-numbers.js';
import { samePolarity } from './read-polarity.js';
import type { ScoredClaim } from './score-pair.js';

/** How two claims that state one fact disagree, with each side's value. */
export interface Conflict {
  /** `number`: "15 bills" / "some 16"; `date`: "Tuesday" / "Wednesday"; `polarity`: "pleaded guilty" / "pleaded not guilty". */
  kind: 'number' | 'date' | 'polarity';
  a: string[];
  b: string[];
}

/**
 * The one way two otherwise alike claims disagree: their figures share no value, their
 * days or months share none, or a word both carry is negated in one and not the other by
 * a plain negation (not a denial, and in the same mode: "will plead not guilty" /
 * "pleaded guilty" are two claims, not a contradiction). Null when they agree. The
 * caller decides whether the claims are alike enough for that to be a contradiction
 * rather than two facts.
 *
 * @example findConflict(read('Orvel vetoed 15 bills on Tuesday.'), read('Orvel vetoed some 16 bills on Tuesday.')) // { kind: 'number', a: ['15'], b: ['16'] }
 */
export function findConflict(a: ScoredClaim, b: ScoredClaim): Conflict | null {
  // Another count of the same thing: "15 bills" / "some 16 bills", not "12 fires" / "40 injuries".
  if (disagreeNumbers(a.vector, b.vector)) return sameUnits(a.vector.numbers, b.vector.numbers) ? { kind: 'number', a: values(a.vector.numbers), b: values(b.vector.numbers) } : null;
  if (a.vector.when.size > 0 && b.vector.when.size > 0 && ![...a.vector.when].some((w) => b.vector.when.has(w))) return { kind: 'date', a: [...a.vector.when].sort(), b: [...b.vector.when].sort() };
  // Only a plain negation is a contradiction: "will plead not guilty" / "pleaded guilty"
  // differ in mode, and "denied hiring" reports a denial; those are other claims.
  if (!samePolarity(a.polarity, a.text, b.polarity, b.text) && sameMode(a, b) && !DENIAL.test(a.text) && !DENIAL.test(b.text)) return { kind: 'polarity', a: [mode(a)], b: [mode(b)] };
  return null;
}

const DENIAL = /(?<![\p{L}’'])den(?:y|ies|ied|ying)(?![\p{L}’'])/iu;

/** Whether two claims forecast or allow the same words (only negation differs). */
function sameMode(a: ScoredClaim, b: ScoredClaim): boolean {
  const noNegation = (c: ScoredClaim) => ({ ...c.polarity, negated: new Set<string>() });
  return samePolarity(noNegation(a), a.text, noNegation(b), b.text);
}

/** Whether two claims count the same things: when both give units, they share one. */
function sameUnits(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const units = (set: ReadonlySet<string>) => new Set([...set].filter((n) => n.includes(' ')).map((n) => n.slice(n.indexOf(' ') + 1)));
  const [ua, ub] = [units(a), units(b)];
  return ua.size === 0 || ub.size === 0 || [...ua].some((u) => ub.has(u));
}

/** The values of a claim's figures: `15` of `15 bill`. */
function values(numbers: ReadonlySet<string>): string[] {
  return [...new Set([...numbers].map((n) => n.split(' ')[0]!))].sort();
}

/** A claim's polarity as a value: `asserted`, or `not (guilti)` with the stems negated. */
function mode(c: ScoredClaim): string {
  return c.polarity.negated.size > 0 ? `not (${[...c.polarity.negated].sort().join(', ')})` : 'asserted';
}
