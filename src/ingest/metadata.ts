import type { RawArticle } from '../model/types.js';

// The names scrapers, CMS exports and front-matter use for the same fields.
// First match wins, so the plain name comes first.
const FIELD_NAMES = {
  title: ['title', 'headline', 'name'],
  outlet: ['outlet', 'media_name', 'source', 'publisher', 'site', 'site_name', 'siteName', 'publication', 'media', 'domain'],
  author: ['author', 'authors', 'byline', 'creator'],
  date: ['date', 'published', 'published_at', 'publishedAt', 'datePublished', 'pubdate', 'publish_date', 'time'],
  url: ['url', 'link', 'canonical', 'canonical_url', 'permalink'],
  isOpinion: ['opinion', 'isOpinion', 'is_opinion'],
} as const;

/** Keys that hold the article body in JSON dumps, in order of preference. */
export const TEXT_FIELDS = ['text', 'body', 'content', 'articleBody', 'article_body', 'maintext', 'full_text'] as const;

export interface MetadataOptions {
  /** Extra key to read the outlet from (`--outlet-field`). */
  outletField?: string;
  /** Keys that are the body and must not be copied into `meta`. */
  bodyKeys?: readonly string[];
}

/**
 * Copies known metadata fields from a record (front-matter, a JSON object, a manifest
 * row) onto the article, and keeps every other scalar-ish key in `meta`.
 *
 * @example applyMetadata(a, { headline: 'Parler sues', publisher: { name: 'The Ledger' }, section: 'Tech' })
 *   // a.title = 'Parler sues', a.outlet = 'The Ledger', a.meta.section = 'Tech'
 */
export function applyMetadata(article: RawArticle, record: Record<string, unknown>, options: MetadataOptions = {}): void {
  const used = new Set<string>(options.bodyKeys ?? []);
  let picked: string | undefined;
  const pick = (names: readonly string[]): string | undefined => {
    for (const name of names) {
      if (!(name in record)) continue;
      const value = toText(record[name]);
      used.add(name);
      picked = name;
      if (value) return value;
    }
    return undefined;
  };
  const outletNames = options.outletField ? [options.outletField, ...FIELD_NAMES.outlet] : FIELD_NAMES.outlet;
  if (article.outlet === undefined) {
    article.outlet = pick(outletNames);
    if (article.outlet !== undefined) article.outletFrom = picked;
  }
  article.title ??= pick(FIELD_NAMES.title);
  article.author ??= pick(FIELD_NAMES.author);
  article.date ??= pick(FIELD_NAMES.date);
  article.url ??= pick(FIELD_NAMES.url);
  const opinion = pick(FIELD_NAMES.isOpinion);
  if (opinion !== undefined) article.isOpinion = /^(true|yes|1|y)$/i.test(opinion);
  for (const [key, value] of Object.entries(record)) {
    if (used.has(key) || value === undefined) continue;
    article.meta[key] = value instanceof Date ? value.toISOString() : value;
  }
}

/** A metadata value as one line of text: names of objects, arrays joined with ", ". */
export function toText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().replace(/T00:00:00\.000Z$/, '');
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(toText).filter((v): v is string => Boolean(v));
    return parts.length ? parts.join(', ') : undefined;
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return toText(obj['name'] ?? obj['title'] ?? obj['@value']);
  }
  return undefined;
}
