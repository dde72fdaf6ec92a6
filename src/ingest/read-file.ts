import { readFileSync, statSync } from 'node:fs';
import type { Article, Diagnostic, RawArticle } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';
import { buildArticle } from './build-article.js';
import { decodeBytes } from './decode.js';
import type { Format } from './find-inputs.js';
import { readHtml } from './read-html.js';
import { readJson, readJsonLines, type JsonReadOptions } from './read-json.js';
import { readMarkdown, type MarkdownArticle } from './read-markdown.js';
import { readText } from './read-text.js';
import { readCsv } from './read-csv.js';

// What a worker thread of `coverage quotes` needs to read a file, apart from finding the
// files (find-inputs, fast-glob), which the main thread does once for the run.

/**
 * One file to read, as plain data that a worker thread can be sent: where it is, what its
 * articles are called, and its manifest row (manifests are read once, by `planReading`).
 */
export interface FileTask {
  file: string;
  format: Format;
  /** The article id when the file holds one article; `<id>:<n>` for the n-th of several. */
  id: string;
  stem: string;
  folder?: string;
  manifest?: Record<string, unknown>;
  options: JsonReadOptions;
}

/** What reading one input gave: its articles, with the ids the input alone gives them, and its problems. */
export interface InputRead {
  articles: Article[];
  diagnostics: Diagnostic[];
  format: Format;
}

/** Reads, cleans and segments the articles of one file. Never throws for a bad file: it gives a diagnostic. */
export function readFileInput(task: FileTask): InputRead {
  const { file, format } = task;
  let bytes: Uint8Array;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { articles: [], diagnostics: [tooLarge(file, format, size)], format };
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied; check the file permissions' : `${(error as Error).message}; check the file`;
    return { articles: [], diagnostics: [makeDiagnostic('unreadable-file', 'error', file, `cannot be read: ${reason}`)], format };
  }
  const decoded = decodeBytes(bytes, file);
  if (decoded.text === null) return { articles: [], diagnostics: decoded.diagnostics, format };
  const { raws, diagnostics } = parse(decoded.text, file, format, task.options);
  const place = { id: task.id, stem: task.stem, folder: task.folder };
  return { articles: buildArticles(raws, format, place, task.manifest, false), diagnostics: [...decoded.diagnostics, ...diagnostics], format };
}

/**
 * The largest file read whole: its text must fit in one JavaScript string (at most 2^29 − 24
 * UTF-16 units in V8), and an article this long would take minutes anyway.
 */
export const MAX_FILE_BYTES = 256 * 2 ** 20;

function tooLarge(file: string, format: Format, size: number): Diagnostic {
  const mb = Math.round(size / 2 ** 20);
  const fix = format === 'jsonl'
    ? `pipe it in instead, which reads one line at a time: coverage quotes - --format ndjson < ${file}`
    : 'split it into smaller files (one article per file)';
  return makeDiagnostic('file-too-large', 'error', file, `is ${mb} MB, more than the ${MAX_FILE_BYTES / 2 ** 20} MB read as one text; ${fix}`);
}

/** Builds the articles of one input; several get `<id>:<n>` ids. */
export function buildArticles(raws: RawArticle[], format: Format, place: { id: string; stem: string; folder?: string }, manifest: Record<string, unknown> | undefined, stdin: boolean): Article[] {
  return raws.map((raw) => buildArticle(raw, {
    ...place,
    id: raws.length > 1 ? `${place.id}:${raw.index + 1}` : place.id,
    softWrap: format === 'md', manifest, lineOf: lineOf(raw, format), stdin,
  }));
}

/**
 * Where a body line sits in its file: the same line for text, the mapped line for
 * Markdown, the record's line for JSON Lines, nowhere for HTML and JSON (their bodies
 * are extracted, not copied).
 */
function lineOf(raw: RawArticle, format: Format): ((index: number) => number | undefined) | undefined {
  switch (format) {
    case 'txt':
      return (i) => i + 1;
    case 'md': {
      const map = (raw as Partial<MarkdownArticle>).lineMap;
      return map ? (i) => map[i] : () => undefined;
    }
    case 'jsonl':
    case 'csv':
    case 'tsv': {
      const line = typeof raw.meta['line'] === 'number' ? raw.meta['line'] : undefined;
      return () => line;
    }
    default:
      return () => undefined;
  }
}

/** Parses decoded text in a known format into raw articles. */
export function parse(text: string, file: string, format: Format, options: JsonReadOptions = {}): { raws: RawArticle[]; diagnostics: Diagnostic[] } {
  switch (format) {
    case 'txt':
      return { raws: text.trim() ? [readText(text, file)] : [], diagnostics: [] };
    case 'md':
      return { raws: text.trim() ? [readMarkdown(text, file)] : [], diagnostics: [] };
    case 'html': {
      if (!text.trim()) return { raws: [], diagnostics: [] };
      const raw = readHtml(text, file);
      return { raws: raw.body.trim() ? [raw] : [], diagnostics: raw.body.trim() ? [] : raw.diagnostics };
    }
    case 'json': {
      if (!text.trim()) return { raws: [], diagnostics: [] };
      const { articles, diagnostics } = readJson(text, file, options);
      return { raws: articles, diagnostics };
    }
    case 'jsonl': {
      const { articles, diagnostics } = readJsonLines(text, file, options);
      return { raws: articles, diagnostics };
    }
    case 'csv':
    case 'tsv': {
      const { articles, diagnostics } = readCsv(text, file, format === 'csv' ? ',' : '\t', options);
      return { raws: articles, diagnostics };
    }
  }
}
