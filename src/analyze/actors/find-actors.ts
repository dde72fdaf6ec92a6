import type { Quote } from '../../model/types.js';
import { expandAcronym, parseSpeaker } from '../quotes/assign-sources.js';
import { isOrganisation } from '../quotes/resolve-speakers.js';
import type { ArticleView } from './article-view.js';
import type { NameMention } from './find-names.js';
import { compareText } from './run-order.js';

export type ActorKind = 'person' | 'organisation' | 'unknown';

/** Someone or something the run names: all the names that count as one actor. */
export interface Actor {
  /** The name shown: the short organisation name ("Amazon") or a person's full name ("John Matze"). */
  name: string;
  aliases: string[];
  kind: ActorKind;
  /** Mentions in body text across the run (headlines excluded). */
  mentions: number;
  articles: number;
  /** Among the main actors whose descriptions are looked for. */
  main: boolean;
  /** A quoted source, or the organisation one speaks for. */
  heard: boolean;
  /** Always written after "the": a thing or place, never a main actor unless quoted. */
  thing: boolean;
}

export interface ActorIndex {
  /** The main actors, most mentioned first. */
  main: Actor[];
  /** Every name that stands for an actor, main or not. */
  byName: Map<string, Actor>;
}

interface NameStats {
  count: number;
  /** Mentions that do not open a sentence: the name is capitalised for being a name. */
  inner: number;
  articles: Set<string>;
  titled: boolean;
  /** Mentions after "the": when all are, the name is a thing or place ("the Sherman Antitrust Act"), not an actor. */
  afterThe: number;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const isNameLike = (s: string) => s.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w));

/**
 * Finds the actors of a run and picks the main ones. A capitalised name counts once it
 * is seen inside a sentence (sentence openers like "However" never are), is a quoted
 * source, or opens two sentences and is never written in lowercase. Names join one actor when
 * - an acronym spells another name's initials, or the corpus spells it out: "AWS" → "Amazon Web Services";
 * - a longer organisation name starts with a shorter one: "Amazon Web Services" → "Amazon";
 * - a single word is the surname of exactly one full name: "Matze" → "John Matze".
 * Main actors are the most mentioned (at least `minMentions`, or quoted), at most `maxActors`:
 * in the bundled corpus Parler, Amazon (with AWS) and Twitter lead.
 */
