/** A clause that opens by saying which publication reported it: who, the cue, and where the report itself starts. */
export interface Reporter {
  /** "The Daily Ledger". */
  speaker: string;
  /** "reported". */
  cue: string;
  /** Offset in the clause where what was reported starts. */
  at: number;
}

// "The Daily Ledger first reported Orvel had …", "Harbor News has reported that …",
// "The Ledger revealed on Sunday that …": a capitalised name, an optional adverb or
// auxiliary, a publishing verb, an optional time, and "that" or a clause straight after.
const REPORTER = /^((?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})\s+(?:(?:first|earlier|also|previously|originally|initially|later)\s+)?(?:(?:has|had|have)\s+)?(reported|reports|revealed|reveals|disclosed|discloses)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last\s+week|last\s+month|earlier\s+this\s+\p{L}+|this\s+week)\s+)?(?:that\s+)?(?=\p{L})/u;
// What follows must be a clause of its own, not the object of "reported": "The Ledger reported the story" is the Ledger's act.
const CLAUSE_START = /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}'’-]*|he|she|they|it|officials?|police|prosecutors|investigators|the\s+\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?:had|has|have|was|were|is|are|will|would|could|did|\p{Ll}{2,}ed|sold|paid|told|said|made|took|gave|knew|met|left|went|won|lost)\b/u;

/**
 * The publication a clause of the outlet's own voice reports, when it opens with one:
 * "The Daily Ledger first reported Orvel had sold the bridge" is the Ledger's claim that
 * Orvel had sold the bridge, not the outlet's. Null when the clause does not open so, or
 * when what follows the verb is its object rather than a clause ("The Ledger reported
 * the sale on Sunday" is the Ledger's own act).
 *
 * @example findReporter('The Daily Ledger first reported Orvel had sold the bridge.') // { speaker: 'The Daily Ledger', cue: 'reported', at: 37 }
 */
export function findReporter(clause: string): Reporter | null {
  const m = REPORTER.exec(clause);
  if (!m) return null;
  const rest = clause.slice(m[0].length);
  if (!/that\s+$/u.test(m[0]) && !CLAUSE_START.test(rest)) return null;
  return { speaker: m[1]!, cue: m[2]!, at: m[0].length };
}
