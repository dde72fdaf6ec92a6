/** A word of a text with its place and the key it is compared by. */
export interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes, hyphens, brackets and periods: "AWS’s", "micro-blogging", "it[s]", "U.S.".
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}’'\-.[\]]*[\p{L}\p{N}\]])?/gu;

/**
 * The comparison key of a word: case, curly vs straight apostrophes, editorial brackets
 * and hyphenation do not count. "micro-blogging" and "microblogging" are one key, as are
 * "it[s]" and "its", "AWS’s" and "aws's".
 *
 * @example wordKey('Micro-Blogging') // 'microblogging'
 */
export function wordKey(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    key = word.normalize('NFC').toLowerCase().replace(/[’‘`´]/g, "'").replace(/[[\]\-.]/g, '');
    if (KEYS.size >= 100_000) KEYS.clear();
    KEYS.set(word, key);
  }
  return key;
}

// A run's words repeat (5,000 copies of one story); their keys never change.
const KEYS = new Map<string, string>();

/** The words of a text, with offsets relative to `offset`. Ellipses and punctuation are not words. */
export function words(text: string, offset = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ text: m[0], key: wordKey(m[0]), start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

// Function words carry no content for matching: "the", "of", "is".
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'then', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is',
  'are', 'was', 'were', 'be', 'been', 'being', 'it', 'its', "it's", 'this', 'that', 'these', 'those', 'there', 'their', 'they',
  'them', 'we', 'our', 'us', 'i', 'me', 'my', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'has', 'have', 'had', 'do',
  'does', 'did', 'not', 'no', 'so', 'than', 'too', 'very', 'can', 'will', 'would', 'could', 'should', 'may', 'might', 'must',
  'also', 'into', 'over', 'about', 'after', 'before', 'which', 'who', 'whom', 'what', 'when', 'where', 'why', 'how', 'all',
  'any', 'some', 'such', 'only', 'own', 'same', 'other', 'more', 'most', 'just', 'up', 'out', 'off', 'down', 'again', 'further',
]);

/** True for words that carry content. */
export function isContent(key: string): boolean {
  return !STOP_WORDS.has(key) && key.length > 1;
}
