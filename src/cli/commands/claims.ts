import { describeCommand } from '../command-descriptions.js';
import { Command, Option } from 'commander';
import { findClaims } from '../../analyze/claims/find-claims.js';
import { assignSources } from '../../analyze/quotes/assign-sources.js';
import { extractQuotes } from '../../analyze/quotes/extract-quotes.js';
import type { Claim } from '../../model/comparison.js';
import type { Quote } from '../../model/types.js';
import { plainContext } from '../../render/context.js';
import { CLAIM_FORMATTERS, type ClaimFormat } from '../../render/render-claims.js';
import { note, renderContext, type CliContext } from '../context.js';
import { addInputOptions, loadArticles, type InputOptions } from '../load.js';
import { parseChoice, parseList, UsageError, writeOutput } from '../output.js';

const FORMATS: ClaimFormat[] = ['table', 'csv', 'json', 'ndjson'];
const KINDS: Array<Claim['kind']> = ['indirect', 'statement'];

interface ClaimsOptions extends InputOptions {
  format?: string;
  output?: string;
  force?: boolean;
  kind: string;
  speaker?: string;
}

/** Defaults live here and in the help text that shows them. */
const DEFAULTS = {
  kind: 'indirect,statement',
  width: 100,
};

/** `coverage claims`: list the checkable statements in articles, reported and the outlet's own. */
export function claimsCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  const command = new Command('claims')
    .description(describeCommand('claims'))
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, json otherwise)`))
    .option('-o, --output <file>', 'write to a file instead of stdout (never overwrites without --force)')
    .option('--force', 'overwrite the --output file if it exists')
    .option('-k, --kind <kinds>', `comma-separated kinds to list: ${KINDS.join(', ')}`, DEFAULTS.kind)
    .option('-s, --speaker <name>', 'only claims whose speaker or source contains NAME (any case); statements have no speaker')
    .option('-w, --width <columns>', `table width, at least 40 (default: the terminal width, or ${DEFAULTS.width})`);
  addInputOptions(command).addHelpText('after', `
Records have the fields id, article, file, outlet, kind, text, speaker, source, cue,
paragraph, sentence, start, end, features (in that order; the CSV columns too). text is
exactly the article text from start to end, as \`coverage ingest\` prints it; features
(attributed, number, date, actor, evaluation, predicate) is an array in JSON, joined with ";" in CSV.

Examples:
  coverage claims corpus/parler-v-aws
  coverage claims corpus/parler-v-aws --format csv --output claims.csv
  coverage claims corpus/parler-v-aws --kind indirect --speaker lawsuit
  coverage claims corpus/parler-v-aws --format ndjson | jq -r '.features[]' | sort | uniq -c`);
  command.action(async (paths: string[], options: ClaimsOptions) => {
    const toFile = Boolean(options.output) && options.output !== '-';
    const format = parseChoice(options.format ?? (ctx.stdout.isTTY && !toFile ? 'table' : 'json'), FORMATS, '--format');
    const kinds = new Set(parseList(options.kind, KINDS, '--kind'));
    if (kinds.size === 0) throw new UsageError(`--kind: name at least one of ${KINDS.join(', ')}`);
    const speaker = options.speaker?.trim().toLowerCase();
    if (speaker === '') throw new UsageError('--speaker: give part of a name, e.g. --speaker matze');
    const width = parseWidth(options.width);

    const { articles, failed } = await loadArticles(ctx, paths, options);
    // The same quotes and claims `coverage diff` works from, without the clustering it does on top.
    const quotes = assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
    const byArticle = new Map<string, Quote[]>();
    for (const q of quotes) byArticle.set(q.article, [...(byArticle.get(q.article) ?? []), q]);
    const all = articles.flatMap((a) => findClaims(a, byArticle.get(a.id) ?? []));
    const claims = all.filter((c) => kinds.has(c.kind) && (speaker === undefined || matchesSpeaker(c, speaker)));
    if (claims.length === 0) {
      const filters = [options.kind !== DEFAULTS.kind ? `--kind ${[...kinds].join(',')}` : '', speaker ? `--speaker "${options.speaker}"` : ''].filter(Boolean);
      note(ctx, options, `no claims found in ${articles.length} article${articles.length === 1 ? '' : 's'}${filters.length ? ` matching ${filters.join(' ')}` : ''}`);
    }
    // A file gets no colour and a fixed width, whatever the terminal is like.
    const render = toFile ? plainContext(width ?? DEFAULTS.width) : renderContext(ctx, options);
    writeOutput(ctx, CLAIM_FORMATTERS[format](claims, articles, render), options);
    setExit(failed ? 1 : 0);
  });
  return command;
}

function matchesSpeaker(c: Claim, needle: string): boolean {
  return Boolean(c.speaker?.toLowerCase().includes(needle) || c.source?.toLowerCase().includes(needle));
}

function parseWidth(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 40) throw new UsageError(`--width: expected a whole number of columns, at least 40, got "${value}"`);
  return n;
}
