import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** Builds a command's commander definition: its options, help and action. */
export type CommandFactory = (ctx: CliContext, setExit: (code: number) => void) => Command;

interface CommandEntry {
  name: string;
  description: string;
  /** The command's module, imported only when the command runs or shows its own help. */
  load: () => Promise<CommandFactory>;
}

/**
 * The commands in the order `coverage --help` lists them. `coverage --help` and an
 * unknown command need only these names and descriptions; the modules behind them load
 * the analysis and rendering code, so each is imported only when its command is used.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'diff',
    description: 'line the outlets up: shared and missing quotes and claims, altered wording, reporting verbs, labels and voice, side by side',
    load: async () => (await import('./commands/diff.js')).diffCommand,
  },
  {
    name: 'stories',
    description: 'group articles into stories, one per event, by the quotes, names, numbers and dates they share',
    load: async () => (await import('./commands/stories.js')).storiesCommand,
  },
  {
    name: 'quotes',
    description: 'list the quotations and attributed statements in articles, with speaker, source and cue',
    load: async () => (await import('./commands/quotes.js')).quotesCommand,
  },
  {
    name: 'claims',
    description: 'list the checkable statements in articles: reported speech, and the outlet\'s own clauses with a number, date, named actor, evaluation or a finite verb of their own',
    load: async () => (await import('./commands/claims.js')).claimsCommand,
  },
  {
    name: 'outlets',
    description: 'one row per outlet: articles, words, quotes, indirect statements, claims, sources heard and their share of the quoted words, opinion',
    load: async () => (await import('./commands/outlets.js')).outletsCommand,
  },
  {
    name: 'export',
    description: 'write the whole analysis as tidy CSV tables (articles, quotes, claims, clusters, members, descriptors, coverage matrix) and analysis.json into a folder',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'ingest',
    description: 'read articles and print the cleaned text, metadata, paragraphs and sentences',
    load: async () => (await import('./commands/ingest.js')).ingestCommand,
  },
];

/** A command's one-line description, as `coverage --help` lists it. */
export function describeCommand(name: string): string {
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) throw new Error(`describeCommand: no command "${name}"`);
  return entry.description;
}
