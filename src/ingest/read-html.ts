import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio';

// cheerio is a large part of start-up: load it only when an HTML file is read, so
// `coverage --help` and text-only runs do not pay for it.
let cheerioLoad: typeof import('cheerio').load | undefined;
function load(...args: Parameters<typeof import('cheerio').load>): CheerioAPI {
  cheerioLoad ??= (createRequire(import.meta.url)('cheerio') as typeof import('cheerio')).load;
  return cheerioLoad(...args);
}
import type { AnyNode, Element } from 'domhandler';
import type { Diagnostic, RawArticle } from '../model/types.js';
import { BLOCK_TAGS, elementsUnder, isElement, linkDensity, paragraphTextLength, textLength } from './html-measure.js';
import { findDensestBlock, storyParts } from './find-densest-block.js';
import { dropLinkLists } from './drop-link-lists.js';
import { looksLikeFurniture } from './looks-like-furniture.js';
import { registrableDomain } from './registrable-domain.js';
import { pageLinkDomain } from './page-link-domain.js';

type JsonObject = Record<string, unknown>;

/** Shorter JSON-LD bodies are teasers or summaries, not the story. */
const MIN_JSON_LD_BODY = 200;
/** A JSON-LD body with less than 1/TEASER_RATIO of the page's story text is a teaser. */
const TEASER_RATIO = 2;
/** Blocks above the headline this short are kickers or section labels ("Opinion", "Eastwick"). */
const MAX_LABEL = 40;
/** Longer "author" text on the page is a bio box, not a name. */
const MAX_NAME = 80;

const DROP_TAGS =
  'nav, header, footer, aside, script, style, noscript, template, button, iframe, svg, figure, figcaption, ' +
  'select, textarea, input, dialog, canvas, video, audio, object, embed, [hidden], [aria-hidden="true"], ' +
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="search"]';

const CONTENT_WORD = /article|story|content|body|entry|post|prose|text/;
const COMMENT_WORD = /comment|disqus|repl(y|ies)/;

/** A publisher.name that is a wire service or a company, not the site a reader saw: "Associated Press", "Example Media Ltd". */
const NOT_THE_SITE = /\b(associated press|reuters|afp|agence france|news service|wire|ltd|limited|inc|llc|plc|gmbh|corp|corporation|holdings|group)\b\.?\s*$|^(the )?associated press\b|^reuters\b/i;
const ARTICLE_TYPE = /(Article|Posting|Report)$/;
const OPINION_WORDS = /\b(opinions?|op-?eds?|editorials?|commentary)\b/i;
const OPINION_LABEL = /^(opinion|op-ed|editorial|commentary)(\s*[|:–—-].*)?$/i;
const KICKER_CLASS = /kicker|eyebrow|label|rubric|section|category|flag|overline|badge|tag/i;

/**
 * Read one saved news page into a raw article: metadata from JSON-LD and meta tags,
 * the body from the best container the page offers. Never throws; a page without
 * article text gives `body: ''` and a `no-article-body` diagnostic.
 *
 * @example
 * readHtml('<title>Dam fails</title><article><p>The dam failed at dawn.</p></article>', 'dam.html')
 * // → { title: 'Dam fails', body: 'The dam failed at dawn.', bodySource: 'article', … }
 */
