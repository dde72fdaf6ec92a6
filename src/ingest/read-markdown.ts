import { createRequire } from 'node:module';
import type { RawArticle } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';
import { applyMetadata } from './metadata.js';

// yaml is a large part of start-up: load it only when a Markdown file has front matter,
// so runs over text files (and `coverage --help`) do not pay for it.
let yamlParse: typeof import('yaml').parse | undefined;
type YamlOptions = import('yaml').ParseOptions & import('yaml').DocumentOptions & import('yaml').SchemaOptions & import('yaml').ToJSOptions;
// Always with logLevel 'error': yaml's warnings (an unknown tag, say) would otherwise reach
// stderr through process.emitWarning; what matters about front matter is reported as our
// own diagnostics.
function parseYaml(source: string, options: YamlOptions = {}): unknown {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;
  return yamlParse(source, { ...options, logLevel: 'error' });
}

/** A Markdown article, with the file line of each line of its stripped body. */
export interface MarkdownArticle extends RawArticle {
  /** `lineMap[i]` is the 1-based line in the file of line `i` of `body`. */
  lineMap: number[];
}

// A front-matter block: `---` on the first line, YAML, then `---` (or `...`) alone on a line.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const OPEN_ONLY = /^---[ \t]*\r?\n/;
// One `key: value` line, as front-matter uses them.
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/**
 * Reads a Markdown article with optional YAML front-matter. Known keys (`outlet`,
 * `title`, `date`, `url`, `author`, `opinion`) fill the article's fields; every other
 * key is kept in `meta`. Markdown syntax is stripped from the body. Front-matter that
 * is not valid YAML, or never closed, gives a warning and is read line by line as far
 * as it goes, so `outlet: The Ledger` still counts.
 *
 * @example readMarkdown('---\noutlet: The Ledger\n---\n# Parler sues\n\nParler **sued** Amazon.', 'a.md')
 */
export function readMarkdown(source: string, file: string, index = 0): MarkdownArticle {
  const article: MarkdownArticle = { file, index, body: '', meta: {}, diagnostics: [], lineMap: [] };
  let rest = source;
  let bodyLine = 1;
  const match = FRONT_MATTER.exec(source);
  if (match) {
    rest = source.slice(match[0].length);
    bodyLine += match[0].split('\n').length - 1;
    readFrontMatter(article, match[1]!, file);
  } else if (OPEN_ONLY.test(source)) {
    // Never closed: the front-matter is taken to end at the first blank line, if all
    // the lines up to it are `key: value` pairs; otherwise the whole file is text.
    const lines = source.split(/\r?\n/);
    const blank = lines.findIndex((l, i) => i > 0 && l.trim() === '');
    const block = lines.slice(1, blank < 0 ? lines.length : blank);
    if (blank > 1 && block.every((l) => KEY_LINE.test(l) || /^\s+\S/.test(l))) {
      applyMetadata(article, salvageKeys(block));
      rest = lines.slice(blank).join('\n');
      bodyLine = blank + 1;
      article.diagnostics.push(makeDiagnostic('bad-front-matter', 'warning', file,
        'the front-matter starts with --- but never ends; it was read up to the first blank line (close it with a --- line)', 1));
    } else {
      article.diagnostics.push(makeDiagnostic('bad-front-matter', 'warning', file,
        'the front-matter starts with --- but never ends; it was read as text (close it with a --- line)', 1));
    }
  }
  const { body, heading, lines } = stripMarkdown(rest);
  if (!article.title && heading) article.title = heading;
  article.body = body;
  article.lineMap = lines.map((l) => l + bodyLine - 1);
  return article;
}

function readFrontMatter(article: RawArticle, yaml: string, file: string): void {
  try {
    const data: unknown = parseYaml(yaml);
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
      applyMetadata(article, data as Record<string, unknown>);
    } else if (data !== null && data !== undefined) {
      article.diagnostics.push(makeDiagnostic('bad-front-matter', 'warning', file,
        'the front-matter is not a set of key: value pairs; it was ignored (write it as YAML keys such as `outlet: The Ledger`)', 2));
    }
  } catch (error) {
    const line = yamlErrorLine(error);
    const salvaged = salvageKeys(yaml.split(/\r?\n/));
    applyMetadata(article, salvaged);
    const kept = Object.keys(salvaged).length;
    const what = kept ? `only the plain key: value lines were used (${Object.keys(salvaged).join(', ')})` : 'it was ignored';
    article.diagnostics.push(makeDiagnostic('bad-front-matter', 'warning', file,
      `the YAML front-matter could not be parsed (${firstLine(error)}); ${what}; fix the YAML between the --- lines`,
      line === undefined ? 2 : line + 1));
  }
}

