import { mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeCommand } from '../command-descriptions.js';
import { Command } from 'commander';
import { compareCoverage } from '../../pipeline/compare-coverage.js';
import { plainContext, type Output } from '../../render/context.js';
import { renderDiffJson } from '../../render/render-diff.js';
import { csvChunks, EXPORT_TABLES, exportTables, exportTablesByStory } from '../../render/tables.js';
import { groupStories } from '../../align/stories/group-stories.js';
import { STORY_SUMMARY_COLUMNS, storySummaryRows, warnIfMixed } from './stories.js';
import { note, type CliContext } from '../context.js';
import { addInputOptions, loadArticles, type InputOptions } from '../load.js';
import { UsageError, writeFileInPieces } from '../output.js';

interface ExportOptions extends InputOptions {
  out: string;
  force?: boolean;
  excel?: boolean;
  byStory?: boolean;
}

/** The JSON document written next to the tables: `coverage diff --format json`. */
const ANALYSIS_FILE = 'analysis.json';

/** With --by-story: one row per story. */
const STORIES_FILE = 'stories.csv';

/** `coverage export`: the whole analysis as tidy CSV tables for pandas, R and DuckDB, plus the JSON document. */
export function exportCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  const command = new Command('export')
    .description(describeCommand('export'))
    .requiredOption('--out <dir>', 'folder to write into; created if missing, refused when it holds anything unless --force')
    .option('--force', 'write into a folder that is not empty, overwriting the export files in it (other files are left alone)')
    .option('--excel', 'start each CSV with a UTF-8 byte-order mark, so Excel reads accents and quote marks right (default: no mark)')
    .option('--by-story', `group the articles into stories first (as coverage stories does), compare each story on its own, add a first column "story" to every table and write ${STORIES_FILE} (${STORY_SUMMARY_COLUMNS.join(', ')}); no ${ANALYSIS_FILE}`);
  addInputOptions(command).addHelpText('after', `
Files: ${[...EXPORT_TABLES.map((t) => t.file), ANALYSIS_FILE].join(', ')}.
CSV is RFC 4180: a header row of camelCase column names, CRLF line ends, fields quoted
when they hold a comma, a quote mark or a line break (article texts keep their newlines
inside the quotes), empty cells for unknown values. analysis.json is the document
\`coverage diff --format json\` prints. The README section "Research pipelines" lists
every column and shows how to load the tables in pandas, R and DuckDB.

Examples:
  coverage export corpus/parler-v-aws --out tables
  coverage export corpus/parler-v-aws --out tables --force --excel
  coverage export month-dump/ --by-story --out tables
  duckdb -c "SELECT outlet, count(*) FROM 'tables/quotes.csv' GROUP BY outlet"`);
  command.action(async (paths: string[], options: ExportOptions) => {
    const target = path.resolve(ctx.cwd, options.out);
    // Checked before the analysis, so a wrong --out fails at once.
    checkTarget(target, options);

    const { articles, failed } = await loadArticles(ctx, paths, options);
    if (articles.length === 0) {
      note(ctx, options, `no articles read: nothing written to ${options.out}`);
      setExit(1);
      return;
    }
    const files: Array<{ file: string; text: Output; rows?: number }> = [];
    if (options.byStory) {
      const stories = groupStories(articles);
      const byId = new Map(articles.map((a) => [a.id, a]));
      const parts = stories.map((s) => ({ story: s.id, comparison: compareCoverage(s.articles.map((id) => byId.get(id)!)) }));
      files.push(...exportTablesByStory(parts, { bom: options.excel }));
      files.push({ file: STORIES_FILE, text: { [Symbol.iterator]: () => csvChunks(STORY_SUMMARY_COLUMNS, storySummaryRows(stories), { bom: options.excel }) }, rows: stories.length });
    } else {
      if (articles.length > 1) warnIfMixed(ctx, articles, options, 'coverage export');
      const comparison = compareCoverage(articles);
      files.push(...exportTables(comparison, { bom: options.excel }), { file: ANALYSIS_FILE, text: renderDiffJson(comparison, plainContext()) });
    }
    try {
      mkdirSync(target, { recursive: true });
      for (const { file, text } of files) writeFileInPieces(path.join(target, file), text);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new UsageError(`cannot write to ${options.out} (${e.code ?? e.message}); choose a folder you can write to with --out`);
    }
    for (const { file, rows } of files) {
      note(ctx, options, `wrote ${path.join(options.out, file)}${rows === undefined ? '' : ` (${rows} row${rows === 1 ? '' : 's'})`}`);
    }
    setExit(failed ? 1 : 0);
  });
  return command;
}

/** An existing --out must be a folder, and an empty one unless --force. */
function checkTarget(target: string, options: ExportOptions): void {
  let entries: string[];
  try {
    if (!statSync(target).isDirectory()) throw new UsageError(`--out: ${options.out} is a file, not a folder; choose a folder with --out`);
    entries = readdirSync(target);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UsageError(`--out: cannot read ${options.out} (${(error as NodeJS.ErrnoException).code}); choose another folder with --out`);
  }
  if (entries.length > 0 && !options.force) {
    throw new UsageError(`--out: ${options.out} is not empty; choose a new or empty folder, or add --force to overwrite the export files in it`);
  }
}
