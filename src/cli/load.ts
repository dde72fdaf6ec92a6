import cliProgress from 'cli-progress';
import { Command, Option } from 'commander';
import type { Article, Diagnostic } from '../model/types.js';
import { hasErrors } from '../model/diagnostics.js';
import { FORMATS, type Format } from '../ingest/find-inputs.js';
import { readArticles, type ReadOptions, type ReadResult } from '../ingest/read-articles.js';
import { note, printDiagnostics, type CliContext, type CommonOptions } from './context.js';
import { parseChoice, UsageError } from './output.js';

export interface InputOptions extends CommonOptions {
  stdinFormat?: string;
  textField?: string;
  outletField?: string;
}

/** Adds the options every command that reads articles shares. */
export function addInputOptions(command: Command): Command {
  return command
    .argument('<paths...>', 'files, folders or glob patterns to read; - reads standard input')
    .addOption(new Option('--stdin-format <format>', `format of standard input (${FORMATS.join(', ')}); sniffed when not given`))
    .option('--text-field <name>', 'JSON field or CSV/TSV column that holds the article body (default: text, body, content, story_text or articleBody)')
    .option('--outlet-field <name>', 'JSON field or CSV/TSV column that holds the outlet name (default: outlet, media_name, source, publisher, site, domain)')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('-q, --quiet', 'print errors only on stderr; no warnings, notes or progress')
    .option('-v, --verbose', 'explain on stderr how each article was read: outlet rule, removed lines');
}

/**
 * Reads the articles for a command, reporting problems on stderr. `read` does the reading
 * (`coverage quotes` reads on its worker threads); it must give what `readArticles` gives.
 */
export async function loadArticles(ctx: CliContext, paths: string[], options: InputOptions, read: (paths: readonly string[], options: ReadOptions) => Promise<ReadResult> = readArticles): Promise<{ articles: Article[]; failed: boolean; diagnostics: Diagnostic[] }> {
  const stdinFormat = options.stdinFormat === undefined ? undefined : parseChoice<Format>(options.stdinFormat, FORMATS, '--stdin-format');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('- (standard input) can be given only once');
  const progress = progressBar(ctx, options);
  const result = await read(paths, { stdinFormat, stdin: ctx.stdin, textField: options.textField, outletField: options.outletField, onProgress: progress.update });
  progress.stop();
  const diagnostics = [...result.diagnostics, ...result.articles.flatMap((a) => a.diagnostics)];
  printDiagnostics(ctx, diagnostics, options);
  const { hidden, unknown } = result.skipped;
  if (hidden + unknown > 0) {
    const parts = [];
    if (unknown) parts.push(`${unknown} file${unknown === 1 ? '' : 's'} of unknown type`);
    if (hidden) parts.push(`${hidden} hidden file${hidden === 1 ? '' : 's'}`);
    note(ctx, options, `skipped ${parts.join(' and ')}`);
  }
  if (options.verbose) {
    for (const a of result.articles) {
      ctx.stderr.write(`${a.file}${a.index ? `#${a.index + 1}` : ''}: id ${a.id}, outlet "${a.outlet}" (from ${a.outletRule}${a.outletField ? `: ${a.outletField}` : ''})${a.isOpinion ? ', opinion' : ''}\n`);
      for (const r of a.removed) ctx.stderr.write(`${a.file}${r.line ? `:${r.line}` : ''}: removed ${r.reason}: ${r.text.length > 90 ? `${r.text.slice(0, 87)}...` : r.text}\n`);
    }
  }
  // Problems with no article to carry them (a missing path, a binary file) travel with the run.
  return { articles: result.articles, failed: hasErrors(diagnostics), diagnostics: result.diagnostics };
}

/**
 * Whether standard input is JSON Lines, without consuming it: `--stdin-format jsonl`, or a
 * first line that is a whole JSON object. The bytes looked at are put back on the stream.
 */
export async function isJsonLinesStream(ctx: CliContext, stdinFormat: string | undefined): Promise<boolean> {
  if (stdinFormat !== undefined) return stdinFormat.toLowerCase() === 'jsonl';
  const stream = ctx.stdin as NodeJS.ReadableStream & { read(): Buffer | string | null; unshift(chunk: Buffer | string): void; readableEnded?: boolean };
  const chunk = await new Promise<Buffer | string | null>((resolve) => {
    const tryRead = () => {
      const data = stream.read();
      if (data !== null) return resolve(data);
      if (stream.readableEnded) return resolve(null);
      stream.once('readable', tryRead);
      stream.once('end', () => resolve(null));
    };
    tryRead();
  });
  if (chunk === null) return false;
  stream.unshift(chunk);
  const head = (typeof chunk === 'string' ? chunk : chunk.toString('utf8')).replace(/^\uFEFF/, '').trimStart();
  const firstLine = head.split('\n', 1)[0]!.trim();
  return firstLine.startsWith('{') && (firstLine.endsWith('}') || !head.includes('\n'));
}

/** Below this many files a run is quick and a bar would only flicker. */
const PROGRESS_MIN_FILES = 20;

/**
 * A progress bar on stderr with counts and rate, shown only when stderr is a terminal,
 * there are enough files to wait for, and --quiet is off. Never touches stdout.
 */
function progressBar(ctx: CliContext, options: CommonOptions): { update: (done: number, total: number) => void; stop: () => void } {
  if (options.quiet || !ctx.stderr.isTTY) return { update: () => {}, stop: () => {} };
  let bar: cliProgress.SingleBar | null = null;
  let startedAt = 0;
  return {
    update: (done, total) => {
      if (total < PROGRESS_MIN_FILES) return;
      if (!bar) {
        bar = new cliProgress.SingleBar({
          stream: ctx.stderr as NodeJS.WritableStream & NodeJS.WriteStream,
          format: 'reading {bar} {value}/{total} files | {rate} files/s | {eta_formatted} left',
          hideCursor: true, clearOnComplete: true, etaBuffer: 50,
        }, cliProgress.Presets.shades_classic);
        bar.start(total, 0, { rate: '0' });
        startedAt = Date.now();
      }
      const seconds = (Date.now() - startedAt) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(0) : '0' });
    },
    stop: () => bar?.stop(),
  };
}
