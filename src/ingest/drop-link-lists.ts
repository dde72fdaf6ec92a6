import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { linkDensity, textLength } from './html-measure.js';

/** A list is a list of links to other pages when most of its text is link text. */
const LINK_LIST_DENSITY = 0.5;
/** A heading over such a list ("More from the Courier", "You may also like…") is short. */
const MAX_LIST_HEADING = 60;
/** A paragraph that is one link, `<p><a>COUNCIL VOTES ON BUS LANES</a></p>`, is a teaser for another story. */
const LINK_PARAGRAPH_DENSITY = 0.9;

/**
 * Remove lists of links to other stories and the short heading just above them, as in
 * `<h3>More from the Courier</h3><ul><li><a>Bus fares rise</a></li><li><a>Pier reopens</a></li></ul>`,
 * and paragraphs that are nothing but a link to another story. A list in the story,
 * "- 200 homes flooded - the school closed", has little link text and stays.
 */
export function dropLinkLists($: CheerioAPI): void {
  $('ul, ol').each((_, el) => {
    if ($(el).children('li').length < 2 || linkDensity($, el) < LINK_LIST_DENSITY) return;
    const heading = $(el).prev();
    if (heading.length > 0 && isListHeading($, heading[0]!)) heading.remove();
    $(el).remove();
  });
  $('p').each((_, el) => {
    if ($(el).find('a').length > 0 && linkDensity($, el) >= LINK_PARAGRAPH_DENSITY) $(el).remove();
  });
}

function isListHeading($: CheerioAPI, el: Element): boolean {
  if (!/^(h[2-6]|p|div|span|strong|b)$/.test(el.name)) return false;
  const length = textLength($(el).text());
  return length > 0 && length <= MAX_LIST_HEADING && $(el).find('p, li, div').length === 0;
}
