import { describeCommand } from '../command-descriptions.js';
import { Command, Option } from 'commander';
import { compareCoverage } from '../../pipeline/compare-coverage.js';
import type { Comparison } from '../../model/comparison.js';
import { plainContext } from '../../render/context.js';
import { DIFF_FORMATTERS, missingListChars, type DiffFormat } from '../../render/render-diff.js';
import { reportTable } from '../../render/render-diff-html.js';
import type { DiffViewOptions } from '../../render/render-diff-table.js';
import { note, renderContext, type CliContext } from '../context.js';
import { addInputOptions, loadArticles, type InputOptions } from '../load.js';
import { parseChoice, suggest, UsageError, writeOutput } from '../output.js';
import { STORY_DEFAULTS } from '../../align/stories/group-stories.js';
import { diffByStory, warnIfMixed } from './stories.js';

const FORMATS: DiffFormat[] = ['table', 'json', 'md', 'html'];
const PARTS = ['quotes', 'claims', 'framing'] as const;

interface DiffOptions extends InputOptions {
  format?: string;
  output?: string;
  force?: boolean;
  only?: string;
  minOutlets?: string;
  outlets?: string;
  byStory?: boolean;
  storyThreshold?: string;
}

/** `coverage diff`: line the outlets up and show how each framed the event. */
export function diffCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  const command = new Command('diff')
    .description(describeCommand('diff'))
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).default('table'))
    .option('-o, --output <file>', 'write to a file instead of stdout (never overwrites without --force)')
    .option('--force', 'overwrite the --output file if it exists')
    .option('--only <part>', `show one part: ${PARTS.join(', ')}`)
    .option('--min-outlets <n>', 'show clusters carried by at least N outlets (default: 2 for table and md, 1 for json and html)')
    .option('--outlets <names>', 'comma-separated outlets to show as columns, in that order (default: all)')
    .option('--by-story', 'group the articles into stories first (as coverage stories does) and compare each story of two or more articles on its own (table, md, json)')
    .option('--story-threshold <similarity>', `with --by-story: the --threshold of coverage stories (default: ${STORY_DEFAULTS.threshold})`)
    .option('-w, --width <columns>', 'table width, at least 40 (default: the terminal width, or 100)');
  addInputOptions(command).addHelpText('after', `
In the table, words an outlet has that the cluster's text does not are marked [+like this+]
and words it leaves out [-like this-] (green and red on a terminal); "—" means the outlet
does not carry that quote or claim.

--format html writes one self-contained page (no network, no external files): outlets as
columns, differing words highlighted, filters, the framing panels and a readable copy of
each article; give --output report.html, or it goes to stdout.

Examples:
  coverage diff corpus/parler-v-aws
  coverage diff corpus/parler-v-aws --only quotes --outlets forced-offline,capitol-riot
  coverage diff corpus/parler-v-aws --format md --output report.md
  coverage diff corpus/parler-v-aws --format html --output report.html
  coverage diff corpus/parler-v-aws --format json | jq '.clusters[] | select(.flags | length > 0)'
  coverage diff month-dump/ --by-story --only quotes`);
  command.action(async (paths: string[], options: DiffOptions) => {
    const format = parseChoice(options.format ?? 'table', FORMATS, '--format');
    const only = options.only === undefined ? undefined : parseChoice(options.only, PARTS, '--only');
    const minOutlets = options.minOutlets === undefined ? undefined : Number(options.minOutlets);
    if (minOutlets !== undefined && (!Number.isInteger(minOutlets) || minOutlets < 1)) throw new UsageError(`--min-outlets: expected a whole number of at least 1, got "${options.minOutlets}"`);
    if (options.width !== undefined && !(Number.isInteger(Number(options.width)) && Number(options.width) >= 40)) throw new UsageError(`--width: expected a whole number of columns, at least 40, got "${options.width}"`);

    const { articles, failed } = await loadArticles(ctx, paths, options);
    const known = [...new Set(articles.map((a) => a.outlet))];
    const outlets = options.outlets === undefined ? undefined : parseOutlets(options.outlets, known);
    if (articles.length === 1) note(ctx, options, `only one article (${articles[0]!.outlet}): there is nothing to compare it with; give a folder with articles from several outlets`);
    else if (known.length === 1 && articles.length > 1) note(ctx, options, `all ${articles.length} articles have the same outlet label (${known[0]}); label them through metadata, a coverage.json manifest or one folder per outlet`);
    const toFile = Boolean(options.output) && options.output !== '-';
    const render = toFile ? plainContext(options.width ? Number(options.width) : 100) : renderContext(ctx, options);
    if (options.byStory) writeOutput(ctx, diffByStory(ctx, articles, format, render, { outlets, only, minOutlets }, DIFF_FORMATTERS[format], options), options);
    else {
      if (articles.length > 1) warnIfMixed(ctx, articles, options, 'coverage diff');
      const comparison = compareCoverage(articles);
      if (format === 'json' && minOutlets === undefined) warnMissingLists(ctx, options, comparison);
      if (format === 'html') checkReportSize(comparison, { outlets, only, minOutlets });
      writeOutput(ctx, DIFF_FORMATTERS[format](comparison, render, { outlets, only, minOutlets }), options);
    }
    setExit(failed ? 1 : 0);
  });
  return command;
}

