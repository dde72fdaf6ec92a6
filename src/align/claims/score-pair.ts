import { agreeActors } from './agree-actors.js';
import { disagreeNumbers } from './agree-numbers.js';
import { disagreeRoles } from './agree-roles.js';
import { samePolarity, type Polarity } from './read-polarity.js';
import { cosine, type ClaimVector } from './weigh-tokens.js';

/** A claim as the pair score reads it. */
export interface ScoredClaim {
  vector: ClaimVector;
  polarity: Polarity;
  /** The text the vector was read from (references resolved). */
  text: string;
}

export interface PairScoreOptions {
  /** Share of containment (shared weight over the smaller claim's) against cosine. */
  blend: number;
  /** Factor on the score of two claims that both name someone and share no name (agreeActors). */
  actorsApart: number;
}

/**
 * How alike two claims are, 0–1: the cosine of their weighted words (names, numbers,
 * events and roles boosted, words rare in news weighed up; see weighTokens), times how
 * far they agree on who (agreeActors); and 0 when they cannot state one fact: they hold
 * a shared word with opposite polarity or modality (samePolarity), disagree on how many
 * (disagreeNumbers) or on who did what to whom (disagreeRoles), or share too little (one
 * token, or names only: "Parler sued Amazon" / "Amazon suspended Parler" share who, not
 * what, unless three or more names agree).
 *
 * @example scorePair(read('Velora recalled 900 bikes.'), read('Velora pulled 900 bikes.'), options) // > 0.3
 */
export function scorePair(a: ScoredClaim, b: ScoredClaim, options: PairScoreOptions): number {
  if (disagreeNumbers(a.vector, b.vector) || !samePolarity(a.polarity, a.text, b.polarity, b.text)) return 0;
  return scoreContent(a, b, options);
}

/**
 * The pair score without the number and polarity guards: how alike two claims are in
 * everything but how many and whether. A high score here with a conflict (findConflict)
 * is a contradiction: "Orvel vetoed 15 bills" / "Orvel vetoed some 16 bills". With
 * `without: 'numbers'` the figures are left out of the comparison, so that two different
 * counts do not make the rest look less alike.
 *
 * @example scoreContent(read('Orvel vetoed 15 bills.'), read('Orvel vetoed 16 bills.'), options) // high, though scorePair gives 0
 */
export function scoreContent(a: ScoredClaim, b: ScoredClaim, options: PairScoreOptions, without: 'numbers' | null = null): number {
  if (without === 'numbers') return scoreContent({ ...a, vector: withoutNumbers(a.vector) }, { ...b, vector: withoutNumbers(b.vector) }, options);
  if (disagreeRoles(a.vector, b.vector)) return 0;
  const { cosine: c, containment, shared, sharedWords } = cosine(a.vector, b.vector);
  if (shared < 2 || (sharedWords < 1 && shared < 3)) return 0;
  return ((1 - options.blend) * c + options.blend * containment) * agreeActors(a.vector, b.vector, options.actorsApart);
}

/** A claim vector without its number tokens (`15`, `15 bill`). */
function withoutNumbers(v: ClaimVector): ClaimVector {
  const keep = v.keys.map((k, i) => i).filter((i) => !v.numbers.has(v.keys[i]!) && !/^\d/u.test(v.keys[i]!));
  const weights = keep.map((i) => v.weights[i]!);
  return { ...v, keys: keep.map((i) => v.keys[i]!), weights, norm: Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)), numbers: new Set() };
}