/** Reads what it can of broken front-matter: each `key: value` line that parses on its own. */
function salvageKeys(lines: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of lines) {
    const m = KEY_LINE.exec(line);
    if (!m || m[2] === undefined || m[2].trim() === '') continue;
    try {
      const value: unknown = parseYaml(`v: ${m[2]}`);
      const v = (value as { v?: unknown } | null)?.v;
      if (v !== null && v !== undefined && typeof v !== 'object') out[m[1]!] = v;
    } catch {
      out[m[1]!] = m[2].trim().replace(/^["']|["']$/g, '');
    }
  }
  return out;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.replace(/(?<!\s)\s+at line \d+, column \d+:?$/, '').trim();
}

function yamlErrorLine(error: unknown): number | undefined {
  const pos = (error as { linePos?: Array<{ line: number }> } | null)?.linePos;
  return Array.isArray(pos) && pos[0] ? pos[0].line : undefined;
}

/**
 * Turns Markdown into plain paragraphs: `**bold**` → bold, `[text](url)` → text,
 * images, HTML tags, comments and rules dropped, `# Heading` lines kept as their own
 * paragraph. The first level-1 heading is also returned as the headline candidate.
 * `lines[i]` is the 1-based line of `markdown` that output line `i` came from.
 */
export function stripMarkdown(markdown: string): { body: string; heading: string | null; lines: number[] } {
  let heading: string | null = null;
  let fence: string | null = null;
  let inComment = false;
  const out: string[] = [];
  const lines: number[] = [];
  const emit = (text: string, line: number) => {
    out.push(text);
    lines.push(line);
  };
  const source = markdown.split(/\r?\n/);
  source.forEach((raw, i) => {
    const n = i + 1;
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      return emit('', n);
    }
    if (fenceMark) {
      fence = fenceMark;
      return emit('', n);
    }
    let line = raw;
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) return emit('', n);
      inComment = false;
      line = line.slice(end + 3);
    }
    line = line.replace(/<!--[\s\S]*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open >= 0) {
      inComment = true;
      line = line.slice(0, open);
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) return emit('', n);
    if (/^\s{0,3}\[[^\]]+\]:\s*\S/.test(line)) return emit('', n); // link reference definition
    // Setext underline ("Title\n=====") makes the line above a heading of its own.
    if (/^\s{0,3}(=+|-{2,})\s*$/.test(line) && i > 0 && out.length > 0 && out[out.length - 1]!.trim() !== '') return emit('', n);
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const text = inline(h[2]!);
      // The first level-1 heading is the headline candidate; it stays in the body, where
      // cleaning drops it when it repeats the title.
      if (heading === null && h[1] === '#' && out.every((l) => l.trim() === '')) heading = text;
      // A heading is its own paragraph even without blank lines around it.
      emit('', n);
      emit(text, n);
      return emit('', n);
    }
    line = line.replace(/^\s{0,3}(?:>\s?)+/, ''); // blockquote markers
    line = line.replace(/^(\s*)[*+]\s+/, '$1- '); // bullets become "- "
    emit(inline(line), n);
  });
  return { body: out.join('\n'), heading, lines };
}

// Every span is bounded (a link text of at most 300 characters, …) so a 10 MB line full
// of stray "[" or "*" stays linear.
function inline(text: string): string {
  return text
    .replace(/!\[[^\]]{0,300}\]\([^)]{0,500}\)/g, '') // images
    .replace(/\[([^\]]{1,300})\]\([^)]{0,500}\)/g, '$1') // links
    .replace(/\[([^\]]{1,300})\]\[[^\]]{0,100}\]/g, '$1') // reference links
    .replace(/\[\^[^\]]{1,50}\]/g, '') // footnote marks
    .replace(/<(https?:\/\/[^<>\s]{1,500})>/g, '$1') // autolinks
    .replace(/<\/?[A-Za-z][^<>]{0,500}>/g, '') // inline HTML tags
    .replace(/(\*\*|__)(?=\S)([^*_]{0,300}?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]{0,300}?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]{0,300}?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([^~]{0,300}?\S)~~/g, '$1')
    .replace(/`([^`]{1,300})`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>"'])/g, '$1')
    .replace(/(?<![ \t])[ \t]+$/, ''); // from the start of the trailing run only: a 100 KB run of spaces is read once
}
