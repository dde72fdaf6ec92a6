import { availableParallelism } from 'node:os';
import { describeCommand } from '../command-descriptions.js';
import { Command, Option } from 'commander';
import { assignSources } from '../../analyze/quotes/assign-sources.js';
import type { Quote, QuoteKind } from '../../model/types.js';
import { plainContext } from '../../render/context.js';
import { QUOTE_FORMATTERS, type QuoteFormat } from '../../render/render-quotes.js';
import { note, renderContext, type CliContext } from '../context.js';
import { addInputOptions, isJsonLinesStream, loadArticles, type InputOptions } from '../load.js';
import { streamQuotes } from '../stream-quotes.js';
import { parseChoice, parseList, UsageError, writeOutput } from '../output.js';
import { readAndExtractInPool } from '../workers/extract-pool.js';

const FORMATS: QuoteFormat[] = ['table', 'csv', 'json', 'ndjson'];
const KINDS: QuoteKind[] = ['direct', 'partial', 'indirect', 'mention'];

interface QuotesOptions extends InputOptions {
  format?: string;
  output?: string;
  force?: boolean;
  kind: string;
  speaker?: string;
  jobs?: string;
}

/** Defaults live here and in the help text that shows them. */
const DEFAULTS = {
  // Mentions ("the so-called “Mornings with Maria”") are titles and scare quotes, not statements: listed only when asked.
  kind: 'direct,partial,indirect',
  width: 100,
  // One worker thread per CPU, up to four, once there are more files than threads cost to start.
  jobs: Math.max(1, Math.min(availableParallelism(), 4)),
  workerMinFiles: 50,
};

/** `coverage quotes`: find the quotations and attributed statements in articles, with their speakers. */
export function quotesCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  const command = new Command('quotes')
    .description(describeCommand('quotes'))
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, json otherwise)`))
    .option('-o, --output <file>', 'write to a file instead of stdout (never overwrites without --force)')
    .option('--force', 'overwrite the --output file if it exists')
    .option('-k, --kind <kinds>', `comma-separated kinds to list: ${KINDS.join(', ')}`, DEFAULTS.kind)
    .option('-s, --speaker <name>', 'only quotes whose speaker or source contains NAME (any case)')
    .option('-w, --width <columns>', `table width, at least 40 (default: the terminal width, or ${DEFAULTS.width})`)
    .option('-j, --jobs <n>', `threads that read files and find quotes; 1 uses no worker threads (default: one per CPU, at most 4, when there are more than ${DEFAULTS.workerMinFiles} files)`);
  addInputOptions(command).addHelpText('after', `
Records have the fields id, article, file, outlet, kind, text, speaker, source, sourceOrg,
cue, paragraph, sentence, start, end, confidence, rule, speakerStart, speakerEnd, cueStart,
cueEnd (in that order; the CSV columns too). text is exactly the article text from start to
end, as \`coverage ingest\` prints it; rule names the attribution rule that chose the
speaker, and speakerStart/End and cueStart/End say where the words it read are.

Examples:
  coverage quotes corpus/parler-v-aws
  coverage quotes corpus/parler-v-aws --format csv --output quotes.csv
  coverage quotes corpus/parler-v-aws --kind direct --speaker matze
  coverage quotes news/ --format ndjson --jobs 1 > quotes.ndjson
  coverage quotes corpus/parler-v-aws --format ndjson | jq -r .source | sort | uniq -c`);
  command.action(async (paths: string[], options: QuotesOptions) => {
    const toFile = Boolean(options.output) && options.output !== '-';
    const format = parseChoice(options.format ?? (ctx.stdout.isTTY && !toFile ? 'table' : 'json'), FORMATS, '--format');
    const kinds = new Set(parseList(options.kind, KINDS, '--kind'));
    if (kinds.size === 0) throw new UsageError(`--kind: name at least one of ${KINDS.join(', ')}`);
    const speaker = options.speaker?.trim().toLowerCase();
    if (speaker === '') throw new UsageError('--speaker: give part of a name, e.g. --speaker matze');
    const width = parseWidth(options.width);
    const jobsAsked = options.jobs === undefined ? undefined : parseJobs(options.jobs);

    // JSON Lines on standard input, written as NDJSON or CSV to stdout: one article at a time.
    if (paths.length === 1 && paths[0] === '-' && (format === 'ndjson' || format === 'csv') && !toFile && (await isJsonLinesStream(ctx, options.stdinFormat))) {
      const streamFailed = await streamQuotes(ctx, { ...options, format, kinds, speaker, textField: options.textField, outletField: options.outletField });
      setExit(streamFailed ? 1 : 0);
      return;
    }
    // Worker threads read the files and give each article's quotes in order; sources are named across the whole run here.
    let perArticle: Quote[][] = [];
    const jobs = (files: number) => jobsAsked ?? (files > DEFAULTS.workerMinFiles ? DEFAULTS.jobs : 1);
    const { articles, failed } = await loadArticles(ctx, paths, options, async (p, readOptions) => {
      const read = await readAndExtractInPool(p, readOptions, { jobs });
      perArticle = read.perArticle;
      return read.result;
    });
    const all = assignSources(perArticle.flat(), articles);
    const quotes = all.filter((q) => kinds.has(q.kind) && (speaker === undefined || matchesSpeaker(q, speaker)));
    if (quotes.length === 0) {
      const filters = [options.kind !== DEFAULTS.kind ? `--kind ${[...kinds].join(',')}` : '', speaker ? `--speaker "${options.speaker}"` : ''].filter(Boolean);
      note(ctx, options, `no quotes found in ${articles.length} article${articles.length === 1 ? '' : 's'}${filters.length ? ` matching ${filters.join(' ')}` : ''}`);
    }
    // A file gets no colour and a fixed width, whatever the terminal is like.
    const render = toFile ? plainContext(width ?? DEFAULTS.width) : renderContext(ctx, options);
    writeOutput(ctx, QUOTE_FORMATTERS[format](quotes, articles, render), options);
    setExit(failed ? 1 : 0);
  });
  return command;
}

function matchesSpeaker(q: Quote, needle: string): boolean {
  return Boolean(q.speaker?.toLowerCase().includes(needle) || q.source?.toLowerCase().includes(needle));
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs: expected a whole number of threads from 1 to 64, got "${value}"`);
  return n;
}

function parseWidth(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 40) throw new UsageError(`--width: expected a whole number of columns, at least 40, got "${value}"`);
  return n;
}
