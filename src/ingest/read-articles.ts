import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Diagnostic, RawArticle } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';
import { buildArticle } from './build-article.js';
import { decodeBytes } from './decode.js';
import { findInputs, type Format, type Input } from './find-inputs.js';
import { findManifestRow, type Manifest } from './manifest.js';
import { readHtml } from './read-html.js';
import { readJson, readJsonLines, type JsonReadOptions } from './read-json.js';
import { readMarkdown, type MarkdownArticle } from './read-markdown.js';
import { readText } from './read-text.js';

export interface ReadOptions extends JsonReadOptions {
  /** Format of standard input; sniffed from its first bytes when not given. */
  stdinFormat?: Format;
  /** Where `-` reads from. */
  stdin?: NodeJS.ReadableStream;
  /** Called after each input is read, with how many of how many are done (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadResult {
  articles: Article[];
  /** Problems with the inputs themselves (missing paths, unreadable files); each article has its own too. */
  diagnostics: Diagnostic[];
  skipped: { hidden: number; unknown: number };
}

/**
 * Reads every article under the given paths (files, folders, globs, `-`), in path
 * order. A file that cannot be read becomes a diagnostic and the rest are still read.
 *
 * @example const { articles } = await readArticles(['corpus/parler-v-aws'])
 */
export async function readArticles(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const found = findInputs(paths);
  const result: ReadResult = { articles: [], diagnostics: [...found.diagnostics], skipped: found.skipped };
  const manifests = new Map<string, Manifest | null>();
  const ids = new Set<string>();
  for (const [done, input] of found.inputs.entries()) {
    options.onProgress?.(done, found.inputs.length);
    const { raws, diagnostics, format, place } = await readInput(input, options, manifests, result.diagnostics);
    result.diagnostics.push(...diagnostics);
    for (const raw of raws) {
      const base = raws.length > 1 ? `${place.id}:${raw.index + 1}` : place.id;
      const id = uniqueId(base, format, ids);
      result.articles.push(buildArticle(raw, {
        ...place, id, softWrap: format === 'md', manifest: place.manifestFor(raw), lineOf: lineOf(raw, format), stdin: input.kind === 'stdin',
      }));
    }
  }
  options.onProgress?.(found.inputs.length, found.inputs.length);
  return result;
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
    case 'jsonl': {
      const line = typeof raw.meta['line'] === 'number' ? raw.meta['line'] : undefined;
      return () => line;
    }
    default:
      return () => undefined;
  }
}

interface InputPlace {
  id: string;
  stem: string;
  folder?: string;
  manifestFor(raw: RawArticle): Record<string, unknown> | undefined;
}

async function readInput(input: Input, options: ReadOptions, manifests: Map<string, Manifest | null>, runDiagnostics: Diagnostic[]): Promise<{ raws: RawArticle[]; diagnostics: Diagnostic[]; format: Format; place: InputPlace }> {
  if (input.kind === 'stdin') {
    const bytes = await readStream(options.stdin ?? process.stdin);
    const decoded = decodeBytes(bytes, '<stdin>');
    const text = decoded.text ?? '';
    const format = options.stdinFormat ?? sniffFormat(text);
    const { raws, diagnostics } = parse(text, '<stdin>', format, options);
    return { raws, diagnostics: [...decoded.diagnostics, ...diagnostics], format, place: { id: 'stdin', stem: 'stdin', manifestFor: () => undefined } };
  }
  const file = input.path;
  const relative = path.relative(input.root, file).split(path.sep).join('/');
  const stem = relative.replace(/\.[^./]+$/, '');
  const folderName = path.dirname(relative) === '.' ? undefined : path.dirname(relative).split('/').pop();
  const row = findManifestRow(file, input.root, manifests, runDiagnostics);
  const place: InputPlace = {
    id: stem,
    stem: path.basename(stem),
    folder: folderName,
    manifestFor: () => row,
  };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied; check the file permissions' : `${(error as Error).message}; check the file`;
    return { raws: [], diagnostics: [makeDiagnostic('unreadable-file', 'error', file, `cannot be read: ${reason}`)], format: input.format, place };
  }
  const decoded = decodeBytes(bytes, file);
  if (decoded.text === null) return { raws: [], diagnostics: decoded.diagnostics, format: input.format, place };
  const { raws, diagnostics } = parse(decoded.text, file, input.format, options);
  return { raws, diagnostics: [...decoded.diagnostics, ...diagnostics], format: input.format, place };
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
  }
}

/** Guesses the format of text with no file name: JSON Lines, JSON, HTML, Markdown, else plain text. */
export function sniffFormat(text: string): Format {
  const head = text.trimStart().slice(0, 2000);
  if (head.startsWith('{')) {
    const lines = text.trim().split('\n', 3).map((l) => l.trim());
    return lines.length > 1 && lines.every((l) => l.startsWith('{') && l.endsWith('}')) ? 'jsonl' : 'json';
  }
  if (head.startsWith('[')) return 'json';
  if (/^<(?:!doctype|!--|\?xml|[a-z][a-z0-9]*[\s>/])/i.test(head)) return 'html';
  if (/^---[ \t]*\r?\n/.test(head) || /^#{1,6}\s+\S/.test(head)) return 'md';
  return 'txt';
}

function uniqueId(base: string, format: Format, ids: Set<string>): string {
  let id = base;
  if (ids.has(id)) id = `${base}.${format}`;
  for (let n = 2; ids.has(id); n++) id = `${base}~${n}`;
  ids.add(id);
  return id;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
