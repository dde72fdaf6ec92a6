import type { ClaimVector } from './weigh-tokens.js';

/** The value of a number key: `30` of `30 day`. */
const valueOf = (key: string) => key.split(' ')[0]!;

/**
 * Whether two claims disagree on how many: both carry figures (see weighTokens) and share
 * no value. Units are not compared, since one outlet writes "two heartland states" and
 * another "the two states": `2 heartland` and `2 state` agree.
 *
 * @example disagreeNumbers(vectorOf('The company reported 12 fires.'), vectorOf('The company reported 40 fires.')) // true
 */
export function disagreeNumbers(a: ClaimVector, b: ClaimVector): boolean {
  if (a.numbers.size === 0 || b.numbers.size === 0) return false;
  const values = new Set([...a.numbers].map(valueOf));
  for (const n of b.numbers) if (values.has(valueOf(n))) return false;
  return true;
}
