import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { Diagnostic } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';

export type Format = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

export const FORMATS: readonly Format[] = ['txt', 'md', 'html', 'json', 'jsonl'];

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'txt', '.text': 'txt',
  '.md': 'md', '.markdown': 'md', '.mdown': 'md',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

/** Files that configure a folder rather than hold an article. */
export const MANIFEST_NAMES = new Set(['coverage.json', 'sources.csv']);

/** One thing to read: a file found under a path the user gave, or standard input. */
export type Input =
  | { kind: 'file'; path: string; root: string; format: Format }
  | { kind: 'stdin' };

export interface FoundInputs {
  inputs: Input[];
  /**
   * What was left out: hidden files and folders (a hidden folder or `node_modules` counts
   * once, unopened) and files of no known type.
   */
  skipped: { hidden: number; unknown: number };
  diagnostics: Diagnostic[];
}

/** The format a file name says it holds, or null. */
export function formatOf(file: string): Format | null {
  return EXTENSIONS[path.extname(file).toLowerCase()] ?? null;
}

/**
 * Expands the paths a user gave into files to read: files as they are, folders
 * recursively, glob patterns through fast-glob, and `-` for standard input. Hidden
 * files, `node_modules` and files of unknown type are counted and left out. A path
 * that does not exist becomes a diagnostic and the others are still found.
 */
export function findInputs(paths: readonly string[]): FoundInputs {
  const found: FoundInputs = { inputs: [], skipped: { hidden: 0, unknown: 0 }, diagnostics: [] };
  const seen = new Set<string>();
  const add = (file: string, root: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    const format = formatOf(file);
    if (MANIFEST_NAMES.has(path.basename(file).toLowerCase())) return;
    if (format === null) found.skipped.unknown++;
    else found.inputs.push({ kind: 'file', path: file, root, format });
  };
  for (const given of paths) {
    if (given === '-') {
      found.inputs.push({ kind: 'stdin' });
      continue;
    }
    if (existsSync(given)) {
      const stat = statSync(given);
      if (stat.isDirectory()) {
        const before = found.inputs.length;
        for (const entry of listFolder(given)) {
          if (entry.endsWith('/') || isHidden(entry)) found.skipped.hidden++;
          else add(path.join(given, entry), given);
        }
        if (found.inputs.length === before) {
          found.diagnostics.push(makeDiagnostic('no-articles', 'error', given, 'the folder holds no .txt, .md, .html, .json or .jsonl files; point at a folder of articles'));
        }
      } else if (formatOf(given) === null && !MANIFEST_NAMES.has(path.basename(given).toLowerCase())) {
        found.diagnostics.push(makeDiagnostic('unknown-type', 'error', given,
          `unknown file type "${path.extname(given) || 'no extension'}"; rename it to .txt, .md, .html, .json or .jsonl, or pipe it in: coverage … - --stdin-format txt < ${given}`));
      } else {
        add(given, path.dirname(given));
      }
      continue;
    }
    if (fg.isDynamicPattern(given)) {
      const matches = fg.sync(given, { dot: false, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
      if (matches.length === 0) found.diagnostics.push(makeDiagnostic('no-match', 'error', given, 'the pattern matches no files; check the pattern (quote it so the shell does not expand it)'));
      for (const f of matches) add(f, globRoot(given));
      continue;
    }
    found.diagnostics.push(makeDiagnostic('missing-path', 'error', given, 'no such file or folder; check the path'));
  }
  return found;
}

// Hidden folders (.git) and node_modules are listed, not entered: a folder of articles
// inside a project should not cost a walk through its dependencies.
const SKIP_INSIDE = ['**/node_modules/*', '**/node_modules/*/**', '**/.*/*', '**/.*/**/*'];

/** Files under a folder, sorted, plus the hidden folders and node_modules it holds (ending in "/"). */
function listFolder(folder: string): string[] {
  const entries = fg.sync('**', { cwd: folder, dot: true, onlyFiles: false, markDirectories: true, followSymbolicLinks: true, ignore: SKIP_INSIDE, suppressErrors: true });
  return entries.filter((e) => !e.endsWith('/') || isSkippedFolder(e)).sort();
}

function isSkippedFolder(entry: string): boolean {
  const name = entry.slice(0, -1).split('/').pop()!;
  return name === 'node_modules' || name.startsWith('.');
}

function isHidden(entry: string): boolean {
  return entry.split('/').some((part) => part.startsWith('.'));
}

// The fixed part of a pattern: "corpus/**/*.txt" → "corpus".
function globRoot(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (fg.isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.length ? fixed.join('/') : '.';
}
