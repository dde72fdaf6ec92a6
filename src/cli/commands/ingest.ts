import { describeCommand } from '../command-descriptions.js';
import { Command, Option } from 'commander';
import { ARTICLE_FORMATTERS, type ArticleFormat } from '../../render/render-articles.js';
import { renderContext, type CliContext } from '../context.js';
import { addInputOptions, loadArticles, type InputOptions } from '../load.js';
import { parseChoice, writeOutput } from '../output.js';

const FORMATS: ArticleFormat[] = ['table', 'json', 'ndjson'];

interface IngestOptions extends InputOptions {
  format?: string;
  output?: string;
  force?: boolean;
}

/** `coverage ingest`: read articles and print the cleaned, segmented records. */
export function ingestCommand(ctx: CliContext, setExit: (code: number) => void): Command {
  const command = new Command('ingest')
    .description(describeCommand('ingest'))
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: table on a terminal, json otherwise)`))
    .option('-o, --output <file>', 'write to a file instead of stdout (never overwrites without --force)')
    .option('--force', 'overwrite the --output file if it exists')
    .option('-w, --width <columns>', 'table width (default: the terminal width, or 100)');
  addInputOptions(command).addHelpText('after', `
Examples:
  coverage ingest corpus/parler-v-aws --format json
  coverage ingest articles/ --verbose          # shows which lines were dropped and why
  coverage ingest stories.csv --outlet-field media_name   # one article per row; other columns kept in meta
  cat dump.jsonl | coverage ingest - --format ndjson`);
  command.action(async (paths: string[], options: IngestOptions) => {
    const format = parseChoice(options.format ?? (ctx.stdout.isTTY && !options.output ? 'table' : 'json'), FORMATS, '--format');
    const { articles, failed, diagnostics } = await loadArticles(ctx, paths, options);
    // Input that gave no article prints nothing: its diagnostics are already on stderr,
    // and an empty document would pass for a result down a pipe.
    if (articles.length === 0) {
      setExit(failed ? 1 : 0);
      return;
    }
    const text = ARTICLE_FORMATTERS[format](articles, diagnostics, renderContext(ctx, options));
    writeOutput(ctx, text, options);
    setExit(failed ? 1 : 0);
  });
  return command;
}
