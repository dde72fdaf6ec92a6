import { describeCommand } from '../command-descriptions.js';
import { Command, Option } from 'commander';
import { groupStories, STORY_DEFAULTS, type Story } from '../../align/stories/group-stories.js';
import { compareCoverage } from '../../pipeline/compare-coverage.js';
import type { Comparison } from '../../model/comparison.js';
import type { Article } from '../../model/types.js';
import { plainContext, type Output, type RenderContext } from '../../render/context.js';
import type { DiffFormat } from '../../render/render-diff.js';
import type { DiffViewOptions } from '../../render/render-diff-table.js';
import { renderStoryDiffs, STORY_COLUMNS, STORY_FORMATTERS, type StoryComparison, type StoryFormat } from '../../render/render-stories.js';
import { note, renderContext, type CliContext, type CommonOptions } from '../context.js';
import { addInputOptions, loadArticles, type InputOptions } from '../load.js';
import { parseChoice, UsageError, writeOutput } from '../output.js';

const FORMATS: StoryFormat[] = ['table', 'csv', 'json', 'ndjson'];

interface StoriesOptions extends InputOptions {
  format?: string;
  output?: string;
  force?: boolean;
  threshold: string;
  minArticles: string;
}

/** Defaults live here and in the help text that shows them. */
const DEFAULTS = {
  threshold: String(STORY_DEFAULTS.threshold),
  minArticles: '1',
  width: 100,
};

/** `coverage stories`: group a folder of articles into events, by the quotes, names, numbers and dates they share. */
export function storiesCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  const command = new Command('stories')
    .description(describeCommand('stories'))
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, json otherwise)`))
    .option('-o, --output <file>', 'write to a file instead of stdout (never overwrites without --force)')
    .option('--force', 'overwrite the --output file if it exists')
    .option('--threshold <similarity>', 'link two articles at this similarity (0–1) of their weighted features or above; lower joins more', DEFAULTS.threshold)
    .option('--min-articles <n>', 'list only stories with at least N articles', DEFAULTS.minArticles)
    .option('-w, --width <columns>', `table width, at least 40 (default: the terminal width, or ${DEFAULTS.width})`);
  addInputOptions(command).addHelpText('after', `
Rows have the fields ${STORY_COLUMNS.join(', ')} (in that order; the CSV columns too):
one row per article, story by story, largest story first (s1, s2, …). title is the
article's own headline. The table shows each story's title (its most representative
headline), its outlets and the names, quotes and numbers its articles share, then the
stories of one article together.

