import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, elementsUnder, isElement, linkDensity, nonLinkTextLength } from './html-measure.js';
import { looksLikeFurniture } from './looks-like-furniture.js';

/** A "densest block" with less text than this is a stray label, not an article. */
const MIN_BLOCK_TEXT = 40;
/**
 * A box named as furniture that was kept because it holds most of the page's prose
 * (`<div class="customer-service-box">` under a two-paragraph story) counts for this share of its text.
 */
const FURNITURE_WEIGHT = 0.25;

/**
 * The element whose own paragraphs hold the most non-link text: its `<p>` children, its
 * loose text, and text in inline children such as `<span>` or `<font>`, e.g.
 * `<div class="c3"><p>…</p><p>…</p></div>` over a sidebar of link-only paragraphs, or
 * `<div class="post"><span>The ferry will sail.<br><br>Tickets go on sale.</span></div>`
 * (a post of `<div>` and `<br>` alone), or `<span class="story"><p>…</p><p>…</p></span>`.
 */
export function findDensestBlock($: CheerioAPI): Element | undefined {
  let best: Element | undefined;
  let bestScore = MIN_BLOCK_TEXT - 1;
  const bodies = $('body').toArray();
  for (const el of [...bodies, ...elementsUnder(bodies)]) {
    // A link is a fragment of some block, never a block of its own.
    if (el.name === 'a') continue;
    const score = blockScore($, el, bestScore);
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  return best;
}

/**
 * The densest block with the siblings that continue it: a story split into
 * `<section class="story-part">`s around an ad comes back as every such section, in order.
 */
export function storyParts($: CheerioAPI, densest: Element): Element[] {
  const parent = densest.parent;
  if (!parent || !('children' in parent)) return [densest];
  const same = (el: Element): boolean =>
    el === densest ||
    (el.name === densest.name && (el.attribs.class ?? '') === (densest.attribs.class ?? '') && blockScore($, el, MIN_BLOCK_TEXT - 1) >= MIN_BLOCK_TEXT);
  return parent.children.filter(isElement).filter(same);
}

/** The block's own text, weighed down by its share of link text; 0 once it cannot beat `floor`. */
function blockScore($: CheerioAPI, el: Element, floor: number): number {
  let score = 0;
  for (const child of el.children) {
    if (isElement(child)) {
      if (child.name === 'p') score += nonLinkTextLength($, child);
      else if (!BLOCK_TAGS.has(child.name) && child.name !== 'a') score += inlineTextLength(child);
    } else if ((child.type as string) === 'text') {
      score += ('data' in child ? child.data : '').replace(/\s+/g, '').length;
    }
  }
  if (looksLikeFurniture(el)) score *= FURNITURE_WEIGHT;
  if (score <= floor) return 0;
  return score * (1 - linkDensity($, el));
}

/** Text outside links in an inline element holding no blocks; 0 if it holds any (they are scored on their own). */
function inlineTextLength(root: Element): number {
  let length = 0;
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      if (BLOCK_TAGS.has(node.name)) return 0;
      if (node.name !== 'a') stack.push(...node.children);
    } else if ((node.type as string) === 'text') {
      length += ('data' in node ? node.data : '').replace(/\s+/g, '').length;
    }
  }
  return length;
}
