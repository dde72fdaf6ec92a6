// A word is a run of letters or digits, with inner apostrophes and hyphens: "Parler’s", "thirty-day".
const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;

/** Counts the words in a piece of text: "AWS’s decision, apparently." → 3. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
