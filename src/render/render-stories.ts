import stringWidth from 'string-width';
import type { Story } from '../align/stories/group-stories.js';
import type { Comparison } from '../model/comparison.js';
import type { Article } from '../model/types.js';
import { SCHEMA_VERSION, type Output, type RenderContext } from './context.js';
import { fitWidths } from './fit-width.js';
import { DIFF_JSON_DEPTH, diffDocument, withNewline } from './render-diff.js';
import { jsonChunks } from './json-chunks.js';
import type { DiffViewOptions } from './render-diff-table.js';
import { csvTable, drawGrid, oneLine, wrapCell, type Cell } from './tables.js';

/** The fields of a `coverage stories` row, in order: the CSV columns and the key order of JSON and NDJSON records. */
export const STORY_COLUMNS = ['story', 'article', 'outlet', 'title', 'file', 'storyLabel', 'storyFirstDate', 'storyLastDate'] as const;

/** One article of a story, as `coverage stories` prints it: the contract documented in the README. */
export interface StoryRecord {
  /** Story id, `s1`, `s2`, …: largest story first. */
  story: string;
  /** Article id. */
  article: string;
  outlet: string;
  /** The article's own headline; null when it has none. */
  title: string | null;
  file: string;
  /** The story's label: the names and words its articles share most ("Harry Reid; Ground Zero"), else its title. */
  storyLabel: string;
  /** The story's first and last date (YYYY-MM-DD), null when none of its articles is dated. */
  storyFirstDate: string | null;
  storyLastDate: string | null;
}

export type StoryFormat = 'table' | 'csv' | 'json' | 'ndjson';

/** One row per article, story by story, articles in read order within each story. */
export function toStoryRecords(stories: readonly Story[], articles: readonly Article[]): StoryRecord[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return stories.flatMap((s) => s.articles.map((id) => {
    const a = byId.get(id)!;
    return { story: s.id, article: id, outlet: a.outlet, title: a.title, file: a.file, storyLabel: s.label, storyFirstDate: s.firstDate, storyLastDate: s.lastDate };
  }));
}

/** Formatters for `coverage stories`, keyed by format name. */
export const STORY_FORMATTERS: Record<StoryFormat, (stories: readonly Story[], articles: readonly Article[], ctx: RenderContext) => string> = {
  json: (stories, articles) => JSON.stringify(toStoryRecords(stories, articles), null, 2) + '\n',
  ndjson: (stories, articles) => toStoryRecords(stories, articles).map((r) => JSON.stringify(r) + '\n').join(''),
  csv: (stories, articles) => csvTable(STORY_COLUMNS, toStoryRecords(stories, articles).map((r) => STORY_COLUMNS.map((c) => r[c] as Cell))),
  table: (stories, articles, ctx) => renderStoryTable(stories, articles, ctx),
};

/**
 * Each story with two or more articles as a block: a heading with its id, size and title,
 * its outlets, the names, quotes and numbers its articles share, then a table of its
 * articles. The stories of one article follow in a single table, so that a dump with
 * hundreds of unrelated articles stays short. Every line fits `ctx.width`.
 */
export function renderStoryTable(stories: readonly Story[], articles: readonly Article[], ctx: RenderContext): string {
  const s = ctx.styles;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const row = (id: string): string[] => [id, oneLine(byId.get(id)!.outlet), oneLine(byId.get(id)!.title ?? s.dim('—'))];
  const blocks: string[] = [];
  for (const story of stories.filter((x) => x.articles.length > 1)) {
    const size = `${story.articles.length} articles, ${story.outlets.length} ${story.outlets.length === 1 ? 'outlet' : 'outlets'}${dateRange(story) ? `, ${dateRange(story)}` : ''}`;
    const lines = [
      wrapCell(`${s.bold(`${story.id}  ${oneLine(story.title)}`)} ${s.dim(`(${size})`)}`, ctx.width),
      wrapCell(`outlets: ${story.outlets.join(', ')}`, ctx.width),
    ];
    if (story.features.length) lines.push(wrapCell(`shared: ${story.features.map(oneLine).join(' · ')}`, ctx.width));
    blocks.push(`${lines.join('\n')}\n${grid(['article', 'outlet', 'title'], story.articles.map(row), ctx)}`);
  }
  const single = stories.filter((x) => x.articles.length === 1);
  if (single.length) {
    const head = s.bold(`${single.length} ${single.length === 1 ? 'story' : 'stories'} of one article`);
    blocks.push(`${head}\n${grid(['story', 'article', 'outlet', 'title'], single.map((x) => [x.id, ...row(x.articles[0]!)]), ctx)}`);
  }
  return blocks.join('\n');
}

