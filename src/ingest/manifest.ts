import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Diagnostic } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';

/** Rows of a folder's manifest, keyed by file name (as written in the manifest). */
export interface Manifest {
  file: string;
  rows: Map<string, Record<string, unknown>>;
}

const FILE_COLUMNS = ['file', 'filename', 'file_name', 'path', 'name'];

/**
 * Reads the manifest of a folder, if it has one: `coverage.json`
 * (`{"articles": {"a.txt": {"outlet": "The Ledger", "leaning": "left"}}}`, the same map
 * without the `articles` key, `{"a.txt": "The Ledger"}`, or an array of rows with a
 * `file` field) or `sources.csv` (a header row with `file` and `outlet` and any other
 * columns, in any case: `File,Outlet,Leaning`).
 */
export function readManifest(folder: string, diagnostics: Diagnostic[]): Manifest | null {
  const json = path.join(folder, 'coverage.json');
  if (existsSync(json)) {
    try {
      const data = JSON.parse(readFileSync(json, 'utf8').replace(/^\uFEFF/, '')) as unknown;
      return { file: json, rows: jsonRows(data) };
    } catch (error) {
      diagnostics.push(makeDiagnostic('bad-manifest', 'warning', json, `the manifest is not valid JSON (${(error as Error).message.split('\n')[0]}); outlet labels fall back to folder and file names`));
    }
  }
  const csv = path.join(folder, 'sources.csv');
  if (existsSync(csv)) {
    try {
      const records = parseCsv(readFileSync(csv, 'utf8'), {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        skip_empty_lines: true, trim: true, bom: true, relax_column_count: true,
      }) as Array<Record<string, string>>;
      const rows = new Map<string, Record<string, unknown>>();
      if (records.length && !FILE_COLUMNS.some((c) => c in records[0]!)) {
        diagnostics.push(makeDiagnostic('bad-manifest', 'warning', csv, 'the manifest has no file column; add a header row such as file,outlet'));
      }
      for (const record of records) rows.set(...splitFileColumn(record));
      rows.delete('');
      return { file: csv, rows };
    } catch (error) {
      diagnostics.push(makeDiagnostic('bad-manifest', 'warning', csv, `the manifest could not be read as CSV (${(error as Error).message.split('\n')[0]}); it needs a header row with file and outlet columns`));
    }
  }
  return null;
}

function jsonRows(data: unknown): Map<string, Record<string, unknown>> {
  const rows = new Map<string, Record<string, unknown>>();
  const list = data && typeof data === 'object' && 'articles' in data ? (data as { articles: unknown }).articles : data;
  if (Array.isArray(list)) {
    for (const item of list) {
      if (item && typeof item === 'object' && !Array.isArray(item)) rows.set(...splitFileColumn(item as Record<string, unknown>));
    }
  } else if (list && typeof list === 'object') {
    for (const [name, value] of Object.entries(list)) {
      if (typeof value === 'string') rows.set(name, { outlet: value });
      else if (value && typeof value === 'object' && !Array.isArray(value)) rows.set(name, value as Record<string, unknown>);
    }
  }
  rows.delete('');
  return rows;
}

// A row with its file name taken out, and empty cells dropped.
function splitFileColumn(record: Record<string, unknown>): [string, Record<string, unknown>] {
  const column = FILE_COLUMNS.find((c) => typeof record[c] === 'string' && record[c] !== '');
  const name = column ? String(record[column]).trim() : '';
  const rest = Object.fromEntries(Object.entries(record).filter(([k, v]) => k !== column && v !== '' && v !== null && v !== undefined));
  return [name, rest];
}

/** The manifest row for a file: by its path relative to the manifest's folder, its name, or its stem. */
export function manifestRow(manifest: Manifest, file: string): Record<string, unknown> | undefined {
  const relative = path.relative(path.dirname(manifest.file), file).split(path.sep).join('/');
  const base = path.basename(file);
  const stem = base.replace(/\.[^.]+$/, '');
  return manifest.rows.get(relative) ?? manifest.rows.get(`./${relative}`) ?? manifest.rows.get(base) ?? manifest.rows.get(stem);
}

/**
 * The manifest row for a file, looking in its own folder first and then in each folder
 * above it up to `root` (the folder the user named), so one manifest at the top can
 * label `ledger/a.txt`. Manifests are read once per folder through `cache`.
 */
export function findManifestRow(file: string, root: string, cache: Map<string, Manifest | null>, diagnostics: Diagnostic[]): Record<string, unknown> | undefined {
  const top = path.resolve(root);
  let dir = path.resolve(path.dirname(file));
  for (;;) {
    if (!cache.has(dir)) cache.set(dir, readManifest(dir, diagnostics));
    const manifest = cache.get(dir);
    const row = manifest ? manifestRow(manifest, path.resolve(file)) : undefined;
    if (row) return row;
    const parent = path.dirname(dir);
    if (dir === top || parent === dir || !dir.startsWith(top)) return undefined;
    dir = parent;
  }
}