Examples:
  coverage stories dump/
  coverage stories dump/ --min-articles 2 --format csv --output stories.csv
  coverage stories dump.jsonl --format ndjson | jq -r 'select(.story == "s1") | .file'
  coverage diff dump/ --by-story`);
  command.action(async (paths: string[], options: StoriesOptions) => {
    const toFile = Boolean(options.output) && options.output !== '-';
    const format = parseChoice(options.format ?? (ctx.stdout.isTTY && !toFile ? 'table' : 'json'), FORMATS, '--format');
    const threshold = parseThreshold(options.threshold, '--threshold');
    const minArticles = Number(options.minArticles);
    if (!Number.isInteger(minArticles) || minArticles < 1) throw new UsageError(`--min-articles: expected a whole number of at least 1, got "${options.minArticles}"`);
    const width = parseWidth(options.width);

    const { articles, failed } = await loadArticles(ctx, paths, options);
    const all = groupStories(articles, { threshold });
    const stories = all.filter((s) => s.articles.length >= minArticles);
    if (articles.length > 0) {
      const single = all.filter((s) => s.articles.length === 1).length;
      note(ctx, options, `${articles.length} article${articles.length === 1 ? '' : 's'} in ${all.length} ${all.length === 1 ? 'story' : 'stories'} (${single} of one article)${stories.length < all.length ? `; listing the ${stories.length} with at least ${minArticles} articles` : ''}`);
    }
    // A file gets no colour and a fixed width, whatever the terminal is like.
    const render = toFile ? plainContext(width ?? DEFAULTS.width) : renderContext(ctx, options);
    writeOutput(ctx, STORY_FORMATTERS[format](stories, articles, render), options);
    setExit(failed ? 1 : 0);
  });
  return command;
}

/**
 * `coverage diff --by-story`: groups the articles into stories and compares the outlets
 * within each story of two or more articles, one after the other. Stories of one article
 * are named on stderr and skipped; so are stories with none of the `--outlets` asked for.
 *
 * @example writeOutput(ctx, diffByStory(ctx, articles, 'table', render, { minOutlets: 2 }, DIFF_FORMATTERS.table, options), options)
 */
export function diffByStory(
  ctx: CliContext,
  articles: readonly Article[],
  format: DiffFormat,
  render: RenderContext,
  view: DiffViewOptions,
  renderOne: (comparison: Comparison, ctx: RenderContext, view: DiffViewOptions) => Output,
  options: CommonOptions & { storyThreshold?: string },
): Output {
  if (format === 'html') throw new UsageError('--by-story works with --format table, md or json; for an HTML report, list the stories with coverage stories and give each its own coverage diff');
  const threshold = options.storyThreshold === undefined ? STORY_DEFAULTS.threshold : parseThreshold(options.storyThreshold, '--story-threshold');
  const stories = groupStories(articles, { threshold });
  const single = stories.filter((s) => s.articles.length < 2);
  if (single.length) note(ctx, options, `${single.length} ${single.length === 1 ? 'story has' : 'stories have'} one article and ${single.length === 1 ? 'is' : 'are'} not compared: ${listIds(single)}`);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items: StoryComparison[] = [];
  for (const story of stories.filter((s) => s.articles.length >= 2)) {
    const outlets = view.outlets?.filter((o) => story.outlets.includes(o));
    if (outlets && outlets.length === 0) continue;
    items.push({ story, comparison: compareCoverage(story.articles.map((id) => byId.get(id)!)), view: { ...view, outlets } });
  }
  if (items.length === 0) note(ctx, options, 'no story has two or more articles to compare; coverage stories shows how the articles were grouped');
  return renderStoryDiffs(items, format, (comparison, v) => renderOne(comparison, render, v), render);
}

/** Above this many articles, the mixed-input check groups an even sample of this many. */
const MIXED_CHECK_SAMPLE = 1000;

/**
 * Says on stderr when the articles look like more than one story: comparing them as one
 * lines up quotes and claims of different events. Names how many stories, the largest
 * ones with their labels and sizes, and `--by-story`. Past `MIXED_CHECK_SAMPLE` articles
 * it groups an even sample of them in one pass (the check must not cost more than the
 * comparison it warns about) and says so.
 *
 * @example warnIfMixed(ctx, articles, options, 'coverage diff')
 */
export function warnIfMixed(ctx: CliContext, articles: readonly Article[], options: CommonOptions, command: string): void {
  const sampled = articles.length > MIXED_CHECK_SAMPLE;
  const step = articles.length / MIXED_CHECK_SAMPLE;
  const checked = sampled ? Array.from({ length: MIXED_CHECK_SAMPLE }, (_, k) => articles[Math.floor(k * step)]!) : articles;
  const stories = groupStories(checked, sampled ? { passes: 1 } : {});
  if (stories.length <= 1) return;
  const largest = stories.slice(0, 3).map((s) => `${s.id} (${s.articles.length} article${s.articles.length === 1 ? '' : 's'}: ${s.label})`).join(', ');
  const what = sampled ? `an even sample of ${checked.length} of these ${articles.length} articles looks like` : `these ${articles.length} articles look like`;
  note(ctx, options, `${what} ${stories.length} stories, not one event; largest: ${largest}. ${command} compares them all as one; add --by-story to compare each story on its own, or list them with coverage stories`);
}

/** Columns of stories.csv (`coverage export --by-story`). */
export const STORY_SUMMARY_COLUMNS = ['id', 'label', 'firstDate', 'lastDate', 'outlets', 'articles'] as const;

/** One row per story for stories.csv: outlets joined with `;`, articles counted. */
export function storySummaryRows(stories: readonly Story[]): Array<Array<string | number | null>> {
  return stories.map((s) => [s.id, s.label, s.firstDate, s.lastDate, s.outlets.join(';'), s.articles.length]);
}

/** "s4, s5, s6 and 12 more". */
function listIds(stories: readonly Story[]): string {
  const shown = stories.slice(0, 8).map((s) => s.id).join(', ');
  return stories.length > 8 ? `${shown} and ${stories.length - 8} more` : shown;
}

/** A similarity threshold from the command line: above 0, at most 1. */
export function parseThreshold(value: string, option: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n > 0 && n <= 1)) throw new UsageError(`${option}: expected a similarity above 0 and at most 1, e.g. ${DEFAULTS.threshold}, got "${value}"`);
  return n;
}

function parseWidth(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 40) throw new UsageError(`--width: expected a whole number of columns, at least 40, got "${value}"`);
  return n;
}
