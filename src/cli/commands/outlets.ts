import { describeCommand } from '../command-descriptions.js';
import { Command, Option } from 'commander';
import { compareCoverage } from '../../pipeline/compare-coverage.js';
import { plainContext } from '../../render/context.js';
import { OUTLET_FORMATTERS, toOutletRecords, type OutletFormat } from '../../render/render-outlets.js';
import { note, renderContext, type CliContext } from '../context.js';
import { addInputOptions, loadArticles, type InputOptions } from '../load.js';
import { parseChoice, UsageError, writeOutput } from '../output.js';

const FORMATS: OutletFormat[] = ['table', 'csv', 'json', 'ndjson'];

interface OutletsOptions extends InputOptions {
  format?: string;
  output?: string;
  force?: boolean;
  top: string;
}

/** Defaults live here and in the help text that shows them. */
const DEFAULTS = {
  top: '3',
  width: 100,
};

/** `coverage outlets`: one line per outlet: how much it wrote, quoted and reported, and whom it let speak. */
export function outletsCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  const command = new Command('outlets')
    .description(describeCommand('outlets'))
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, json otherwise)`))
    .option('-o, --output <file>', 'write to a file instead of stdout (never overwrites without --force)')
    .option('--force', 'overwrite the --output file if it exists')
    .option('--top <n>', 'how many sources topSources lists, most attributed words first; 0 lists all', DEFAULTS.top)
    .option('-w, --width <columns>', `table width, at least 40 (default: the terminal width, or ${DEFAULTS.width})`);
  addInputOptions(command).addHelpText('after', `
Records have the fields outlet, articles, words, quotes, indirect, claims, sources,
topSources, isOpinion (in that order; the CSV columns too). sources counts the distinct
sources heard; topSources gives each top source's share of the words the outlet
attributes (in quote marks and in indirect statements): an array of {source, words,
share} in JSON, "Parler lawsuit 73%; Amazon Web Services spokesperson 14%" in CSV.

Examples:
  coverage outlets corpus/parler-v-aws
  coverage outlets corpus/parler-v-aws --format csv --output outlets.csv
  coverage outlets corpus/parler-v-aws --top 0 --format json | jq '.[] | {outlet, sources}'`);
  command.action(async (paths: string[], options: OutletsOptions) => {
    const toFile = Boolean(options.output) && options.output !== '-';
    const format = parseChoice(options.format ?? (ctx.stdout.isTTY && !toFile ? 'table' : 'json'), FORMATS, '--format');
    const top = Number(options.top);
    if (!Number.isInteger(top) || top < 0) throw new UsageError(`--top: expected a whole number, 0 for all sources, got "${options.top}"`);
    if (options.width !== undefined && !(Number.isInteger(Number(options.width)) && Number(options.width) >= 40)) throw new UsageError(`--width: expected a whole number of columns, at least 40, got "${options.width}"`);

    const { articles, failed } = await loadArticles(ctx, paths, options);
    if (articles.length === 0) note(ctx, options, 'no articles read: there are no outlets to list');
    const outlets = toOutletRecords(compareCoverage(articles), { top });
    // A file gets no colour and a fixed width, whatever the terminal is like.
    const render = toFile ? plainContext(options.width ? Number(options.width) : DEFAULTS.width) : renderContext(ctx, options);
    writeOutput(ctx, OUTLET_FORMATTERS[format](outlets, render), options);
    setExit(failed ? 1 : 0);
  });
  return command;
}
