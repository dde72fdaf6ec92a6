import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help } from 'commander';
import { COMMANDS } from './command-list.js';
import type { CliContext } from './context.js';
import { UsageError } from './output.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Runs the command line and returns the exit code: 0 fine, 1 finished but some input
 * had problems, 2 usage error or fatal. Never calls process.exit.
 *
 * @example const code = await run(['quotes', 'corpus', '--format', 'csv'], context)
 */
export async function run(args: readonly string[], ctx: CliContext): Promise<number> {
  let code = 0;
  const setExit = (c: number) => {
    code = Math.max(code, c);
  };
  const program = new Command('coverage')
    .description('Compare how news outlets covered the same event: quotes, speakers, claims and framing, side by side.')
    .version(VERSION, '-V, --version', 'print the version')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(oneLine(s)),
    })
    .exitOverride()
    .configureHelp({
      // "quotes [options] <paths...>", as the loaded command would be listed.
      subcommandTerm(this: Help, cmd: Command) {
        return PLACEHOLDERS.has(cmd) ? `${cmd.name()} [options] <paths...>` : Help.prototype.subcommandTerm.call(this, cmd);
      },
    })
    .addHelpText('after', `
Examples:
  coverage diff corpus/parler-v-aws                          # the outlets side by side
  coverage diff corpus/parler-v-aws --format html --output report.html
  coverage quotes corpus/parler-v-aws --format csv > quotes.csv
  coverage export corpus/parler-v-aws --out tables/          # CSV tables for pandas, R, DuckDB
  zcat dump.jsonl.gz | coverage quotes - --format ndjson | jq -r .source
  coverage <command> --help                                  # options, defaults and examples`);
  // Only the command being run is loaded (`coverage --help` loads none): the others are
  // listed by name and description, which is all the top-level help and "did you mean" need.
  const wanted = commandNamed(args);
  for (const entry of COMMANDS) {
    const sub = entry.name === wanted ? (await entry.load())(ctx, setExit) : listed(entry.name, entry.description);
    sub.exitOverride().configureOutput({ writeOut: (s) => ctx.stdout.write(s), writeErr: (s) => ctx.stderr.write(s), outputError: (s, write) => write(oneLine(s, entry.name)) }).showSuggestionAfterError(true);
    program.addCommand(sub);
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      ctx.stderr.write(`coverage: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Commands that are listed but not loaded: all take options and paths. */
const PLACEHOLDERS = new WeakSet<Command>();

function listed(name: string, description: string): Command {
  const command = new Command(name).description(description).argument('<paths...>');
  PLACEHOLDERS.add(command);
  return command;
}

/** The command the arguments run or ask help for: `quotes` in `quotes a/ -f csv` and in `help quotes`. */
function commandNamed(args: readonly string[]): string | undefined {
  const words = args.filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return COMMANDS.some((c) => c.name === name) ? name : undefined;
}

/**
 * Commander's "error: unknown option '--formatt'\n(Did you mean --format?)" as one line.
 * A command run without paths says what to give: reading the current folder unasked
 * could take minutes on a home folder and print nothing useful.
 */
function oneLine(message: string, command?: string): string {
  if (command && /^error: missing required argument 'paths'/.test(message)) {
    return `coverage ${command}: no paths given; name the files, folders or glob patterns to read, or - for standard input (e.g. coverage ${command} corpus/)\n`;
  }
  return `coverage: ${message.replace(/^error: /, '').replace(/(?<!\s)(?=[^\S\n]*\n)\s+(?=\(Did you mean)/, ' ').replace(/\(Did you mean/, '(did you mean').trim()}\n`;
}
