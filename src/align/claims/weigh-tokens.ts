import { isTimeName, type ClaimToken } from './claim-tokens.js';
import { newsRarity } from './news-rarity.js';

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
  /** Exponent of a token's rarity in news at large (newsRarity): 0 ignores it, 1 weighs a word as rare in news as it is. */
  newsWeight: number;
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
  const counts = new Map<string, { tf: number; type: ClaimToken['type']; rarity: number }>();
  for (const t of tokens) {
    const seen = counts.get(t.key);
    // A key that is a name anywhere in the claim is a name: "Apple" beats "apple".
    if (seen) counts.set(t.key, { tf: seen.tf + 1, type: seen.type === 'word' || seen.type === 'implied' || seen.type === 'guessed-role' ? t.type : seen.type, rarity: Math.max(seen.rarity, newsRarity(t)) });
    else counts.set(t.key, { tf: 1, type: t.type, rarity: newsRarity(t) });
  }
  const keys = [...counts.keys()].sort();
  const weights = keys.map((key) => {
    const { tf, type, rarity } = counts.get(key)!;
    const boost = type === 'name' || type === 'implied' ? options.nameBoost : type === 'number' && isFigure(key) ? options.numberBoost : type === 'role' || type === 'guessed-role' ? options.roleBoost : 1;
    return (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(key) ?? 1)) * boost * rarity ** options.newsWeight;
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