export function readHtml(source: string, file: string): RawArticle {
  const html = closeRunawayTitle(wellFormed(source));
  const depth = nestingDepth(html);
  if (depth > MAX_DOM_DEPTH) return readFlattened(html, file, depth);
  const $ = load(html);
  const diagnostics: Diagnostic[] = [];
  const nodes = readJsonLd($, file, diagnostics);
  const byId = new Map(nodes.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'], n] as const] : [])));
  const canonical = attr($, 'link[rel~="canonical"]', 'href');
  const ld = pickArticleNode(nodes, canonical) ?? {};

  const publisher = namesOf(ld.publisher, byId)[0];
  const siteName = metaContent($, 'og:site_name');
  const url = firstOf(textOf(ld.url), idOf(ld.mainEntityOfPage), canonical, metaContent($, 'og:url'));
  // publisher.name names the site ("The Hill" where og:site_name says "TheHill"), except when it is
  // the wire that wrote a syndicated story or the company behind the site: then og:site_name does.
  const byPublisher: [string, string | undefined] = ['publisher.name', publisher];
  const bySiteName: [string, string | undefined] = ['og:site_name', siteName];
  const outletFound = pickOutlet([
    ...(publisher !== undefined && NOT_THE_SITE.test(publisher) ? [bySiteName, byPublisher] : [byPublisher, bySiteName]),
    ['application-name', metaContent($, 'application-name')],
    ['twitter:site', metaContent($, 'twitter:site')?.replace(/^@/, '')],
    ['url-domain', firstOf(...[canonical, metaContent($, 'og:url'), url].map((u) => (u ? registrableDomain(u) : undefined)))],
    ['link-domain', pageLinkDomain($)],
  ]);
  const outlet = outletFound?.[1];
  const siteNames = [siteName, publisher, outlet].filter((s): s is string => Boolean(s));
  const title = firstOf(
    textOf(ld.headline),
    metaContent($, 'og:title'),
    metaContent($, 'twitter:title'),
    clean($('title').first().text()),
    clean($('h1').first().text()),
  );
  const types = [ld['@type']].flat().filter((t): t is string => typeof t === 'string');
  const section = firstOf(textOf(ld.articleSection), metaContent($, 'article:section'));
  const isOpinion =
    types.includes('OpinionNewsArticle') ||
    [section, textOf(ld.genre), metaContent($, 'og:type')].some((s) => s !== undefined && OPINION_WORDS.test(s)) ||
    hasOpinionLabel($);

  const article: RawArticle = {
    file,
    index: 0,
    title: title === undefined ? undefined : stripSiteName(title, siteNames),
    author: readAuthor($, ld, byId),
    date: firstOf(
      textOf(ld.datePublished),
      textOf(ld.dateCreated),
      metaContent($, 'article:published_time'),
      metaContent($, 'datePublished'),
      metaContent($, 'pubdate'),
      metaContent($, 'publish-date'),
      metaContent($, 'parsely-pub-date'),
      metaContent($, 'dc.date'),
      metaContent($, 'dc.date.issued'),
      metaContent($, 'date'),
      metaContent($, 'sailthru.date'),
      metaContent($, 'og:published_time'),
      attr($, 'article time[datetime]', 'datetime'),
      attr($, '[itemprop="datePublished"][datetime]', 'datetime'),
      attr($, 'time[pubdate][datetime]', 'datetime'),
    ),
    url,
    outlet,
    outletFrom: outletFound?.[0],
    isOpinion,
    body: '',
    meta: pruneUndefined({
      section,
      keywords: keywordsOf(ld.keywords ?? metaContent($, 'news_keywords') ?? metaContent($, 'keywords')),
      description: firstOf(textOf(ld.description), metaContent($, 'og:description'), metaContent($, 'description')),
      language: firstOf(attr($, 'html', 'lang'), textOf(ld.inLanguage), metaContent($, 'og:locale')),
      dateModified: firstOf(textOf(ld.dateModified), metaContent($, 'article:modified_time')),
      publisher,
      jsonLdType: types.length > 0 ? types.join(', ') : undefined,
    }),
    diagnostics,
  };

  const found = readBody($, textOf(ld.articleBody, false));
  const paragraphs = dropLeadingHeadline(found?.paragraphs ?? [], article.title);
  if (found && paragraphs.length > 0) {
    article.body = paragraphs.join('\n\n');
    article.bodySource = found.source;
  } else {
    diagnostics.push(noArticleBody(file));
  }
  return article;
}

/**
 * An unclosed `<title>` swallows the page up to the next `</title>` (often none) as title text, e.g.
 * `<title>Bridge closed | Echo⏎<meta …>⏎<body><p>…`; close it before the first page-structure tag.
 * Title text such as `Why x<y matters` is left alone.
 */
function closeRunawayTitle(source: string): string {
  const open = /<title\b[^>]*>/i.exec(source);
  if (!open) return source;
  const rest = source.slice(open.index + open[0].length);
  const end = rest.search(/<\/title\s*>/i);
  const nextTag = rest.search(/<\/?(head|meta|link|script|style|body|div|p|article|main|h1)\b[^>]*>/i);
  if (nextTag === -1 || (end !== -1 && end <= nextTag)) return source;
  const at = open.index + open[0].length + nextTag;
  return `${source.slice(0, at)}</title>${source.slice(at)}`;
}

/** All JSON-LD objects on the page, flattened out of arrays, `@graph` and `mainEntity`. */
function readJsonLd($: CheerioAPI, file: string, diagnostics: Diagnostic[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  $('script').each((_, el) => {
    if (!/ld\+json/i.test($(el).attr('type') ?? '')) return;
    const parsed = parseJson($(el).text());
    if (parsed === undefined) {
      diagnostics.push({
        code: 'invalid-json-ld',
        severity: 'warning',
        file,
        message: `${file}: a JSON-LD block is not valid JSON and was skipped; metadata comes from the meta tags instead`,
      });
      return;
    }
    flattenJsonLd(parsed, nodes);
  });
  return nodes;
}

/** JSON.parse that tolerates CDATA wrappers and raw newlines inside strings, as CMSes emit them. */
function parseJson(text: string): unknown {
  const trimmed = text.replace(/^\s*(\/\*\s*)?<!\[CDATA\[(\s*\*\/)?|(\/\*\s*)?\]\]>(\s*\*\/)?\s*$/g, '').trim();
  for (const candidate of [trimmed, escapeControlCharsInStrings(trimmed)]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the repaired text next
    }
  }
  return undefined;
}

/** `{"articleBody": "line one⏎line two"}` is invalid JSON; escape control characters inside strings only. */
function escapeControlCharsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString && ch === '\\') {
      out += ch + (text[i + 1] ?? '');
      i++;
    } else if (ch === '"') {
      inString = !inString;
      out += ch;
    } else if (inString && ch < ' ') {
      out += ch === '\n' ? '\\n' : ch === '\t' ? '\\t' : ch === '\r' ? '\\r' : ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

function flattenJsonLd(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, out);
  } else if (isObject(value)) {
    out.push(value);
    flattenJsonLd(value['@graph'], out);
    flattenJsonLd(value.mainEntity, out);
  }
}