export function findActors(views: readonly ArticleView[], names: readonly NameMention[][], quotes: readonly Quote[], options: { maxActors: number; minMentions: number }): ActorIndex {
  const stats = new Map<string, NameStats>();
  const stat = (name: string) => {
    let s = stats.get(name);
    if (!s) stats.set(name, (s = { count: 0, inner: 0, articles: new Set(), titled: false, afterThe: 0 }));
    return s;
  };
  names.forEach((list, k) => {
    for (const n of list) {
      const s = stat(n.name);
      s.count++;
      if (!n.initial) s.inner++;
      s.articles.add(views[k]!.article.id);
      s.titled ||= n.titled;
      if (n.afterThe) s.afterThe++;
    }
  });
  const heard = new Set<string>();
  const persons = new Set<string>();
  for (const q of quotes) {
    for (const name of [q.source, q.sourceOrg]) if (name && isNameLike(name)) heard.add(name);
    if (q.source && q.speaker && isNameLike(q.source) && parseSpeaker(q.speaker).kind === 'person') persons.add(q.source);
  }
  for (const name of heard) stat(name);

  // A word seen only at sentence starts is a name when it comes back and is never written in lowercase.
  const lowercase = new Set<string>();
  for (const v of views) for (const w of v.article.text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}’'-]*/gu) ?? []) lowercase.add(w);
  const isCandidate = (n: string, s: NameStats) => s.inner > 0 || heard.has(n) || (s.count >= 2 && !lowercase.has(n.toLowerCase()));
  const candidates = [...stats.keys()].filter((n) => isCandidate(n, stats.get(n)!)).sort(compareText);
  const parent = new Map(candidates.map((n) => [n, n]));
  const find = (n: string): string => (parent.get(n) === n ? n : find(parent.get(n)!));
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(compareText(ra, rb) < 0 ? rb : ra, compareText(ra, rb) < 0 ? ra : rb);
  };
  const multi = candidates.filter((n) => n.includes(' '));
  const prefixed = new Set<string>();

  for (const a of candidates.filter((n) => ACRONYM.test(n))) {
    const spelled = multi.filter((m) => m.split(/\s+/).map((w) => w[0]).join('') === a);
    if (spelled.length === 0) {
      const long = expandAcronym(a, views.map((v) => v.article));
      if (long && long !== a) {
        stat(long);
        candidates.push(long);
        parent.set(long, long);
        multi.push(long);
        spelled.push(long);
      }
    }
    for (const m of spelled) union(a, m);
  }
  for (const m of multi) {
    const first = m.split(/\s+/)[0]!;
    if (parent.has(first) && !ACRONYM.test(first) && !stats.get(m)!.titled) {
      union(first, m);
      prefixed.add(first);
    }
  }
  for (const s of candidates.filter((n) => !n.includes(' ') && !ACRONYM.test(n))) {
    const full = multi.filter((m) => m.endsWith(` ${s}`) && !parent.has(m.split(/\s+/)[0]!));
    const roots = new Set(full.map(find));
    if (roots.size === 1) union(s, full[0]!);
  }

  const groups = new Map<string, string[]>();
  for (const n of candidates) groups.set(find(n), [...(groups.get(find(n)) ?? []), n]);
  const actors: Actor[] = [];
  const byName = new Map<string, Actor>();
  for (const members of groups.values()) {
    const articles = new Set<string>();
    let mentions = 0;
    for (const m of members) {
      mentions += stats.get(m)!.count;
      stats.get(m)!.articles.forEach((a) => articles.add(a));
    }
    const thing = members.every((m) => stats.get(m)!.afterThe === stats.get(m)!.count);
    const actor: Actor = {
      name: displayName(members, stats),
      aliases: [...members].sort(compareText),
      kind: kindOf(members, stats, persons, members.some((m) => prefixed.has(m))),
      mentions,
      articles: articles.size,
      main: false,
      thing,
      heard: members.some((m) => heard.has(m)),
    };
    actors.push(actor);
    for (const m of members) byName.set(m, actor);
  }
  actors.sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || compareText(a.name, b.name));
  const main = actors.filter((a) => !a.thing || a.heard).filter((a) => a.mentions >= options.minMentions || (a.heard && a.mentions > 0)).slice(0, options.maxActors);
  for (const a of main) a.main = true;
  return { main, byName };
}

// "Amazon" for Amazon, Amazon Web Services and AWS; "John Matze" for John Matze and Matze.
function displayName(members: string[], stats: Map<string, NameStats>): string {
  const count = (n: string) => stats.get(n)!.count;
  const byCount = (a: string, b: string) => count(b) - count(a) || compareText(a, b);
  const root = members.filter((m) => !m.includes(' ') && !ACRONYM.test(m) && members.some((o) => o.startsWith(`${m} `))).sort(byCount)[0];
  if (root) return root;
  const full = members.filter((m) => m.includes(' ')).sort(byCount)[0];
  return full ?? [...members].sort(byCount)[0]!;
}

function kindOf(members: string[], stats: Map<string, NameStats>, persons: Set<string>, prefixed: boolean): ActorKind {
  if (prefixed || members.some((m) => isOrganisation(m))) return 'organisation';
  if (members.some((m) => persons.has(m) || stats.get(m)!.titled)) return 'person';
  // Two or three capitalised words never written after "the": "Mike Pence", not "the Sherman Antitrust Act".
  if (members.some((m) => /^\S+(?:\s\S+){1,2}$/.test(m) && stats.get(m)!.afterThe === 0 && stats.get(m)!.count > 0)) return 'person';
  return 'unknown';
}
