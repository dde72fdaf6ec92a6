import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

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


/** Tags that start a new line of text. */
export const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'tr', 'div', 'section', 'article', 'main',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'address', 'center', 'details', 'summary', 'hr',
]);

/**
 * The elements inside `roots`, in document order, as `$('body *')` gives them. css-select
 * matches a descendant selector by walking up from every element, which is quadratic in
 * the depth: 10,000 nested <div>s took 20 s. This walks down once.
 */
export function elementsUnder(roots: readonly Element[]): Element[] {
  const out: Element[] = [];
  // Children pushed last to first, so they come off the stack in document order.
  const pushChildren = (el: Element, stack: Element[]) => {
    const children = el.children.filter(isElement);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  };
  for (const root of roots) {
    const stack: Element[] = [];
    pushChildren(root, stack);
    while (stack.length > 0) {
      const el = stack.pop()!;
      out.push(el);
      pushChildren(el, stack);
    }
  }
  return out;
}

/** Whether a node is an element (not text, a comment or a doctype). */
export function isElement(node: AnyNode): node is Element {
  return 'name' in node && 'attribs' in node && (node.type as string) !== 'directive';
}
