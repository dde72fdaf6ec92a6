import { splitSentences } from '../sentences/split-sentences.js';

/** The text after a closing mark up to the end of its sentence: " Matze said. He left." → " Matze said." */
export function firstClause(after: string): string {
  const lead = /^\s*/.exec(after)![0].length;
  const first = splitSentences(after).find((s) => s.end > lead);
  return first ? after.slice(0, first.end) : after;
}
