import { createRequire } from 'node:module';
import { SENTENCE_STARTERS } from '../../analyze/sentences/abbreviations.js';
import { findNumbers, normalizeNumbers } from '../../analyze/numbers.js';
import { findEvents } from './event-classes.js';
import { compareCodeUnits } from '../../model/compare-code-units.js';

// Only the Porter stemmer module: the package root prints and loads database clients.
const porter = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** A token of a claim and what kind of evidence it is. */
export interface ClaimToken {
  /** Lowercased; stemmed unless a name or a number: `restrain`, `parler`, `30`. */
  key: string;
  /** `event`: a class of `EVENT_CLASSES` (`@sue`); `role`: who did it or to whom (`parler>@sue`, `@sue>aws`); `guessed-role`: one whose agent is the implied subject. */
  type: 'word' | 'name' | 'number' | 'event' | 'role' | 'implied' | 'guessed-role';
  /** The words as written, lowercased ("lawsuit", "filed a lawsuit"), for weighing by rarity in news; none for roles. */
  word?: string;
}

// Function words and reporting words: they say nothing about which fact a claim states.
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'if', 'then', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'their',
  'theirs', 'they', 'them', 'we', 'our', 'us', 'i', 'me', 'my', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'hers', 'has',
  'have', 'had', 'having', 'do', 'does', 'did', 'doing', 'not', 'no', 'so', 'than', 'too', 'very', 'can', 'will', 'would',
  'could', 'should', 'may', 'might', 'must', 'shall', 'also', 'into', 'onto', 'over', 'about', 'after', 'before', 'which',
  'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'all', 'any', 'some', 'such', 'only', 'own', 'same', 'other',
  'more', 'most', 'just', 'up', 'out', 'off', 'down', 'again', 'further', 'while', 'because', 'since', 'until', 'through',
  'during', 'between', 'both', 'each', 'few', 'many', 'much', 'here', 'now', 'yet', 'still', 'even', 'either', 'neither',
  'itself', 'themselves', 'himself', 'herself', 'per', 'via', 'upon', 'within', 'without', 'against', 'among', 'however',
  'said', 'says', 'say', 'saying', 'told', 'tells', 'according', 'reportedly', 'stated', 'added', 'noted',
]);

