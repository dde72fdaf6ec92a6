import type { ClaimVector } from './weigh-tokens.js';

/**
 * Whether two claims share an event with different agents ("Google removed Parler" /
 * "Amazon removed Parler") or with the roles reversed ("Parler sued Amazon" / "Amazon
 * sued Parler"). An agent that is only the clause's implied subject is a guess and never
 * makes a disagreement on its own.
 *
 * @example disagreeRoles(vectorOf('Velora sued Brightline.'), vectorOf('Brightline sued Velora.')) // true
 */
export function disagreeRoles(a: ClaimVector, b: ClaimVector): boolean {
  for (const [event, ra] of a.roles) {
    const rb = b.roles.get(event);
    if (!rb) continue;
    if (stated(ra).size > 0 && stated(rb).size > 0 && !shares(ra.agents, rb.agents)) return true;
    if (shares(ra.agents, rb.patients) && !shares(ra.agents, rb.agents)) return true;
    if (shares(rb.agents, ra.patients) && !shares(rb.agents, ra.agents)) return true;
  }
  return false;
}

function stated(r: { agents: Set<string>; guessed: Set<string> }): Set<string> {
  return r.guessed.size === 0 ? r.agents : new Set([...r.agents].filter((a) => !r.guessed.has(a)));
}

function shares(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}
