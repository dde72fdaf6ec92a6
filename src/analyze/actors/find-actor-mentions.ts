import type { Actor, ActorIndex } from './find-actors.js';
import type { NameMention } from './find-names.js';

/** A place where an actor is named. */
export interface ActorMention {
  actor: Actor;
  /** The name as written: "AWS", "Amazon Web Services". */
  name: string;
  start: number;
  end: number;
  paragraph: number;
  inQuote: boolean;
}

/**
 * The names of an article in text order, each with its actor. A name that is no actor of
 * the run (seen only at a sentence start, like "Google removed the app …") gets an actor
 * of its own, of unknown kind and not main: it still stops a label from being given to an
 * actor named before it.
 */
export function findActorMentions(names: readonly NameMention[], index: ActorIndex): ActorMention[] {
  const out: ActorMention[] = [];
  for (const n of names) {
    const actor = index.byName.get(n.name) ?? { name: n.name, aliases: [n.name], kind: 'unknown', mentions: 1, articles: 1, main: false, heard: false, thing: false };
    out.push({ actor, name: n.name, start: n.start, end: n.end, paragraph: n.paragraph, inQuote: n.inQuote });
  }
  return out.sort((a, b) => a.start - b.start);
}