/** A boxed table whose last column (the title) takes the room left; lines of text when even that does not fit. */
function grid(head: readonly string[], rows: readonly string[][], ctx: RenderContext): string {
  const widest = (k: number) => Math.max(stringWidth(head[k]!), ...rows.map((r) => stringWidth(r[k]!))) + 2;
  const last = head.length - 1;
  const widths = fitWidths(head.map((_, k) => (k === last ? { min: 12, ideal: 12, grow: true } : { min: Math.min(widest(k), 10), ideal: Math.min(widest(k), 32) })), ctx.width - (head.length + 1));
  if (widths) return drawGrid(head, rows, widths, ctx);
  return rows.map((r) => wrapCell(r.join('  '), ctx.width) + '\n').join('');
}

/** One story's comparison, for `coverage diff --by-story`, with the view options for it. */
export interface StoryComparison {
  story: Story;
  comparison: Comparison;
  view: DiffViewOptions;
}

/**
 * `coverage diff --by-story`: each story's comparison after the other, drawn by
 * `renderOne` (the `coverage diff` formatter of the format). Table and Markdown give each
 * a heading with the story's id, title and outlets; JSON is
 * `{schemaVersion, stories: [{story, comparison}]}`, each comparison the document
 * `coverage diff --format json` prints for those articles alone, without its own schemaVersion.
 */
export function renderStoryDiffs(items: readonly StoryComparison[], format: 'table' | 'md' | 'json', renderOne: (comparison: Comparison, view: DiffViewOptions) => Output, ctx: RenderContext): Output {
  if (format === 'json') {
    const stories = items.map(({ story, comparison, view }) => {
      const { schemaVersion: _, ...document } = diffDocument(comparison, view);
      return { story, comparison: document };
    });
    // Three levels deeper than one comparison: stories[] → {story, comparison} → the comparison.
    return withNewline(jsonChunks({ schemaVersion: SCHEMA_VERSION, stories }, DIFF_JSON_DEPTH + 3));
  }
  const s = ctx.styles;
  return items.map(({ story, comparison, view }) => {
    const about = `${story.articles.length} articles from ${story.outlets.join(', ')}${dateRange(story) ? `, ${dateRange(story)}` : ''}; ${oneLine(story.label)}`;
    if (format === 'md') {
      // The Markdown comparison opens with its own top heading; one level down, it sits under the story's.
      return `# ${story.id}: ${oneLine(story.title)}\n\n${about}\n\n${joined(renderOne(comparison, view)).replace(/^(#+) /gm, '#$1 ')}`;
    }
    return `${wrapCell(s.bold(`━━ ${story.id}  ${oneLine(story.title)}`), ctx.width)}\n${wrapCell(s.dim(about), ctx.width)}\n\n${joined(renderOne(comparison, view))}`;
  }).join('\n');
}

/** "2010-08-14 – 2010-08-16", one date when they are the same, '' when the story has none. */
export function dateRange(story: Pick<Story, 'firstDate' | 'lastDate'>): string {
  if (!story.firstDate || !story.lastDate) return '';
  return story.firstDate === story.lastDate ? story.firstDate : `${story.firstDate} – ${story.lastDate}`;
}

// Table and Markdown views are whole strings; a formatter may still give pieces.
function joined(output: Output): string {
  return typeof output === 'string' ? output : [...output].join('');
}
