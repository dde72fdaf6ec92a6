import { isTimeName, type ClaimToken } from './claim-tokens.js';

/** A claim as a sparse TF-IDF vector: token keys sorted, weights, and its length. */
export interface ClaimVector {
  keys: string[];
  weights: number[];
  norm: number;
  /** Keys of name tokens and of number tokens, for the conflict rules. */
  names: Set<string>;
  numbers: Set<string>;
  /**
   * Per event class, its agents and patients: `@sue` → { agents: {parler}, patients: {aws} };
   * `guessed` holds the agents that are only the implied subject of the clause.
   */
  roles: Map<string, { agents: Set<string>; patients: Set<string>; guessed: Set<string> }>;
  /** Keys of names a clause takes from its sentence (`implied` tokens): weighed as names, never in conflict. */
  implied: Set<string>;
  /** Days and months written as names ("Friday"): weighed as names, never in conflict, never what two claims share as their fact. */
  when: Set<string>;
}

export interface WeightOptions {
  /** Extra weight of a name ("Twitter", "Peikoff"): names say who the claim is about. */
  nameBoost: number;
  /** Extra weight of a number ("98", "30"): a figure pins a claim down more than any word. */
  numberBoost: number;
  /** Extra weight of who did what to whom (`@sue>aws`): the fact itself. */
  roleBoost: number;
}

/** How many of the token lists carry each key. */
export function documentFrequencies(lists: readonly ClaimToken[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const tokens of lists) for (const key of new Set(tokens.map((t) => t.key))) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

/**
 * TF-IDF over the run's claims: sublinear term frequency (1 + ln tf), inverse document
 * frequency ln((N + 1) / df) — a word in every claim still counts a little, so two claims
 * of a run of two can match — times the boost of names and figures. A small count written
 * alone ("the two companies") is an everyday word, not a figure: only numbers of 10 and
 * more that are not years, and numbers with their unit (`2 day`), are boosted and checked
 * for conflicts.
 *
 * @example weighTokens(claimTokens('Parler reported 98 examples.', names), df, n, options)
 */
export function weighTokens(tokens: readonly ClaimToken[], df: ReadonlyMap<string, number>, n: number, options: WeightOptions): ClaimVector {
  const counts = new Map<string, { tf: number; type: ClaimToken['type'] }>();
  for (const t of tokens) {
    const seen = counts.get(t.key);
    // A key that is a name anywhere in the claim is a name: "Apple" beats "apple".
    if (seen) counts.set(t.key, { tf: seen.tf + 1, type: seen.type === 'word' || seen.type === 'implied' || seen.type === 'guessed-role' ? t.type : seen.type });
    else counts.set(t.key, { tf: 1, type: t.type });
  }
  const keys = [...counts.keys()].sort();
  const weights = keys.map((key) => {
    const { tf, type } = counts.get(key)!;
    const boost = type === 'name' || type === 'implied' ? options.nameBoost : type === 'number' && isFigure(key) ? options.numberBoost : type === 'role' || type === 'guessed-role' ? options.roleBoost : 1;
    return (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(key) ?? 1)) * boost;
  });
  const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0));
  // "suspending it from their app store Friday" names no one: a day is not an actor to disagree on.
  const names = new Set(keys.filter((k) => counts.get(k)!.type === 'name' && !isTimeName(k)));
  const when = new Set(keys.filter((k) => counts.get(k)!.type === 'name' && isTimeName(k)));
  const numbers = new Set(keys.filter((k) => counts.get(k)!.type === 'number' && isFigure(k)));
  const roles: ClaimVector['roles'] = new Map();
  for (const key of keys) {
    const type = counts.get(key)!.type;
    if (type !== 'role' && type !== 'guessed-role') continue;
    const [left, right] = key.split('>') as [string, string];
    const event = left.startsWith('@') ? left : right;
    let r = roles.get(event);
    if (!r) roles.set(event, (r = { agents: new Set(), patients: new Set(), guessed: new Set() }));
    if (left.startsWith('@')) r.patients.add(right);
    else r.agents.add(left);
    if (type === 'guessed-role') r.guessed.add(left);
  }
  const implied = new Set(keys.filter((k) => counts.get(k)!.type === 'implied'));
  return { keys, weights, norm, names, numbers, roles, implied, when };
}

/** `98`, `1200`, `30 day`, `2 day`: a figure; a bare `2` is not, nor is a year (`2022`), which many facts share. */
function isFigure(key: string): boolean {
  if (key.includes(' ')) return true;
  const n = Number(key);
  return n >= 10 && !(/^\d{4}$/.test(key) && n >= 1900 && n <= 2099);
}

/** Cosine similarity of two claim vectors, 0–1, how many tokens they share, and how many of those are not names. */
export function cosine(a: ClaimVector, b: ClaimVector): { cosine: number; containment: number; shared: number; sharedWords: number } {
  if (a.norm === 0 || b.norm === 0) return { cosine: 0, containment: 0, shared: 0, sharedWords: 0 };
  let dot = 0;
  let common = 0;
  let shared = 0;
  let sharedWords = 0;
  let i = 0;
  let j = 0;
  while (i < a.keys.length && j < b.keys.length) {
    const ka = a.keys[i]!;
    const kb = b.keys[j]!;
    if (ka === kb) {
      const wa = a.weights[i++]!;
      const wb = b.weights[j++]!;
      dot += wa * wb;
      common += Math.min(wa, wb) ** 2;
      shared++;
      if (!a.names.has(ka) && !a.implied.has(ka) && !a.when.has(ka)) sharedWords++;
    } else if (ka < kb) i++;
    else j++;
  }
  return { cosine: dot / (a.norm * b.norm), containment: common / Math.min(a.norm, b.norm) ** 2, shared, sharedWords };
}

/**
 * How alike two claims are, 0–1: their cosine, or 0 when they contradict on who or how
 * many, or have too little in common to state one fact. Two claims that both name
 * someone but share no name are about different actors ("Twitter declined to comment"
 * vs "Amazon declined to comment"); two that both carry figures but share none state
 * different facts ("98 examples" vs "24 hours"); one shared word, however rare, is a
 * topic, and shared names alone say who, not what ("Parler sued Amazon" vs "Amazon
 * suspended Parler").
 */
export function similarity(a: ClaimVector, b: ClaimVector, blend = 0.5): number {
  if (conflicts(a, b)) return 0;
  const { cosine: c, containment, shared, sharedWords } = cosine(a, b);
  if (shared < 2 || sharedWords < 1) return 0;
  return (1 - blend) * c + blend * containment;
}

/**
 * Whether two claims contradict on who, how many, or who did what to whom: both name
 * someone but share no name; both carry figures but share none; or they share an event
 * with different agents ("Google removed Parler" / "Amazon removed Parler") or with the
 * roles reversed ("Parler sued Amazon" / "Amazon sued Parler").
 */
export function conflicts(a: ClaimVector, b: ClaimVector): boolean {
  if (a.names.size > 0 && b.names.size > 0 && !shares(a.names, b.names)) return true;
  if (a.numbers.size > 0 && b.numbers.size > 0 && !shares(a.numbers, b.numbers)) return true;
  for (const [event, ra] of a.roles) {
    const rb = b.roles.get(event);
    if (!rb) continue;
    // A guessed agent ("and ultimately forcing …" read with its sentence's first name) may be wrong: only stated agents differ.
    const sa = stated(ra);
    const sb = stated(rb);
    if (sa.size > 0 && sb.size > 0 && !shares(ra.agents, rb.agents)) return true;
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