/**
 * The most cells (rows × outlet columns) an HTML report may have. A page of 500 generated
 * articles (6,759 rows × 500 columns) is 198 MB and takes 1.1 GB to build; 5,000 would be
 * a table of 360 million cells, past the longest string V8 makes.
 */
const MAX_REPORT_CELLS = 4_000_000;

// The HTML report is a table of clusters by outlets: past a size no browser opens, say so
// before building it, and how to make it smaller.
export function checkReportSize(comparison: Comparison, view: DiffViewOptions, maxCells = MAX_REPORT_CELLS): void {
  const { outlets, clusters } = reportTable(comparison, view);
  if (clusters.length * outlets.length <= maxCells) return;
  const shared = reportTable(comparison, { ...view, minOutlets: Math.max(2, view.minOutlets ?? 1) }).clusters.length;
  throw new UsageError(`--format html: the report would be a table of ${clusters.length} clusters × ${outlets.length} outlets, too large to open in a browser; show fewer outlets with --outlets a,b,c, or fewer rows with --min-outlets 2 (${shared} clusters) or more, or use --format json`);
}

/** Above this many characters of `missing` lists, the JSON's size is pointed out. */
const LARGE_MISSING = 1e9;

// Every cluster lists the outlets that do not carry it: a run of thousands of outlets
// whose clusters are mostly one outlet's claims writes gigabytes of outlet names.
function warnMissingLists(ctx: CliContext, options: DiffOptions, comparison: Comparison): void {
  const chars = missingListChars(comparison);
  if (chars < LARGE_MISSING) return;
  const single = comparison.clusters.filter((c) => c.outlets.length === 1).length;
  const outlets = new Set(comparison.articles.map((a) => a.outlet)).size;
  note(ctx, options, `the JSON lists, for each of ${comparison.clusters.length} clusters, the outlets that do not carry it: about ${(chars / 1e9).toFixed(1)} GB of outlet names from ${outlets} outlets; --min-outlets 2 leaves out the ${single} clusters only one outlet carries`);
}

// Outlet labels keep their case ("The Ledger"), but the user need not type it.
function parseOutlets(value: string, known: string[]): string[] {
  const byLower = new Map(known.map((o) => [o.toLowerCase(), o]));
  return value.split(',').map((v) => v.trim()).filter(Boolean).map((v) => {
    const found = byLower.get(v.toLowerCase());
    if (!found) throw new UsageError(`--outlets: no outlet "${v}" in these articles${suggest(v.toLowerCase(), [...byLower.keys()])}; they are: ${known.join(', ')}`);
    return found;
  });
}
