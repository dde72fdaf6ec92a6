import { Chalk } from 'chalk';
import type { Diagnostic } from '../model/types.js';
import { PLAIN_STYLES, type RenderContext, type Styles } from '../render/context.js';

/** The streams and environment a command runs against; tests pass their own. */
export interface CliContext {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  /** Working directory, for resolving --output. */
  cwd: string;
}

/** Options every command shares. */
export interface CommonOptions {
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  width?: string;
}

/** True when colour may be used on a stream: a terminal, no NO_COLOR, no --no-color. */
export function colorEnabled(ctx: CliContext, stream: 'stdout' | 'stderr', options: CommonOptions): boolean {
  if (options.color === false) return false;
  if (ctx.env['NO_COLOR'] !== undefined && ctx.env['NO_COLOR'] !== '') return false;
  if (ctx.env['FORCE_COLOR'] !== undefined && ctx.env['FORCE_COLOR'] !== '0') return true;
  return Boolean(ctx[stream].isTTY);
}

function stylesFor(enabled: boolean): Styles {
  if (!enabled) return PLAIN_STYLES;
  const c = new Chalk({ level: 1 });
  return {
    bold: (t) => c.bold(t), dim: (t) => c.dim(t), italic: (t) => c.italic(t), underline: (t) => c.underline(t),
    red: (t) => c.red(t), green: (t) => c.green(t), yellow: (t) => c.yellow(t), cyan: (t) => c.cyan(t),
    magenta: (t) => c.magenta(t), inverse: (t) => c.inverse(t),
  };
}

/** The render context for stdout: width from --width, the terminal, or 100 columns for files and pipes. */
export function renderContext(ctx: CliContext, options: CommonOptions): RenderContext {
  const color = colorEnabled(ctx, 'stdout', options);
  const given = options.width === undefined ? NaN : Number(options.width);
  const width = Number.isFinite(given) && given >= 40 ? Math.floor(given) : ctx.stdout.isTTY && ctx.stdout.columns ? ctx.stdout.columns : 100;
  return { color, styles: stylesFor(color), width };
}

/** Writes diagnostics to stderr, one line each, unless --quiet hides the warnings. */
export function printDiagnostics(ctx: CliContext, diagnostics: readonly Diagnostic[], options: CommonOptions): void {
  const s = stylesFor(colorEnabled(ctx, 'stderr', options));
  for (const d of diagnostics) {
    if (options.quiet && d.severity !== 'error') continue;
    const label = d.severity === 'error' ? s.red('error') : d.severity === 'warning' ? s.yellow('warning') : s.cyan('info');
    ctx.stderr.write(`${label}: ${d.message} [${d.code}]\n`);
  }
}

/** A note for the user on stderr (progress, counts), never on stdout. */
export function note(ctx: CliContext, options: CommonOptions, text: string): void {
  if (!options.quiet) ctx.stderr.write(`coverage: ${text}\n`);
}
