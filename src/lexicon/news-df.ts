import table from './news-df.json' with { type: 'json' };

/**
 * How many articles of a background news corpus use each word, and the inverse document
 * frequency derived from it, for weighing words by how rare they are in news rather than in
 * the run at hand (five articles on one event all say "Parler"; news at large does not).
 * Derived by `scripts/build-news-df.js` from PolNeAR's train split (840 US political news
 * articles of 2016); only the counts are committed. Words in fewer than two of those articles
 * are absent and count as one.
 */
export const NEWS_DOCUMENTS: number = table.documents;

const DF: ReadonlyMap<string, number> = new Map(Object.entries(table.df as Record<string, number>));

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The words of `text` as the table counts them: lowercased runs of letters and digits, with
 * inner apostrophes (’ read as ') and hyphens kept.
 *
 * @example newsWords('Parler’s 30-day suit') // ['parler\'s', '30-day', 'suit']
 */
export function newsWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase().replace(/’/g, "'"));
}

/** Articles of the background corpus that use `word` (lowercased, as `newsWords` gives it); 0 when fewer than two. */
export function newsDf(word: string): number {
  return DF.get(word) ?? 0;
}

/**
 * Inverse document frequency of `word` in news: `ln((N + 1) / (df + 1)) + 1`, smoothed so a
 * word in every article weighs about 1 and one the corpus never had weighs `ln(N + 1) + 1`
 * (7.7 for 840 articles).
 *
 * @example newsIdf('said') < newsIdf('antitrust') // true
 */
export function newsIdf(word: string): number {
  return Math.log((NEWS_DOCUMENTS + 1) / (newsDf(word) + 1)) + 1;
}
