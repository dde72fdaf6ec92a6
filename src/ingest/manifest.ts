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

/**
 * Reads the manifest of a folder, if it has one: `coverage.json`
 * (`{"articles": {"a.txt": {"outlet": "The Ledger", "leaning": "left"}}}`, or the
 * same map without the `articles` key, or `{"a.txt": "The Ledger"}`) or `sources.csv`
 * (a header row with `file` and `outlet` and any other columns).
 */
export function readManifest(folder: string, diagnostics: Diagnostic[]): Manifest | null {
  const json = path.join(folder, 'coverage.json');
  if (existsSync(json)) {
    try {
      const data = JSON.parse(readFileSync(json, 'utf8')) as unknown;
      const map = (data && typeof data === 'object' && 'articles' in data ? (data as { articles: unknown }).articles : data) as Record<string, unknown>;
      const rows = new Map<string, Record<string, unknown>>();
      for (const [name, value] of Object.entries(map ?? {})) {
        if (typeof value === 'string') rows.set(name, { outlet: value });
        else if (value && typeof value === 'object' && !Array.isArray(value)) rows.set(name, value as Record<string, unknown>);
      }
      return { file: json, rows };
    } catch (error) {
      diagnostics.push(makeDiagnostic('bad-manifest', 'warning', json, `the manifest is not valid JSON (${(error as Error).message.split('\n')[0]}); outlet labels fall back to folder and file names`));
    }
  }
  const csv = path.join(folder, 'sources.csv');
  if (existsSync(csv)) {
    try {
      const records = parseCsv(readFileSync(csv, 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<Record<string, string>>;
      const rows = new Map<string, Record<string, unknown>>();
      for (const record of records) {
        const name = record['file'] ?? record['filename'] ?? record['path'];
        if (!name) continue;
        const { file: _f, filename: _n, path: _p, ...rest } = record;
        rows.set(name, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== '')));
      }
      return { file: csv, rows };
    } catch (error) {
      diagnostics.push(makeDiagnostic('bad-manifest', 'warning', csv, `the manifest could not be read as CSV (${(error as Error).message.split('\n')[0]}); it needs a header row with file and outlet columns`));
    }
  }
  return null;
}

/** The manifest row for a file: by its path relative to the manifest's folder, its name, or its stem. */
export function manifestRow(manifest: Manifest, file: string): Record<string, unknown> | undefined {
  const relative = path.relative(path.dirname(manifest.file), file).split(path.sep).join('/');
  const base = path.basename(file);
  const stem = base.replace(/\.[^.]+$/, '');
  return manifest.rows.get(relative) ?? manifest.rows.get(base) ?? manifest.rows.get(stem);
}
