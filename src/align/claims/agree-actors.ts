import type { ClaimVector } from './weigh-tokens.js';

/**
 * How far two claims agree on who they are about, 0–1, as a factor on their score: 1 when
 * they share a name or one names no one; `apart` when both name someone and share no
 * name ("Velora declined to comment" / "Brightline declined to comment"). Not 0: a claim
 * may name the place or the court where the other names the actor ("Two states filed a
 * suit in Denver" / "Nebraska and Kansas filed a suit"), and the one-to-one match keeps
 * the better partner.
 *
 * @example agreeActors(vectorOf('Velora declined to comment.'), vectorOf('Brightline declined to comment.'), 0.5) // 0.5
 */
export function agreeActors(a: ClaimVector, b: ClaimVector, apart: number): number {
  if (a.names.size === 0 || b.names.size === 0) return 1;
  for (const n of a.names) if (b.names.has(n)) return 1;
  return apart;
}
