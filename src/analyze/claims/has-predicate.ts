import { FINITE, NONFINITE } from './split-clauses.js';

/**
 * True when a clause says something happened or is so: it has a verb, finite ("Velora
 * recalled", "is", "will vote") or, in a clause opened by a connective, non-finite
 * ("after being forced offline", "by filing a suit"). A bare name ("Mr. Lanfield"), a
 * description ("the outgoing head of the council") or a prepositional phrase ("Like
 * Lanfield", "from 2009 to 2013") has none and is a fragment, not a claim.
 *
 * @example hasPredicate('the outgoing head of the port authority') // false
 * @example hasPredicate('Velora recalled 900 bikes') // true
 */
export function hasPredicate(text: string): boolean {
  // "the outgoing head", "a growing rival": an -ing word after a determiner is an adjective.
  return FINITE.test(text) || NONFINITE.test(text.replace(ADJECTIVE_ING, ' '));
}

const ADJECTIVE_ING = /(?<![\p{L}’'-])(?:the|a|an|its|his|her|their|our|this|that)\s+\p{Ll}+ing(?![\p{L}’'-])/giu;
