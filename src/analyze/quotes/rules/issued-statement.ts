import { clauseSubject, type Mention } from '../speaker-phrase.js';

// "issued a statement", "released a letter", "posted a message on Twitter", "sent an email to supporters".
const PUBLISHED = /\b(?:issued|released|sent out|sent|put out|posted|published|wrote|tweeted|gave|made|delivered|read)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|message|email|e-mail|memo|note|tweet|post|video|speech|release|response|reply|op-ed|essay|column)(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|(?:late|early|earlier|later|last|this)\s+\p{L}+))?(?:\s+(?:to|on|in|at|through|via|from)\s+[^,;:“”"]{1,40}?)?\s*,?\s*$/iu;

/**
 * The author of a document that "says": in "The union's president, Ida Brandt,
 * issued a statement saying the plan “…”" the speaker is Brandt, not the statement.
 * `before` runs from the clause start to the -ing cue ("saying", "stating", "calling").
 * Null when the words before the cue are not "<subject> <published> a <document>".
 */
export function authorOfStatement(before: string, offset: number): Mention | null {
  const published = PUBLISHED.exec(before);
  if (!published) return null;
  const subject = clauseSubject(before.slice(0, published.index), offset);
  if (!subject || subject.type === 'document') return null;
  // The subject is all there is before the verb: "Brandt issued …", not "… after Brandt issued …".
  if (!/^\s*$/.test(before.slice(subject.end - offset, published.index))) return null;
  return subject;
}
