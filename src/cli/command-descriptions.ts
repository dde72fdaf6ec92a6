/**
 * The one-line description of each command, as `coverage --help` lists it. Kept apart
 * from command-list.ts, which loads the command modules: each module reads its own
 * description here, so the list and the commands do not import each other.
 */
export const COMMAND_DESCRIPTIONS = {
  diff: 'line the outlets up: shared and missing quotes and claims, altered wording, reporting verbs, labels and voice, side by side',
  stories: 'group articles into stories, one per event, by the quotes, names, numbers and dates they share',
  quotes: 'list the quotations and attributed statements in articles, with speaker, source and cue',
  claims: 'list the checkable statements in articles: reported speech, and the outlet\'s own clauses with a number, date, named actor, evaluation or a finite verb of their own',
  outlets: 'one row per outlet: articles, words, quotes, indirect statements, claims, sources heard and their share of the quoted words, opinion',
  export: 'write the whole analysis as tidy CSV tables (articles, quotes, claims, clusters, members, descriptors, coverage matrix) and analysis.json into a folder',
  ingest: 'read articles and print the cleaned text, metadata, paragraphs and sentences',
} as const;

/** A command's one-line description, as `coverage --help` lists it. */
export function describeCommand(name: string): string {
  if (!Object.hasOwn(COMMAND_DESCRIPTIONS, name)) throw new Error(`describeCommand: no command "${name}"`);
  return COMMAND_DESCRIPTIONS[name as keyof typeof COMMAND_DESCRIPTIONS];
}
