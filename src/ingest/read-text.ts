import type { RawArticle } from '../model/types.js';

/**
 * Reads a plain-text article, as pasted from a browser. Headline and byline are
 * found later by cleaning (they look the same in every format), so this reader
 * only normalises line breaks.
 *
 * @example readText('Parler sues Amazon\n\nby Jane Roe\n\nParler sued…', 'a.txt').body
 */
export function readText(source: string, file: string, index = 0): RawArticle {
  return { file, index, body: source, meta: {}, diagnostics: [] };
}
