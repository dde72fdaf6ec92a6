import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

/** Length of the text outside links, in characters without whitespace. */
export function nonLinkTextLength($: CheerioAPI, el: Element): number {
  return Math.round(textLength($(el).text()) * (1 - linkDensity($, el)));
}

/** Share of text inside links; an unclosed `<a>` that swallowed whole paragraphs is a wrapper, not a link. */
export function linkDensity($: CheerioAPI, el: Element): number {
  const all = textLength($(el).text());
  if (all === 0) return 0;
  const links = $(el).find('a').filter((_, a) => $(a).find('p, div, article, section').length === 0);
  return textLength(links.text()) / all;
}

/** Length of the text of the `<p>`s inside `el`. */
export function paragraphTextLength($: CheerioAPI, el: Element | undefined): number {
  return el ? textLength($(el).find('p').text()) : 0;
}

/** Characters of text without whitespace, the unit every HTML measure counts in. */
export function textLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

