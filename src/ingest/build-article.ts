import type { Article, Diagnostic, OutletRule, RawArticle } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';
import { cleanArticle } from '../clean/clean-article.js';
import { segmentSentences } from '../analyze/sentences/split-sentences.js';
import { applyMetadata } from './metadata.js';
import { normalizeDate } from './normalize-date.js';

/** What the file system told us about where an article came from. */
export interface ArticlePlace {
  /** Stable id, e.g. `forced-offline` or `dump:3` (see `articleId`). */
  id: string;
  /** Manifest row for this file (`coverage.json`, `sources.csv`), if any. */
  manifest?: Record<string, unknown>;
  /** Name of the folder the file is in, when that folder is below the one the user gave. */
  folder?: string;
  /** File name without its extension. */
  stem: string;
  /** Whether the text is Markdown (soft line breaks); default: the raw article came from readMarkdown. */
  softWrap?: boolean;
  /** The file line of each body line, for `removed[].line` (see `CleanOptions.lineOf`). */
  lineOf?: (index: number) => number | undefined;
  /** The article came from standard input. */
  stdin?: boolean;
}

/**
 * Turns a raw article into the analysed record: manifest fields filled in, the
 * outlet label chosen (metadata, manifest, sub-folder, file name — in that order),
 * the text cleaned and segmented. Pure: the caller did all the reading.
 *
 * @example buildArticle(readText('Parler sues…', 'corpus/a.txt'), { id: 'a', stem: 'a' }).outlet // 'a'
 */
export function buildArticle(raw: RawArticle, place: ArticlePlace): Article {
  const metaOutlet = raw.outlet;
  // A Markdown article carries the file line of each body line (see readMarkdown).
  const { lineMap, ...rest } = raw as RawArticle & { lineMap?: number[] };
  const withManifest: RawArticle = { ...rest, meta: { ...raw.meta }, diagnostics: [...raw.diagnostics] };
  if (place.manifest) applyMetadata(withManifest, place.manifest);
  const { outlet, rule } = chooseOutlet(raw, metaOutlet, withManifest.outlet, place);
  if (outlet === UNKNOWN_OUTLET && rule === 'file-name') {
    withManifest.diagnostics.push(makeDiagnostic('no-outlet-name', 'warning', raw.file,
      `names no outlet and its file name is a hash, so its outlet is "${UNKNOWN_OUTLET}"; put it in a folder named after the outlet, or list it in a sources.csv manifest`));
  }
  const cleaned = cleanArticle(withManifest, {
    softWrap: place.softWrap ?? lineMap !== undefined,
    lineOf: place.lineOf ?? (lineMap ? (i) => lineMap[i] : raw.bodySource ? () => undefined : undefined),
  });
  const diagnostics = withManifest.diagnostics;
  const date = cleaned.date === null ? null : readDate(cleaned.date, withManifest.meta, diagnostics, raw.file);
  if (cleaned.text.trim() === '' && !diagnostics.some((d) => d.severity === 'error' || d.code === 'empty-file')) {
    diagnostics.push(makeDiagnostic('no-text', 'warning', raw.file, 'no article text is left after cleaning; check that the file holds the story itself'));
  }
  return {
    id: place.id,
    file: raw.file,
    index: raw.index,
    outlet,
    outletRule: rule,
    ...((rule === 'metadata' || rule === 'url-domain') && raw.outletFrom && raw.outletFrom !== rule ? { outletField: raw.outletFrom } : {}),
    title: cleaned.title,
    author: cleaned.author,
    date,
    url: withManifest.url ?? null,
    isOpinion: cleaned.isOpinion,
    text: cleaned.text,
    paragraphs: cleaned.paragraphs,
    sentences: segmentSentences(cleaned.text, cleaned.paragraphs),
    meta: withManifest.meta,
    removed: cleaned.removed,
    diagnostics,
  };
}

function chooseOutlet(raw: RawArticle, fromMetadata: string | undefined, fromManifest: string | undefined, place: ArticlePlace): { outlet: string; rule: OutletRule } {
  if (fromMetadata) return { outlet: fromMetadata, rule: raw.outletFrom === 'url-domain' || raw.outletFrom === 'link-domain' ? 'url-domain' : 'metadata' };
  if (fromManifest) return { outlet: fromManifest, rule: 'manifest' };
  if (place.folder) return { outlet: place.folder, rule: 'folder' };
  if (!place.stdin && HASH_NAME.test(place.stem)) return { outlet: UNKNOWN_OUTLET, rule: 'file-name' };
  return { outlet: place.stem, rule: place.stdin ? 'stdin' : 'file-name' };
}

/** A file name that is a hash or a long id (`06e5123e…f6.html`), which names no outlet. */
const HASH_NAME = /^[0-9a-f]{16,}$/i;
/** The outlet label of an article whose source names none and whose file name is a hash. */
const UNKNOWN_OUTLET = 'unknown';

/**
 * The date in ISO 8601; the text as written goes to `meta.dateText` when it differs. A date
 * that cannot be read without guessing ("03/04/2016", "3 hours ago") is dropped with a warning.
 */
function readDate(text: string, meta: Record<string, unknown>, diagnostics: Diagnostic[], file: string): string | null {
  const iso = normalizeDate(text);
  if (iso !== text) meta.dateText = text;
  if (iso !== undefined) return iso;
  // A CSV row or JSON line says where it is (meta.line).
  const line = typeof meta.line === 'number' ? meta.line : undefined;
  diagnostics.push(makeDiagnostic('unreadable-date', 'warning', file,
    `date "${text}" cannot be read as a calendar date without guessing (kept as meta.dateText, date left empty); write it as YYYY-MM-DD`, line));
  return null;
}
