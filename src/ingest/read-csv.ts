import { parse as parseCsv } from 'csv-parse/sync';
import type { Diagnostic, RawArticle } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';
import type { JsonReadOptions } from './read-json.js';
import { applyMetadata, TEXT_FIELDS } from './metadata.js';

/** Body columns: the JSON names, with Media Cloud's `story_text` after `content`. */
const CSV_TEXT_FIELDS = [...TEXT_FIELDS.slice(0, 3), 'story_text', ...TEXT_FIELDS.slice(3)];

/**
 * Reads a CSV or TSV export with a header row, one article a row, as archives and
 * scrapers write them (Media Cloud: `stories_id,publish_date,title,url,media_name,text`).
 * The body is the first of `--text-field`, `text`, `body`, `content`, `story_text` …
 * that the header has; outlet, title, url and date come from their usual names; every
 * other column is kept in `meta`. A row with an empty body is a diagnostic naming its
 * line, and the other rows are still read.
 *
 * @example readCsv('outlet,title,text\nThe Ledger,Ferry sails,The ferry sailed.\n', 'stories.csv', ',')
 * // → { articles: [{ outlet: 'The Ledger', title: 'Ferry sails', body: 'The ferry sailed.', … }], diagnostics: [] }
 */
export function readCsv(source: string, file: string, delimiter: ',' | '\t', options: JsonReadOptions = {}): { articles: RawArticle[]; diagnostics: Diagnostic[] } {
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parseCsv(source, {
      // Names are matched and kept in lower case, as the manifest's are: `Title`, `URL`, `Leaning`.
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter, bom: true, info: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true,
    }) as typeof rows;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    return { articles: [], diagnostics: [makeDiagnostic('bad-csv', 'error', file, `cannot be read as ${delimiter === ',' ? 'CSV' : 'TSV'} (${message}); it needs a header row and one article per row`)] };
  }
  const header = rows.length > 0 ? Object.keys(rows[0]!.record) : [];
  const fields = [...(options.textField ? [options.textField] : []), ...CSV_TEXT_FIELDS];
  const bodyKey = fields.map((f) => f.toLowerCase()).find((f) => header.includes(f));
  if (bodyKey === undefined) {
    const columns = header.slice(0, 8).join(', ') || 'none';
    return { articles: [], diagnostics: [makeDiagnostic('no-text-field', 'error', file, `has no text, body, content or story_text column (columns: ${columns}); name the body column with --text-field`, 1)] };
  }
  const articles: RawArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  // info.lines is the line a record ends on; a row with a quoted multi-line text starts after the previous one.
  let previousEnd = 1;
  for (const [n, { record, info }] of rows.entries()) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const body = record[bodyKey] ?? '';
    if (body.trim() === '') {
      diagnostics.push(makeDiagnostic('no-text', 'error', file, `row ${n + 1} has an empty "${bodyKey}" column; it was skipped, the other rows were read`, line));
      continue;
    }
    const article: RawArticle = { file, index: articles.length, body, meta: {}, diagnostics: [] };
    // An empty cell is no value: an empty `outlet` falls through to `media_name`.
    const values = Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v === '' ? undefined : v]));
    applyMetadata(article, values, { outletField: options.outletField?.toLowerCase(), bodyKeys: [bodyKey] });
    article.meta['line'] = line;
    articles.push(article);
  }
  return { articles, diagnostics };
}