/** The article node: one matching the canonical URL wins, then one with a body, then the first. */
function pickArticleNode(nodes: JsonObject[], canonical: string | undefined): JsonObject | undefined {
  let best: JsonObject | undefined;
  let bestScore = -1;
  for (const node of nodes) {
    const types = [node['@type']].flat();
    if (!types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) continue;
    const score = (canonical !== undefined && node.url === canonical ? 2 : 0) + (node.articleBody ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [node, score];
  }
  return best;
}

/** Names from a string, a `{name}` object, an `{@id}` reference, or an array of those. */
function namesOf(value: unknown, byId: Map<string, JsonObject>): string[] {
  if (typeof value === 'string') return value.trim() ? [decodeEntities(value.trim())] : [];
  if (Array.isArray(value)) return value.flatMap((v) => namesOf(v, byId));
  if (!isObject(value)) return [];
  const ref = typeof value['@id'] === 'string' && value.name === undefined ? byId.get(value['@id']) : undefined;
  return namesOf((ref ?? value).name, byId);
}

/** JSON-LD author, then meta author, then microdata; "By Jane Roe" becomes "Jane Roe" and profile URLs are skipped. */
function readAuthor($: CheerioAPI, ld: JsonObject, byId: Map<string, JsonObject>): string | undefined {
  // Selector groups match in document order, so the more specific selectors are tried one by one.
  const fromDom = ['[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel~="author"]']
    .map((selector) => clean($(selector).first().text()))
    .find((name) => name !== undefined && name.length <= MAX_NAME);
  const candidates = [namesOf(ld.author, byId), [metaContent($, 'author')], [fromDom]];
  for (const names of candidates) {
    const usable = [...new Set(names.map((n) => n?.replace(/^by\s+/i, '').trim()))].filter(
      (n): n is string => n !== undefined && n !== '' && !/^https?:\/\//i.test(n),
    );
    if (usable.length > 0) return usable.join(', ');
  }
  return undefined;
}

/** A visible "Opinion" kicker such as `<span class="kicker">Opinion</span>`, outside the site menus. */
function hasOpinionLabel($: CheerioAPI): boolean {
  return $('[class]').toArray().some((el) => {
    if (!KICKER_CLASS.test($(el).attr('class') ?? '')) return false;
    if ($(el).closest('nav, footer, aside, [role="navigation"]').length > 0) return false;
    return OPINION_LABEL.test(clean($(el).text()) ?? '');
  });
}

/**
 * The first usable outlet name with the field it came from; an empty one, a URL
 * (`og:site_name` = "https://www.example.in") or a long hex string is skipped.
 */
function pickOutlet(candidates: [from: string, name: string | undefined][]): [from: string, name: string] | undefined {
  return candidates.find((c): c is [string, string] => c[1] !== undefined && c[1] !== '' && !/^[0-9a-f]{16,}$/i.test(c[1]) && !/^https?:\/\//i.test(c[1]));
}

/** Drop the " | Site" in "Dam fails | The Courier", or "The Courier - " in front, when it names the site. */
function stripSiteName(title: string, siteNames: string[]): string {
  const sites = new Set(siteNames.map(comparable));
  const suffix = /^(.*\S)\s+[|\-–—:·•]\s+(.+)$/.exec(title);
  if (suffix && sites.has(comparable(suffix[2]))) return suffix[1];
  // (?=[^]*\S$) fails at once where every split would fail at the end; (?<!\s) splits a run of spaces once.
  const prefix = /^(?=[^]*\S$)(.+?)(?<!\s)\s+[|\-–—:·•]\s+(.*\S)$/.exec(title);
  if (prefix && sites.has(comparable(prefix[1]))) return prefix[2];
  return title;
}

interface BodyFound {
  paragraphs: string[];
  source: string;
}

/** The body: JSON-LD's articleBody unless it is a teaser, then `<article>`, `<main>`, the densest block. */
function readBody($: CheerioAPI, ldBody: string | undefined): BodyFound | undefined {
  const ldParagraphs = ldBody && ldBody.trim().length >= MIN_JSON_LD_BODY ? jsonLdParagraphs(ldBody) : [];
  const fromDom = readDomBody($);
  if (ldParagraphs.length === 0) return fromDom;
  if (fromDom && isTeaser(ldParagraphs, fromDom.paragraphs)) return fromDom;
  return { paragraphs: ldParagraphs, source: 'json-ld' };
}

/**
 * A JSON-LD articleBody that only starts the story: it ends in "…" or "[...]", or the page
 * shows well over twice its text, e.g. a 480-character summary over a 4,000-character story.
 */
function isTeaser(ld: string[], dom: string[]): boolean {
  const last = ld[ld.length - 1] ?? '';
  if (/(…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/.test(last)) return true;
  return TEASER_RATIO * textLength(ld.join(' ')) < textLength(dom.join(' '));
}

function readDomBody($: CheerioAPI): BodyFound | undefined {
  dropFurniture($);
  const densest = findDensestBlock($);
  // An <article> that does not hold the densest text is a teaser card, not the story.
  const holdsStory = (el: Element): boolean => !densest || el === densest || $.contains(el, densest);
  const articles = $('article').toArray().filter(holdsStory);
  articles.sort((a, b) => paragraphTextLength($, b) - paragraphTextLength($, a));
  const main = $('main, [role="main"]').toArray().find(holdsStory);
  const candidates: [Element[], string][] = [
    [articles.slice(0, 1), 'article'],
    [main ? [main] : [], 'main'],
    [densest ? storyParts($, densest) : [], 'densest-block'],
  ];
  for (const [parts, source] of candidates) {
    const paragraphs = parts.flatMap((el) => blockParagraphs(el));
    if (paragraphs.length > 0) return { paragraphs, source };
  }
  return undefined;
}

/** Keep the body's own breaks: blank lines if it has them, otherwise single newlines; HTML bodies are walked. */
function jsonLdParagraphs(raw: string): string[] {
  // Some CMSes escape the body's markup: `&lt;p&gt;The dam failed.&lt;/p&gt;`.
  const body = /&lt;\/?(p|br|div|h[1-6]|li)\b/i.test(raw) && !/<\/?(p|br|div)\b/i.test(raw) ? decodeEntities(raw) : raw;
  if (/<\/?(p|br|div|h[1-6]|li)\b[^>]*>/i.test(body)) {
    const $body = load(wellFormed(body), null, false);
    $body(DROP_TAGS).remove();
    return blockParagraphs($body.root()[0]);
  }
  const separator = /\n\s*\n/.test(body) ? /\n\s*\n/ : /\n/;
  return body
    .split(separator)
    .map((p) => clean(decodeEntities(p)))
    .filter((p): p is string => Boolean(p));
}

/** Remove menus, widgets and boxes around the story; a container holding most of the story is kept. */
function dropFurniture($: CheerioAPI): void {
  $(DROP_TAGS).remove();
  const total = paragraphTextLength($, $('body')[0]);
  // Some CMSes (ASP.NET) wrap the whole page in one <form>.
  $('form').each((_, el) => {
    if (paragraphTextLength($, el) * 2 < total || total === 0) $(el).remove();
  });
  for (const el of elementsUnder($('body').toArray())) {
    if (['article', 'main'].includes(el.name) || !looksLikeFurniture(el)) continue;
    if ($(el).find('main, [role="main"]').length > 0) continue;
    // A widget never holds most of the page's prose; a wrapper such as
    // `<div class="layout-with-sidebar">` or `<div class="article-body share-on">` does.
    // Comment threads can outgrow the story, so they need a content word to be kept.
    const ownWords = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
    const holdsMost = total > 0 && paragraphTextLength($, el) * 2 >= total;
    if (holdsMost && (CONTENT_WORD.test(ownWords) || !COMMENT_WORD.test(ownWords))) continue;
    $(el).remove();
  }
  dropLinkLists($);
}

function noArticleBody(file: string): Diagnostic {
  return { code: 'no-article-body', severity: 'error', file, message: `${file}: no article text found in the HTML; save the page with its article text or pass the text as .txt` };
}

/**
 * Deeper than this, a page is read as text (see readFlattened). parse5 follows the HTML
 * standard, whose scope checks walk the stack of open elements, and domutils' searches
 * keep a stack that grows at its front: both are quadratic in the depth (20,000 nested
 * <div>s took 15 s, 200,000 many minutes). Real pages nest a few dozen deep.
 */
const MAX_DOM_DEPTH = 3000;

/**
 * A page nested deeper than MAX_DOM_DEPTH, read without a DOM: tags out, a paragraph
 * break at each block tag, entities decoded. No metadata; a warning says why.
 */
function readFlattened(html: string, file: string, depth: number): RawArticle {
  const text = html.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]*>|<[^<>]*>/g, (_tag, name: string | undefined) =>
    name !== undefined && (BLOCK_TAGS.has(name.toLowerCase()) || name.toLowerCase() === 'br') ? '\n\n' : ' ');
  const paragraphs = decodeEntities(text).split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  const diagnostics: Diagnostic[] = [{
    code: 'html-too-deep',
    severity: 'warning',
    file,
    message: `${file}: tags nest ${depth} deep, deeper than any article page (${MAX_DOM_DEPTH}); read as text without its metadata — check that the file is a saved page`,
  }];
  if (paragraphs.length === 0) diagnostics.push(noArticleBody(file));
  return { file, index: 0, body: paragraphs.join('\n\n'), bodySource: 'text', meta: {}, diagnostics };
}

// Elements that never hold others, and those an open tag of the same kind (or a block)
// closes without an end tag: neither deepens a page.
const NO_DEPTH = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

/** How deep the page's tags nest at most, counted from its tags alone, without parsing. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (NO_DEPTH.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}


/**
 * One line per block: `<p>A<br>B</p><ul><li>C</li></ul>` → `['A B', '- C']`.
 * Two `<br>` in a row separate paragraphs, as in `<div>One.<br><br>Two.</div>`.
 */
function blockParagraphs(root: AnyNode): string[] {
  const out: string[] = [];
  let line = '';
  let prefix = '';
  let afterBreak = false;
  const flush = (): void => {
    const text = clean(line);
    if (text) out.push(prefix + text);
    line = '';
    afterBreak = false;
  };
  const walk = (node: AnyNode): void => {
    if ((node.type as string) === 'text') {
      const data = 'data' in node ? node.data : '';
      if (data.trim()) afterBreak = false;
      line += data;
      return;
    }
    if (!isElement(node)) {
      if ('children' in node) node.children.forEach(walk);
      return;
    }
    const name = node.name;
    if (name === 'br') {
      if (afterBreak) {
        flush();
      } else {
        line += ' ';
        afterBreak = true;
      }
      return;
    }
    if (name === 'td' || name === 'th') {
      if (line.trim()) line += ' | ';
      node.children.forEach(walk);
      return;
    }
    if (!BLOCK_TAGS.has(name)) {
      node.children.forEach(walk);
      return;
    }
    flush();
    const outer = prefix;
    if (name === 'li') prefix = '- ';
    node.children.forEach(walk);
    flush();
    prefix = outer;
  };
  walk(root);
  flush();
  return out;
}

/**
 * Skip a leading block that repeats the headline, with any short labels above it:
 * `['Opinion', 'Buses, not a bypass', 'When the bus…']` → `['When the bus…']`.
 */
function dropLeadingHeadline(paragraphs: string[], title: string | undefined): string[] {
  if (!title) return paragraphs;
  const at = paragraphs.slice(0, 3).findIndex((p) => comparable(p) === comparable(title));
  const labelsOnly = paragraphs.slice(0, Math.max(at, 0)).every((p) => p.length <= MAX_LABEL);
  return at !== -1 && labelsOnly ? paragraphs.slice(at + 1) : paragraphs;
}

function metaContent($: CheerioAPI, key: string): string | undefined {
  const lower = key.toLowerCase();
  const el = $('meta').toArray().find((m) => {
    const { property, name, itemprop } = m.attribs;
    return [property, name, itemprop].some((v) => v?.toLowerCase() === lower);
  });
  return el ? clean(el.attribs.content ?? '') : undefined;
}

function attr($: CheerioAPI, selector: string, name: string): string | undefined {
  return clean($(selector).first().attr(name) ?? '');
}

/** A trimmed string from a JSON-LD value that may be a string, a number or an array of them. */
function textOf(value: unknown, collapse = true): string | undefined {
  if (Array.isArray(value)) return firstOf(...value.map((v) => textOf(v, collapse)));
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  return collapse ? clean(decodeEntities(value)) : value.trim() || undefined;
}

function idOf(value: unknown): string | undefined {
  return typeof value === 'string' ? clean(value) : isObject(value) ? textOf(value['@id']) : undefined;
}

function keywordsOf(value: unknown): string[] | undefined {
  const list = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((k) => (typeof k === 'string' ? clean(decodeEntities(k)) : undefined))
    .filter((k): k is string => Boolean(k));
  return list.length > 0 ? [...new Set(list)] : undefined;
}

/** JSON-LD written by CMSes often carries `&#8217;` and `&amp;` inside its strings. */
function decodeEntities(text: string): string {
  if (!/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(text)) return text;
  return load(wellFormed(text).replace(/</g, '&lt;'), null, false).text();
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Lone surrogates become U+FFFD, as a decoder makes them: parse5 throws on a low surrogate
 * followed by another (`"\udc00\udc00"`), which a string from the library API or a JSON
 * `"\\udc00"` escape can hold.
 */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** Collapse whitespace (including no-break spaces) and drop invisible characters; empty → undefined. */
function clean(text: string): string | undefined {
  const out = text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
  return out || undefined;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function firstOf(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined && v !== '');
}

function pruneUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
