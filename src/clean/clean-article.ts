import type { Paragraph, ParagraphKind, RawArticle, Removal } from '../model/types.js';
import { normalizeText } from './normalize-text.js';
import { splitParagraphs, type SourceParagraph } from './split-paragraphs.js';
import { FURNITURE_RULES, type RuleMatch } from './rules/index.js';
import { splitOpinionLabel } from './rules/opinion-banner.js';
import { LIST_ITEM, wordCount } from './rules/rule.js';

/** The story as it will be analysed: one text, its paragraphs, and what was dropped. */
export interface CleanedArticle {
  title: string | null;
  author: string | null;
  date: string | null;
  isOpinion: boolean;
  /** Paragraphs joined by blank lines; the headline, when known, is the first paragraph. */
  text: string;
  paragraphs: Paragraph[];
  removed: Removal[];
}

export interface CleanOptions {
  /** Markdown bodies use soft line breaks: lines of a block join into one paragraph. */
  softWrap?: boolean;
  /**
   * The 1-based line in the file of each 0-based line of the body, for `removed[].line`;
   * return `undefined` where the body does not come line for line from a file (HTML, JSON).
   * Default: the body is the file (`i + 1`).
   */
  lineOf?: (index: number) => number | undefined;
}

/** How far down the headline may be, behind kickers, banners and bylines. */
const HEADLINE_WITHIN = 6;

/**
 * Cleans a raw article: normalises the text, splits paragraphs, finds the headline and
 * byline, drops page furniture (credits, ads, link lists, bios, banners) and marks
 * subheadings. Every dropped line is listed in `removed` with its reason.
 *
 * @example cleanArticle({ file: 'a.txt', index: 0, body: 'Parler sues Amazon\n\nby Jane Roe\n\nParler sued Amazon on Monday.', meta: {}, diagnostics: [] })
 *   // title 'Parler sues Amazon', author 'Jane Roe', text 'Parler sues Amazon\n\nParler sued Amazon on Monday.'
 */
export function cleanArticle(raw: RawArticle, options: CleanOptions = {}): CleanedArticle {
  const paragraphs = splitParagraphs(normalizeText(raw.body), { softWrap: options.softWrap, lineOf: options.lineOf });
  const removed: Removal[] = [];
  // Each run of white space is tried from its start only (?<!\s): a long run without a line break is read once.
  let title = raw.title ? normalizeText(raw.title).replace(/(?<!\s)\s*\n+\s*/g, ' ').trim() || null : null;
  let author = raw.author ? normalizeText(raw.author).replace(/(?<!\s)\s*\n+\s*/g, ' ').trim() || null : null;
  let date = raw.date ?? null;
  let isOpinion = raw.isOpinion ?? false;

  // "Opinion | Our towns need buses" as the title: the label is a banner.
  const label = title === null ? null : splitOpinionLabel(title);
  if (title !== null && label?.rest) {
    removed.push({ reason: 'opinion-banner', text: title.slice(0, title.length - label.rest.length).trim() });
    title = label.rest;
    isOpinion = true;
  }

  const kept: SourceParagraph[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    const paragraph = paragraphs[i]!;
    if (title !== null && sameText(paragraph.text, title)) {
      removed.push(removal('repeated-headline', paragraph));
      i++;
      continue;
    }
    const found = matchFurniture(i, paragraphs, author ?? undefined);
    if (found?.match.unwrapped) {
      // The words take the place of the last paragraph the markup ran over, and are read again.
      const { reason, match } = found;
      const last = i + match.count - 1;
      const line = paragraphs[last]!.line;
      removed.push(removal(reason, { text: match.unwrapped!.markup, line: paragraphs[i]!.line }));
      paragraphs[last] = line === undefined ? { text: match.unwrapped!.text } : { text: match.unwrapped!.text, line };
      i = last;
      continue;
    }
    if (found) {
      const { reason, match } = found;
      for (const p of paragraphs.slice(i, i + match.count)) removed.push(removal(reason, p));
      if (match.author && author === null) author = match.author;
      if (match.date && date === null) date = match.date;
      if (match.isOpinion) isOpinion = true;
      if (match.title && title === null && kept.length === 0) title = match.title;
      i += match.count;
      continue;
    }
    // The headline is the first line that looks like one, before any story paragraph.
    if (title === null && kept.length === 0 && i < HEADLINE_WITHIN && i < paragraphs.length - 1 && looksLikeHeadline(paragraph.text)) {
      title = paragraph.text;
      i++;
      continue;
    }
    kept.push(paragraph);
    i++;
  }

  const parts: Array<{ text: string; kind: ParagraphKind }> = [];
  if (title !== null) parts.push({ text: title, kind: 'headline' });
  kept.forEach((p, i) => parts.push({ text: p.text, kind: isSubheading(kept, i) ? 'subheading' : 'body' }));
  return { title, author, date, isOpinion, ...assemble(parts), removed };
}

function matchFurniture(i: number, paragraphs: readonly SourceParagraph[], author: string | undefined): { reason: string; match: RuleMatch } | null {
  for (const rule of FURNITURE_RULES) {
    const match = rule.match(i, { paragraphs, author });
    if (match && match.count >= 1) return { reason: rule.reason, match };
  }
  return null;
}

function removal(reason: string, p: SourceParagraph): Removal {
  return p.line === undefined ? { reason, text: p.text } : { reason, text: p.text, line: p.line };
}

function assemble(parts: Array<{ text: string; kind: ParagraphKind }>): { text: string; paragraphs: Paragraph[] } {
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const part of parts) {
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + part.text.length, kind: part.kind });
    text += part.text;
  }
  return { text, paragraphs };
}

/**
 * A first line reads as a headline when it is short and does not end like a sentence:
 * "Parler sues Amazon Web Services after being forced offline". A lede ending in a
 * period ("Parler … has filed a lawsuit against Amazon on Monday. …") is not one.
 */
export function looksLikeHeadline(text: string): boolean {
  if (text.length > 250 || wordCount(text) > 30 || LIST_ITEM.test(text)) return false;
  if (/[.,;:]$/.test(text) && !/\b[A-Z][a-z]{0,3}\.$|\.\.\.$/.test(text)) return false;
  return /^[\p{Lu}\p{N}“"‘'«„(]/u.test(text);
}

/**
 * A subheading is a short line between paragraphs that does not end a sentence:
 * "Parler seeks temporary restraining order". It is kept but never split into sentences.
 */
export function isSubheading(paragraphs: readonly SourceParagraph[], i: number): boolean {
  const text = paragraphs[i]!.text;
  if (i === paragraphs.length - 1) return false;
  if (text.length > 100 || wordCount(text) > 12 || LIST_ITEM.test(text)) return false;
  if (/[.!?,;:…]["”’»)]*$/.test(text) || /["”»]$/.test(text)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  // A quote mark left open is the start of a quotation, not a heading.
  if (/[“"«„]/.test(text)) return false;
  const next = paragraphs[i + 1]!.text;
  return /^[\p{Lu}\p{N}“"‘'«„(—–-]/u.test(next);
}

function sameText(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 40) return false;
  const kb = titleKey(b);
  return kb.length > 0 && textKey(a) === kb;
}

const textKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

// The headline is compared with every paragraph: its key is made once.
let lastTitle: { text: string; key: string } | null = null;
function titleKey(title: string): string {
  if (lastTitle?.text !== title) lastTitle = { text: title, key: textKey(title) };
  return lastTitle.key;
}
