import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { Diagnostic } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';

export type Format = 'txt' | 'md' | 'html' | 'json' | 'jsonl' | 'csv' | 'tsv';

export const FORMATS: readonly Format[] = ['txt', 'md', 'html', 'json', 'jsonl', 'csv', 'tsv'];

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'txt', '.text': 'txt',
  '.md': 'md', '.markdown': 'md', '.mdown': 'md',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.csv': 'csv', '.tsv': 'tsv', '.tab': 'tsv',
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
    // A file reached by two names (a link to it, or a linked folder) is one article.
    const key = realPath(file);
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
        const listing = listFolder(given);
        for (const entry of listing.entries) {
          if (entry.endsWith('/') || isHidden(entry)) found.skipped.hidden++;
          else add(path.join(given, entry), given);
        }
        for (const entry of listing.special) {
          if (formatOf(entry) === null) continue;
          found.diagnostics.push(notAFile(path.join(given, entry)));
        }
        if (found.inputs.length === before) {
          found.diagnostics.push(makeDiagnostic('no-articles', 'error', given, 'the folder holds no .txt, .md, .html, .json, .jsonl, .csv or .tsv files; point at a folder of articles'));
        }
      } else if (formatOf(given) === null && !MANIFEST_NAMES.has(path.basename(given).toLowerCase())) {
        found.diagnostics.push(unknownType(given));
      } else {
        add(given, path.dirname(given));
      }
      continue;
    }
    if (fg.isDynamicPattern(given)) {
      // Links to folders are not followed: a link to a parent would be walked to the
      // system's link limit. A pattern can name the linked folder itself.
      const matches = fg.sync(given, { dot: false, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] }).sort();
      if (matches.length === 0) found.diagnostics.push(makeDiagnostic('no-match', 'error', given, 'the pattern matches no files; check the pattern (quote it so the shell does not expand it)'));
      for (const f of matches) {
        if (isRegularFile(f)) add(f, globRoot(given));
        else found.diagnostics.push(notAFile(f));
      }
      continue;
    }
    if (/^https?:\/\//i.test(given)) {
      found.diagnostics.push(makeDiagnostic('url-not-fetched', 'error', given, `is a web address; coverage reads saved files and does not fetch pages. Save the page, then read the file: curl -L -o page.html '${given.replace(/'/g, "'\\''")}' && coverage ingest page.html`));
      continue;
    }
    found.diagnostics.push(makeDiagnostic('missing-path', 'error', given, 'no such file or folder; check the path'));
  }
  return found;
}

/** What to turn a file of another kind into, by extension. */
const CONVERT_ADVICE: Record<string, string> = {
  '.pdf': 'PDF is not read; extract its text first (pdftotext FILE.pdf FILE.txt) and give the .txt',
  '.docx': 'Word files are not read; save it as plain text (.txt) or convert it: pandoc FILE.docx -t plain -o FILE.txt',
  '.doc': 'Word files are not read; save it as plain text (.txt) from your word processor',
  '.odt': 'OpenDocument files are not read; save it as plain text (.txt) or convert it: pandoc FILE.odt -t plain -o FILE.txt',
  '.rtf': 'RTF is not read; save it as plain text (.txt) or convert it: pandoc FILE.rtf -t plain -o FILE.txt',
  '.xlsx': 'spreadsheets are not read; save the sheet as CSV (one article per row, with a text column) and give the .csv',
  '.xls': 'spreadsheets are not read; save the sheet as CSV (one article per row, with a text column) and give the .csv',
  '.ods': 'spreadsheets are not read; save the sheet as CSV (one article per row, with a text column) and give the .csv',
  '.xml': 'XML and feeds are not read; save each article as .html or .txt, or the items as JSON Lines with a text field',
  '.rss': 'feeds are not read; save each article as .html or .txt, or the items as JSON Lines with a text field',
  '.mhtml': 'MHTML archives are not read; save the page as "Web page, HTML only" (.html)',
  '.mht': 'MHTML archives are not read; save the page as "Web page, HTML only" (.html)',
};

function unknownType(file: string): Diagnostic {
  const ext = path.extname(file).toLowerCase();
  const advice = CONVERT_ADVICE[ext]?.replace(/FILE/g, path.basename(file, path.extname(file)))
    ?? `rename it to .txt, .md, .html, .json, .jsonl, .csv or .tsv, or pipe it in: coverage … - --stdin-format txt < ${file}`;
  return makeDiagnostic('unknown-type', 'error', file, `unknown file type "${ext || 'no extension'}"; ${advice}`);
}

/** What a folder holds, relative to it and sorted. */
interface FolderListing {
  /** Files (and links to files), plus the hidden folders and node_modules it holds, ending in "/". */
  entries: string[];
  /** Named pipes, sockets and devices: reading one could wait forever. */
  special: string[];
}

/**
 * Files under a folder. Hidden folders (.git) and node_modules are listed, not entered: a
 * folder of articles inside a project should not cost a walk through its dependencies.
 * Links to folders are followed, but each real folder is entered once, so a link to a
 * parent is not walked round and round (fast-glob follows it to the system's link limit,
 * and two such links make that exponential). Folders that cannot be read are passed over.
 */
function listFolder(folder: string): FolderListing {
  const out: FolderListing = { entries: [], special: [] };
  const entered = new Set<string>();
  const walk = (dir: string, rel: string) => {
    let real: string;
    let names: Dirent[];
    try {
      real = realpathSync(dir);
      if (entered.has(real)) return;
      entered.add(real);
      names = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const dirent of names) {
      const name = dirent.name;
      const full = path.join(dir, name);
      const relative = rel ? `${rel}/${name}` : name;
      let kind: 'folder' | 'file' | 'special';
      if (dirent.isSymbolicLink()) {
        try {
          const target = statSync(full);
          kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'special';
        } catch {
          // A broken link is read, and reported, like any file that cannot be opened.
          kind = 'file';
        }
      } else {
        kind = dirent.isDirectory() ? 'folder' : dirent.isFile() ? 'file' : 'special';
      }
      if (kind === 'folder') {
        if (name === 'node_modules' || name.startsWith('.')) out.entries.push(`${relative}/`);
        else walk(full, relative);
      } else if (kind === 'file') {
        out.entries.push(relative);
      } else if (!isHidden(relative)) {
        out.special.push(relative);
      }
    }
  };
  walk(folder, '');
  out.entries.sort();
  out.special.sort();
  return out;
}

function notAFile(file: string): Diagnostic {
  return makeDiagnostic('not-a-file', 'warning', file, 'is a named pipe, socket or device, not a file; skipped (name it on its own, or pipe it in with -, to read it)');
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

// A file, or a link to one; a broken link too, so that reading it reports the problem.
function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return true;
  }
}

function isHidden(entry: string): boolean {
  return entry.split('/').some((part) => part.startsWith('.'));
}

// The fixed part of a pattern: "corpus/**/*.txt" → "corpus", "/data/*.md" → "/data".
function globRoot(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    // An absolute pattern starts with an empty part, which fast-glob refuses to look at.
    if (part !== '' && fg.isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.length ? fixed.join('/') : '.';
}
