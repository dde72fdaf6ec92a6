// A word is letters, digits and marks, with inner apostrophes kept: “AWS’s” is one
// token, `aws's`; “it[s]” is two, `it` and `s`.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Lowercase word tokens of a text, punctuation and quote marks dropped.
 *
 * @example wordTokens('“Hold on,” he said.') // ['hold', 'on', 'he', 'said']
 */
export function wordTokens(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).map((t) => t.replace(/[’ʼ]/g, "'"));
}

/**
 * Shared tokens (counted with repeats) over the token count of the longer text, 0–1.
 * A predicted span that adds or drops a few words around the gold one still scores high;
 * one that holds the gold span inside a much longer one does not.
 *
 * @example tokenOverlap('hold on and come back', 'hold on') // 0.4
 */
export function tokenOverlap(a: string, b: string): number {
  const left = wordTokens(a);
  const right = wordTokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of left) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of right) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return shared / Math.max(left.length, right.length);
}
