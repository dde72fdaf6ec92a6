import type { Diagnostic, RawArticle } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';
import { jsonErrorOffset } from './json-error-place.js';
import { applyMetadata, TEXT_FIELDS, toText } from './metadata.js';

export interface JsonReadOptions {
  /** Key that holds the body when it is none of `text`, `body`, `content`, `articleBody`. */
  textField?: string;
  /** Key that holds the outlet name. */
  outletField?: string;
}

/**
 * Reads a JSON file holding one article object, an array of them, or an object
 * with an array under `articles`/`items`/`data`/`results`.
 *
 * @example readJson('[{"outlet":"The Ledger","title":"Parler sues","text":"Parler sued…"}]', 'dump.json')
 */
export function readJson(source: string, file: string, options: JsonReadOptions = {}): { articles: RawArticle[]; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const { line, detail } = jsonErrorPlace(source, error);
    return {
      articles: [],
      diagnostics: [makeDiagnostic('bad-json', 'error', file, `not valid JSON (${detail}); fix the file or save one article per line as .jsonl`, line)],
    };
  }
  const records = unwrapRecords(data);
  if (!records) {
    return {
      articles: [],
      diagnostics: [makeDiagnostic('bad-json', 'error', file, 'the JSON holds no article objects; give an object or an array of objects with a "text" field')],
    };
  }
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  records.forEach((record, index) => {
    const result = recordToArticle(record, file, index, undefined, options);
    if ('article' in result) articles.push(result.article);
    else diagnostics.push(result.diagnostic);
  });
  return { articles, diagnostics };
}

/**
 * Reads one line of a JSON Lines dump. Blank lines give nothing; a bad line gives a
 * diagnostic with its line number and the rest of the file is still read.
 */
export function readJsonLine(line: string, file: string, lineNumber: number, index: number, options: JsonReadOptions = {}): { article: RawArticle } | { diagnostic: Diagnostic } | null {
  if (line.trim() === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    const { detail } = jsonErrorPlace(line, error);
    return { diagnostic: makeDiagnostic('bad-json-line', 'error', file, `line is not valid JSON (${detail}); it was skipped, the other lines were read`, lineNumber) };
  }
  return recordToArticle(data, file, index, lineNumber, options);
}

/** Reads a whole JSON Lines text (`.jsonl`, `.ndjson`). */
export function readJsonLines(source: string, file: string, options: JsonReadOptions = {}): { articles: RawArticle[]; diagnostics: Diagnostic[] } {
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const result = readJsonLine(lines[i]!, file, i + 1, articles.length, options);
    if (result === null) continue;
    if ('article' in result) articles.push(result.article);
    else diagnostics.push(result.diagnostic);
  }
  return { articles, diagnostics };
}

function unwrapRecords(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (data !== null && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    for (const key of ['articles', 'items', 'data', 'results', 'documents', 'docs']) {
      if (Array.isArray(obj[key]) && !TEXT_FIELDS.some((f) => f in obj)) return obj[key] as unknown[];
    }
    return [data];
  }
  return null;
}

function recordToArticle(record: unknown, file: string, index: number, line: number | undefined, options: JsonReadOptions): { article: RawArticle } | { diagnostic: Diagnostic } {
  const where = line === undefined ? `article ${index + 1}` : 'this line';
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return { diagnostic: makeDiagnostic('bad-json-record', 'error', file, `${where} is not a JSON object; it was skipped`, line) };
  }
  const obj = record as Record<string, unknown>;
  // --text-field comes first; records that use a usual name are still read.
  const fields = options.textField ? [options.textField, ...TEXT_FIELDS] : TEXT_FIELDS;
  const key = fields.find((f) => typeof obj[f] === 'string' || Array.isArray(obj[f]));
  if (key === undefined) {
    const keys = Object.keys(obj).slice(0, 8).join(', ') || 'none';
    const hint = options.textField ? `no "${options.textField}", text, body, content or articleBody field` : 'no text, body, content or articleBody field';
    return { diagnostic: makeDiagnostic('no-text-field', 'error', file, `${where} has ${hint} (keys: ${keys}); name the body field with --text-field`, line) };
  }
  const value = obj[key];
  const body = Array.isArray(value) ? value.map((p) => toText(p) ?? '').join('\n\n') : String(value);
  const article: RawArticle = { file, index, body, meta: {}, diagnostics: [] };
  applyMetadata(article, obj, { outletField: options.outletField, bodyKeys: [key] });
  if (line !== undefined) article.meta['line'] = line;
  return { article };
}

function jsonErrorPlace(source: string, error: unknown): { line?: number; detail: string } {
  const message = error instanceof Error ? error.message : String(error);
  // "Unexpected token '}', ..."text": }" is not valid JSON" → "Unexpected token '}'".
  const detail = message.split('\n')[0]!
    .replace(/,\s*(?:\.\.\.)?".*$/, '')
    .replace(/ at position \d+.*$/, '')
    .replace(/ in JSON$/, '')
    .replace(/(?<!\s)\s*\(line \d+ column \d+\)$/, '')
    .replace(/ is not valid JSON$/, '');
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : jsonErrorOffset(source);
  if (offset < 0) return { detail };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, detail: `${detail} at column ${offset - lineStart + 1}` };
}
