import Table from 'cli-table3';
import type { Article, Diagnostic } from '../model/types.js';
import { SCHEMA_VERSION, type RenderContext } from './context.js';

/** Articles as printed by `coverage ingest`: the contract documented in the README. */
export interface ArticleRecord {
  id: string;
  file: string;
  outlet: string;
  title: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  isOpinion: boolean;
  text: string;
  paragraphs: Article['paragraphs'];
  sentences: Article['sentences'];
  outletRule: Article['outletRule'];
  meta: Record<string, unknown>;
  removed: Article['removed'];
  diagnostics: Diagnostic[];
}

/** An article as its machine record, with the fields in their documented order. */
export function toArticleRecord(a: Article): ArticleRecord {
  return {
    id: a.id, file: a.file, outlet: a.outlet, title: a.title, author: a.author, date: a.date, url: a.url,
    isOpinion: a.isOpinion, text: a.text, paragraphs: a.paragraphs, sentences: a.sentences,
    outletRule: a.outletRule, meta: a.meta, removed: a.removed, diagnostics: a.diagnostics,
  };
}

export type ArticleFormat = 'json' | 'ndjson' | 'table';

export const ARTICLE_FORMATTERS: Record<ArticleFormat, (articles: readonly Article[], diagnostics: readonly Diagnostic[], ctx: RenderContext) => string> = {
  json: (articles, diagnostics) =>
    JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: articles.map(toArticleRecord), diagnostics }, null, 2) + '\n',
  ndjson: (articles) => articles.map((a) => JSON.stringify(toArticleRecord(a)) + '\n').join(''),
  table: (articles, _diagnostics, ctx) => renderArticleTable(articles, ctx),
};

function renderArticleTable(articles: readonly Article[], ctx: RenderContext): string {
  if (articles.length === 0) return '';
  const s = ctx.styles;
  const fixed = [14, 7, 6, 5]; // outlet, words, sent., opinion
  const titleWidth = Math.max(16, ctx.width - fixed.reduce((a, b) => a + b, 0) - 20 - 16);
  const table = new Table({
    head: ['id', 'outlet', 'title', 'author', 'words', 'sent.', 'op.'].map((h) => s.bold(h)),
    colWidths: [20, fixed[0]!, titleWidth, 16, fixed[1]!, fixed[2]!, fixed[3]!],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: true },
  });
  for (const a of articles) {
    const words = a.text.split(/\s+/).filter(Boolean).length;
    table.push([a.id, a.outlet, a.title ?? s.dim('—'), a.author ?? s.dim('—'), String(words), String(a.sentences.length), a.isOpinion ? 'yes' : '']);
  }
  return table.toString() + '\n';
}
