import { parse as parseYaml } from 'yaml';
import type { RawArticle } from '../model/types.js';
import { makeDiagnostic } from '../model/diagnostics.js';
import { applyMetadata } from './metadata.js';

// A front-matter block: `---` on the first line, YAML, then `---` (or `...`) alone on a line.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Reads a Markdown article with optional YAML front-matter. Known keys (`outlet`,
 * `title`, `date`, `url`, `author`, `opinion`) fill the article's fields; every other
 * key is kept in `meta`. Markdown syntax is stripped from the body.
 *
 * @example readMarkdown('---\noutlet: The Ledger\n---\n# Parler sues\n\nParler **sued** Amazon.', 'a.md')
 */
export function readMarkdown(source: string, file: string, index = 0): RawArticle {
  const article: RawArticle = { file, index, body: '', meta: {}, diagnostics: [] };
  let rest = source;
  let bodyLine = 1;
  const match = FRONT_MATTER.exec(source);
  if (match) {
    rest = source.slice(match[0].length);
    bodyLine += match[0].split('\n').length - 1;
    try {
      const data: unknown = parseYaml(match[1]!);
      if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
        applyMetadata(article, data as Record<string, unknown>);
      } else if (data !== null && data !== undefined) {
        article.diagnostics.push(makeDiagnostic('bad-front-matter', 'warning', file,
          'the front-matter is not a set of key: value pairs; it was ignored (write it as YAML keys such as `outlet: The Ledger`)', 2));
      }
    } catch (error) {
      const line = yamlErrorLine(error);
      article.diagnostics.push(makeDiagnostic('bad-front-matter', 'warning', file,
        `the YAML front-matter could not be parsed (${firstLine(error)}); it was ignored, fix the YAML between the --- lines`,
        line === undefined ? 2 : line + 1));
    }
  } else if (/^---[ \t]*\r?\n/.test(source)) {
    article.diagnostics.push(makeDiagnostic('bad-front-matter', 'warning', file,
      'the front-matter starts with --- but never ends; it was read as text (close it with a --- line)', 1));
  }
  const { body, heading } = stripMarkdown(rest);
  if (!article.title && heading) article.title = heading;
  article.body = body;
  if (bodyLine > 1) article.meta['bodyLine'] = bodyLine;
  return article;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.replace(/\s+at line \d+, column \d+:?$/, '').trim();
}

function yamlErrorLine(error: unknown): number | undefined {
  const pos = (error as { linePos?: Array<{ line: number }> } | null)?.linePos;
  return Array.isArray(pos) && pos[0] ? pos[0].line : undefined;
}

/**
 * Turns Markdown into plain paragraphs: `**bold**` → bold, `[text](url)` → text,
 * images, HTML tags and rules dropped, `# Heading` lines kept as their text.
 * The first level-1 heading is returned separately as the headline candidate.
 */
export function stripMarkdown(markdown: string): { body: string; heading: string | null } {
  let heading: string | null = null;
  let inFence = false;
  const out: string[] = [];
  for (const raw of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    let line = raw;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push('');
      continue;
    }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const text = inline(h[2]!);
      if (heading === null && h[1] === '#' && out.every((l) => l.trim() === '')) {
        heading = text;
        continue;
      }
      out.push('', text, '');
      continue;
    }
    line = line.replace(/^\s{0,3}>\s?/, ''); // blockquote marker
    line = line.replace(/^(\s*)[*+]\s+/, '$1- '); // bullets become "- "
    out.push(inline(line));
  }
  // Setext headings (Title\n=====) become plain lines; the underline is dropped.
  const lines = out.filter((l, i) => !(/^\s*=+\s*$|^\s*-{2,}\s*$/.test(l) && i > 0 && out[i - 1]!.trim() !== ''));
  return { body: lines.join('\n'), heading };
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/<\/?[A-Za-z][^<>]*>/g, '') // inline HTML tags
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([^~]*?\S)~~/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>"'])/g, '$1')
    .replace(/[ \t]+$/, '');
}