// Words: acronyms with periods ("U.S."), money and digit groups, letters with inner apostrophes.
const WORD = /(?:\p{L}\.){2,}|[$€£]?\d+(?:\.\d+)?|\p{L}+(?:['’]\p{L}+)*/gu;

/** One word of a claim as written, with whether it opens the claim. */
interface Written {
  text: string;
  initial: boolean;
  /** Where the word starts in the text with numbers normalised. */
  index: number;
}

function written(text: string, normalized = normalizeNumbers(text)): Written[] {
  const out: Written[] = [];
  WORD.lastIndex = 0;
  let first = true;
  for (let m = WORD.exec(normalized); m; m = WORD.exec(normalized)) {
    // "Parler’s" and "AWS’" are Parler and AWS; "U.S." is US.
    const word = m[0].replace(/['’]s$/i, '').replace(/\./g, '');
    out.push({ text: word, initial: first, index: m.index });
    first = false;
  }
  return out;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,}$/u.test(w);

/** The names a run's claims use, lowercased. */
export interface RunNames {
  names: Set<string>;
  /** Names written in capitals: `aws`, `us`. */
  acronyms: Set<string>;
  /**
   * A one-word name that opens a longer name the run also writes as an acronym stands
   * for that acronym: with "Amazon Web Services (AWS)" in the run, "Amazon" is `aws`.
   */
  aliases?: Map<string, string>;
}

/**
 * The names of a run. A capitalised word is a name when a claim has it somewhere other
 * than at its start ("… to protect Twitter"). A word seen only at the start of claims
 * ("Velora declined to comment.") is a name too, unless the run also writes it in lower
 * case ("Stores have …" / "app stores"), it opens sentences ("However", "Clearly"), or it
 * looks like a plural noun ("Retailers", "Owners").
 *
 * @example findNames(['Parler sued AWS.', 'Clearly, Amazon erred.']) // names {'parler', 'aws', 'amazon'}, acronyms {'aws'}
 */
export function findNames(texts: readonly string[], corpus: readonly string[] = texts): RunNames {
  const names = new Set<string>();
  const acronyms = new Set<string>();
  const openers: string[] = [];
  for (const text of texts) {
    for (const w of written(text)) {
      if (!isCapitalised(w.text)) continue;
      const lower = w.text.toLowerCase();
      if (w.initial && !isAcronym(w.text)) {
        openers.push(w.text);
        continue;
      }
      if (isAcronym(w.text)) acronyms.add(lower);
      if (!STOP_WORDS.has(lower) || isAcronym(w.text)) names.add(lower);
    }
  }
  const lowercase = new Set<string>();
  for (const text of corpus) for (const m of text.matchAll(/(?<![\p{L}’'-])\p{Ll}+/gu)) lowercase.add(m[0]);
  for (const word of openers) {
    const lower = word.toLowerCase();
    if (names.has(lower) || STOP_WORDS.has(lower) || SENTENCE_STARTERS.has(lower) || lowercase.has(lower)) continue;
    if (/(?:s|ly|ing)$/.test(lower)) continue;
    names.add(lower);
  }
  const aliases = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?<![\p{L}’'-])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)) {
      const words = m[0].split(/\s+/);
      const first = words[0]!.toLowerCase();
      const initials = words.map((w) => w[0]!.toLowerCase()).join('');
      if (acronyms.has(initials) && names.has(first) && !acronyms.has(first)) aliases.set(first, initials);
    }
  }
  return { names, acronyms, aliases };
}

/**
 * The tokens of a claim for matching: numbers normalised ("thirty-day" → `30`, `30 day`),
 * names kept whole, words of an event class replaced by the class ("filed a lawsuit" →
 * `@sue`, see EVENT_CLASSES), other words lowercased and stemmed, stop words dropped. A
 * stretch of capitalised words that the run also writes as an acronym becomes that
 * acronym, so "Amazon Web Services" and "AWS" are one name and a long name does not
 * outweigh the rest. Each event also gives `role` tokens for who did it and to whom
 * (see findRoles). `subject` stands in for a clause's missing or pronoun subject: the
 * clause "has reportedly sued Amazon on Monday" of "Parler, the renowned …, has
 * reportedly sued Amazon" is read with subject "Parler".
 *
 * @example claimTokens('Parler sued Amazon Web Services on Monday.', findNames(texts))
 *   // parler, @sue, aws, monday, parler>@sue, @sue>aws
 */
export function claimTokens(text: string, run: RunNames, subject: string | null = null): ClaimToken[] {
  const { names, acronyms } = run;
  const source = subject ? `${subject} ${text.replace(/^(?:it|they|he|she)\s+/iu, '')}` : text;
  // The subject's words are read but are not the claim's own names: a wrong guess must not
  // set two claims against each other as being about different actors.
  const implied = subject ? normalizeNumbers(subject).length : 0;
  const normalized = normalizeNumbers(source);
  const events = findEvents(normalized);
  const items: Item[] = [];
  let stretch: Written[] = [];
  const endStretch = () => {
    for (const word of spellOut(stretch.map((w) => w.text), acronyms)) items.push({ key: run.aliases?.get(word) ?? word, type: 'name', lower: word, at: stretch[0]!.index });
    stretch = [];
  };
  const numbers = findNumbers(source);
  let e = 0;
  for (const w of written(source, normalized)) {
    while (e < events.length && events[e]!.end <= w.index) e++;
    const event = events[e];
    if (event && event.start <= w.index) {
      endStretch();
      // One token for the whole phrase: "pulled the plug" is one act.
      // Its `lower` is the whole phrase, so that "being de-platformed" reads as passive.
      if (items[items.length - 1]?.span !== e) items.push({ key: event.key, type: 'event', lower: normalized.slice(event.start, event.end).toLowerCase(), span: e, at: w.index });
      continue;
    }
    const lower = w.text.toLowerCase();
    if (/^[$€£]?\d/.test(w.text)) {
      endStretch();
      items.push({ key: w.text.replace(/^[$€£]/, ''), type: 'number', lower, at: w.index });
      continue;
    }
    if (isCapitalised(w.text) && names.has(lower) && (!STOP_WORDS.has(lower) || isAcronym(w.text))) {
      if (isAcronym(w.text)) {
        endStretch();
        items.push({ key: run.aliases?.get(lower) ?? lower, type: 'name', lower, at: w.index });
      } else {
        stretch.push(w);
      }
      continue;
    }
    endStretch();
    if (STOP_WORDS.has(lower) || lower.length < 2) items.push({ key: lower, type: 'stop', lower, at: w.index });
    else items.push({ key: stem(lower), type: 'word', lower, at: w.index });
  }
  endStretch();
  const out: ClaimToken[] = items
    .filter((t): t is Item & { type: ClaimToken['type'] } => t.type !== 'stop')
    .map((t) => ({ key: t.key, type: t.type === 'name' && t.at < implied ? 'implied' : t.type, word: t.lower }));
  // A figure with what it counts is one fact: `30 day` for "thirty-day" and "30 days".
  for (const n of numbers) if (n.unit) out.push({ key: `${n.value} ${n.unit}`, type: 'number' });
  // An agent taken from the sentence is a guess: it must not set two claims against each other as done by different actors.
  for (const role of findRoles(items, implied)) out.push({ key: role.key, type: role.guessed ? 'guessed-role' : 'role' });
  return out;
}

/** A word of a claim on its way to a token; stop words stay for the role rules. */
interface Item {
  key: string;
  type: ClaimToken['type'] | 'stop';
  lower: string;
  /** Which event span an `event` item stands for. */
  span?: number;
  /** Where its word starts in the normalised text. */
  at: number;
}

// Words that may stand between an actor and its act: "AWS’ decision to suspend Parler",
// "Amazon made the move to suspend", "Parler in response to being de-platformed".
const BETWEEN = 2;
/** How many words either side of an event are looked at, so a long claim costs no more than a short one per event. */
const REACH = 8;
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);
const CLAUSE_OPENERS = new Set(['after', 'before', 'because', 'since', 'while', 'when', 'which', 'who', 'whom', 'until', 'as', 'if', 'that']);
const WHEN = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Whether a name key is a day or month ("friday", "january"): a when, not a who. */
export const isTimeName = (key: string): boolean => WHEN.test(key);
const PASSIVE = new Set(['being', 'been', 'was', 'were', 'is', 'are', 'be', 'get', 'got', 'gets', 'getting']);

/**
 * Who did each event and to whom: the name just before an event is its agent ("Parler
 * sued Amazon", "AWS’ decision to suspend Parler", "Google and Apple have removed"),
 * the name just after it, past articles and prepositions, its patient ("sued Amazon",
 * "a lawsuit against Amazon", "removed the Parler app"). In the passive ("Parler was
 * suspended by AWS", "in response to being de-platformed") the roles swap. Returned as
 * `agent>@event` and `@event>patient` keys.
 *
 * @example findRoles(items of 'AWS cut off Parler’s access') // ['aws>@cutoff', '@cutoff>parler']
 */
function findRoles(items: readonly Item[], implied = 0): Array<{ key: string; guessed: boolean }> {
  const out = new Map<string, boolean>();
  const add = (key: string, guessed: boolean) => out.set(key, (out.get(key) ?? true) && guessed);
  items.forEach((item, at) => {
    if (item.type !== 'event') return;
    let passive = false;
    const before: Array<{ key: string; guessed: boolean }> = [];
    let skipped = 0;
    for (let i = at - 1; i >= Math.max(0, at - REACH); i--) {
      const t = items[i]!;
      if (t.type === 'event' || t.type === 'number') break;
      // "responded to this removal": an event after a determiner is a noun with no agent here.
      if (i === at - 1 && DETERMINERS.has(t.lower)) break;
      // "Parler sued Amazon on Monday after it went dark": the agent is in the same clause.
      if (t.type === 'stop' && CLAUSE_OPENERS.has(t.lower)) break;
      if (t.type === 'name' && WHEN.test(t.key)) continue;
      if (t.type === 'name') {
        before.push({ key: t.key, guessed: t.at < implied });
        // "Google and Apple have removed": both are agents.
        if (items[i - 1]?.lower === 'and' && items[i - 2]?.type === 'name') before.push({ key: items[i - 2]!.key, guessed: items[i - 2]!.at < implied });
        break;
      }
      if (t.type === 'stop') {
        // "was suspended", "being de-platformed"; not "is suing".
        if (i === at - 1 && PASSIVE.has(t.lower) && /(?:ed|en|cut|shut|put|hit|set)$/.test(item.lower)) passive = true;
        continue;
      }
      if (++skipped > BETWEEN) break;
    }
    const after: Array<{ key: string; guessed: boolean }> = [];
    let byAgent = false;
    for (let i = at + 1; i < Math.min(items.length, at + 1 + REACH); i++) {
      const t = items[i]!;
      if (t.type === 'name' && !WHEN.test(t.key)) {
        after.push({ key: t.key, guessed: t.at < implied });
        break;
      }
      if (t.type === 'stop') {
        if (t.lower === 'by') byAgent = true;
        continue;
      }
      // "the lawsuit filed by Parler": a participle may stand before "by".
      if (t.type === 'word' && /ed$/.test(t.lower) && items[i + 1]?.lower === 'by') continue;
      break;
    }
    const agents = passive ? (byAgent ? after : []) : byAgent ? after : before;
    const patients = passive ? before : byAgent ? [] : after;
    for (const a of agents) add(`${a.key}>${item.key}`, a.guessed);
    // A patient is a role as written: "has reportedly sued Amazon".
    for (const p of patients) add(`${item.key}>${p.key}`, false);
  });
  return [...out].map(([key, guessed]) => ({ key, guessed })).sort((a, b) => compareCodeUnits(a.key, b.key));
}

/** The names of a stretch of capitalised words, with the longest known acronym standing for the words it spells. */
function spellOut(words: readonly string[], acronyms: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const initials = words.map((w) => w[0]!.toLowerCase()).join('');
  // No acronym is longer than the longest known one: a stretch of 5,000 capitalised words
  // ("Dr. Chen Dr. Chen …") is not tried at every length from every word.
  const longest = longestAcronym(acronyms);
  let at = 0;
  while (at < words.length) {
    let end = -1;
    for (let e = Math.min(words.length, at + longest); e >= at + 2 && end < 0; e--) if (acronyms.has(initials.slice(at, e))) end = e;
    if (end < 0) {
      out.push(words[at]!.toLowerCase());
      at++;
    } else {
      out.push(initials.slice(at, end));
      at = end;
    }
  }
  return out;
}

const LONGEST = new WeakMap<ReadonlySet<string>, number>();

/** The length of the longest acronym in the set, worked out once per set. */
function longestAcronym(acronyms: ReadonlySet<string>): number {
  let n = LONGEST.get(acronyms);
  if (n === undefined) {
    n = 0;
    for (const a of acronyms) n = Math.max(n, a.length);
    LONGEST.set(acronyms, n);
  }
  return n;
}

// Stems are looked up again and again across a run's claims; the answer never changes.
const STEMS = new Map<string, string>();


// Word families the stemmer leaves apart although news copy uses them for the same act:
// "sued" / "lawsuit", "suspended" / "suspension", "decided" / "decision". General English
// derivations, not names of anything in particular.
const FAMILIES: Record<string, string> = Object.fromEntries(Object.entries({
  sue: ['sue', 'sues', 'sued', 'suing', 'lawsuit', 'lawsuits', 'suit', 'suits'],
  suspend: ['suspend', 'suspends', 'suspended', 'suspending', 'suspension', 'suspensions'],
  decide: ['decide', 'decides', 'decided', 'deciding', 'decision', 'decisions'],
  compete: ['compete', 'competes', 'competed', 'competing', 'competition', 'competitor', 'competitors', 'competitive'],
  remove: ['remove', 'removes', 'removed', 'removing', 'removal', 'removals'],
  ban: ['ban', 'bans', 'banned', 'banning'],
  host: ['host', 'hosts', 'hosted', 'hosting'],
  violate: ['violate', 'violates', 'violated', 'violating', 'violation', 'violations'],
  breach: ['breach', 'breaches', 'breached', 'breaching'],
  incite: ['incite', 'incites', 'incited', 'inciting', 'incitement'],
  encourage: ['encourage', 'encourages', 'encouraged', 'encouraging', 'encouragement'],
  arrest: ['arrest', 'arrests', 'arrested', 'arresting'],
  resign: ['resign', 'resigns', 'resigned', 'resigning', 'resignation'],
  approve: ['approve', 'approves', 'approved', 'approving', 'approval'],
  reject: ['reject', 'rejects', 'rejected', 'rejecting', 'rejection'],
  announce: ['announce', 'announces', 'announced', 'announcing', 'announcement'],
  investigate: ['investigate', 'investigates', 'investigated', 'investigating', 'investigation', 'probe'],
}).flatMap(([key, forms]) => forms.map((f) => [f, key])));

/** Porter stem, without a final "e", so that "sue", "sued" and "suing" meet; word families first. */
export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = FAMILIES[word] ?? porter.stem(word);
    if (s.length > 2 && s.endsWith('e')) s = s.slice(0, -1);
    if (STEMS.size >= 100_000) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}
