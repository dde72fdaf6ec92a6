import type { Command } from 'commander';
import { COMMAND_DESCRIPTIONS } from './command-descriptions.js';
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
    description: COMMAND_DESCRIPTIONS.diff,
    load: async () => (await import('./commands/diff.js')).diffCommand,
  },
  {
    name: 'stories',
    description: COMMAND_DESCRIPTIONS.stories,
    load: async () => (await import('./commands/stories.js')).storiesCommand,
  },
  {
    name: 'quotes',
    description: COMMAND_DESCRIPTIONS.quotes,
    load: async () => (await import('./commands/quotes.js')).quotesCommand,
  },
  {
    name: 'claims',
    description: COMMAND_DESCRIPTIONS.claims,
    load: async () => (await import('./commands/claims.js')).claimsCommand,
  },
  {
    name: 'outlets',
    description: COMMAND_DESCRIPTIONS.outlets,
    load: async () => (await import('./commands/outlets.js')).outletsCommand,
  },
  {
    name: 'export',
    description: COMMAND_DESCRIPTIONS.export,
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'ingest',
    description: COMMAND_DESCRIPTIONS.ingest,
    load: async () => (await import('./commands/ingest.js')).ingestCommand,
  },
];
