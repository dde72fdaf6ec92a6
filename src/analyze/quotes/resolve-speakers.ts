import { firstNameGender } from './first-name-gender.js';
import { DOCUMENT_NOUNS, ORG_WORDS, TITLES } from './lexicon.js';
import { SENTENCE_STARTERS } from '../sentences/abbreviations.js';
import type { Mention } from './speaker-phrase.js';
import { findAntecedent, type PersonMention } from './find-antecedent.js';

/** A speaker mention in article order, before and after resolution. */
export interface SpeakerSlot {
  /** Where the statement is (for "nearest earlier"). */
  at: number;
  mention: Mention | null;
  /** Filled in: the fullest name this mention stands for. */
  speaker: string | null;
  /** Lowered when the speaker came from a pronoun or a role noun. */
  confidence: number;
  /** Filled in when the speaker is not the mention as written: `pronoun` ("he"), `earlier-mention` ("the spokeswoman"). */
  resolvedBy?: 'pronoun' | 'earlier-mention';
}

// A run of capitalised words; two or three of them can be a person's name: "John Matze".
const CAPITALISED_RUN = /\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}’'-]+)+/gu;
// Names after these are places, events or things: "in Marlow Cross", "the Lakeland Marathon".
const NOT_PERSON_BEFORE = /\b(?:in|at|on|from|to|into|near|across|outside|inside|of|the|a|an|for|toward|towards|via|through|around|by|with|against|about|like|than|besides|named|called|titled)\s+$/i;
const MALE = /^(?:he|him|his)$/i;
const FEMALE = /^(?:she|her|hers)$/i;
const NOT_NAME_START = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|In|On|At|For|But|And|Or|So|If|As|By|From|With|After|Before|When|While|According|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Resolves speakers that do not name themselves:
 * - he / she → the nearest earlier person (a speaker or a two-word name in the text);
 * - it / they → the nearest earlier organisation, document or group that spoke;
 * - "the spokesperson" → the earlier "an AWS spokesperson" with the same head noun.
 * Anything that cannot be resolved becomes null rather than a guess.
 */
export function resolveSpeakers(slots: SpeakerSlot[], text: string, sentenceStarts: readonly number[] = [0]): void {
  const resolved: Array<{ at: number; mention: Mention; speaker: string }> = [];
  // What the article has shown of each person's gender: a "he" resolved to them, or "Mr"/"Ms".
  const gender = new Map<string, 'm' | 'f'>();
  // The capitalised runs of the text, found once for all its pronouns.
  let runs: PersonRun[] | null = null;
  const capitalisedRuns = () => (runs ??= findPersonRuns(text, [...text.matchAll(CAPITALISED_RUN)].map((m) => ({ index: m.index, text: m[0] }))));
  for (const slot of slots) {
    const m = slot.mention;
    if (!m) continue;
    let speaker: string | null = tidy(m.text);
    if (m.type === 'pronoun') {
      const p = m.text.toLowerCase();
      if (p === 'he' || p === 'she') {
        const want = p === 'he' ? 'm' : 'f';
        const fits = (name: string) => (gender.get(surname(name)) ?? personGender(name) ?? want) === want;
        speaker = findAntecedent(personMentions(resolved, text, capitalisedRuns(), m.start), sentenceStarts, m.start, fits);
        if (speaker) gender.set(surname(speaker), want);
      } else {
        speaker = nearestOrganisation(resolved, m.start) ?? nearestDocument(text, m.start);
      }
      slot.confidence *= 0.9;
      slot.resolvedBy = 'pronoun';
    } else if ((m.type === 'role' || m.type === 'document') && /^the\s/i.test(m.text) && m.head) {
      const earlier = [...resolved].reverse().find((r) => r.mention.head === m.head && !/^the\s/i.test(r.mention.text) && r.mention.type === m.type);
      // "the company" with no earlier "the company"-headed mention stays as written: which company is a guess.
      if (earlier) {
        speaker = earlier.speaker;
        slot.resolvedBy = 'earlier-mention';
      }
    }
    slot.speaker = speaker;
    if (speaker !== null) resolved.push({ at: m.start, mention: m, speaker });
  }
}

function surname(name: string): string {
  return name.split(/\s+/).pop()!.replace(/(?:’s|'s)$/, '');
}

/**
 * What a name says of its bearer's gender: a title ("Mrs. Clinton"), else the usual gender
 * of its first name ("Hillary Clinton" → f); undefined for a surname alone or an unknown name.
 */
function personGender(name: string): 'm' | 'f' | undefined {
  return titleGender(name) ?? firstNameOf(name).gender;
}

/** The first word after any titles, and its gender as a first name: "Sen. Ted Cruz" → Ted, m. */
function firstNameOf(name: string): { word: string | undefined; gender: 'm' | 'f' | undefined } {
  const words = name.split(/\s+/);
  // The name is the capitalised run at the end: "Okafor spokeswoman Ruth Alder" → Ruth.
  let k = 0;
  for (let j = words.length - 2; j >= 0; j--) {
    if (/^\p{Ll}/u.test(words[j]!)) {
      k = j + 1;
      break;
    }
  }
  while (k < words.length - 1 && TITLES.has(words[k]!.toLowerCase().replace(/\.$/, ''))) k++;
  const word = words[k];
  // "Hillary Clinton's" is Hillary; a lone word is a surname ("Trump", "Warren"), not a first name.
  return { word, gender: word && k < words.length - 1 ? firstNameGender(word) : undefined };
}

// Capitalised words that make a run a place, a body or a thing rather than a person:
// "New Hampshire", "the Aral Sea", "the Islamic State", "the White House".
const NOT_PERSON_WORDS = new Set([
  'new', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'united', 'states', 'state',
  'sea', 'river', 'lake', 'mount', 'island', 'islands', 'county', 'city', 'republic', 'kingdom', 'union', 'street', 'avenue',
  'park', 'valley', 'bay', 'beach', 'coast', 'gulf', 'ocean', 'house', 'senate', 'congress', 'court', 'party', 'islamic',
  'national', 'federal', 'american', 'democratic', 'republican', 'white', 'capitol', 'hall', 'center', 'centre', 'square',
  'airport', 'station', 'bridge', 'tower', 'hill', 'hills', 'springs', 'falls', 'fort', 'port', 'saint', 'san', 'santa', 'los',
  'las', 'el', 'times', 'post', 'news', 'journal', 'street', 'wall', 'supreme', 'security', 'affairs', 'act', 'day', 'war',
]);

/**
 * A capitalised run that may name a person: a title or a known first name opens it ("Sen.
 * Ted Cruz", "Hillary Clinton"), or at least none of its words names a place or a body
 * ("Ban Ki-moon" may; "New Hampshire" and "the Aral Sea" may not).
 */
function looksLikePerson(name: string): boolean {
  const first = name.split(/\s+/)[0]!;
  if (titleGender(name) !== undefined || TITLES.has(first.toLowerCase().replace(/\.$/, ''))) return true;
  // "the Island Courier": a determiner opens a description, and a place or body word in the
  // run outweighs a word that is also a first name ("Island", "Washington").
  if (/^(?:the|a|an)$/i.test(first) || name.split(/\s+/).some((w) => NOT_PERSON_WORDS.has(w.toLowerCase().replace(/[.’']s?$/, '')))) return false;
  if (firstNameOf(name).gender !== undefined) return true;
  // A word that opens a sentence with a capital is not a name: "Following Tuesday", "Outside Hall", "Voters".
  if (SENTENCE_STARTERS.has(first.toLowerCase()) || /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(first) || NOT_NAME_WORDS.has(first.toLowerCase())) return false;
  if (!/\s/.test(name) && /^\p{Lu}\p{Ll}+s$/u.test(name) && !/(?:ss|us|is)$/.test(name)) return false;
  return !name.split(/\s+/).some((w) => NOT_PERSON_WORDS.has(w.toLowerCase().replace(/[.’']s?$/, '')));
}

// Prepositions and adverbs that open sentences with a capital.
const NOT_NAME_WORDS = new Set(['outside', 'inside', 'across', 'despite', 'amid', 'among', 'around', 'behind', 'beyond', 'near', 'over', 'under', 'unlike', 'like', 'within', 'without', 'throughout', 'toward', 'towards', 'upon', 'via', 'per', 'even', 'just', 'only', 'yes', 'no', 'asked', 'told', 'here', 'there', 'today', 'tonight', 'yesterday', 'tomorrow', 'once', 'twice', 'again', 'perhaps', 'maybe', 'indeed', 'instead', 'otherwise', 'already', 'soon', 'later', 'never', 'ever', 'always', 'often', 'sometimes', 'nearly', 'almost', 'about', 'against', 'between', 'beneath', 'above', 'below', 'except', 'until', 'unless', 'whether', 'either', 'neither', 'nor', 'whatever', 'whoever', 'every', 'several', 'few', 'more', 'less', 'much', 'first', 'second', 'third', 'next', 'last', 'former', 'latter', 'other', 'others', 'meanwhile']);

/** A run cut to where the person's name starts: "Sixteen-year-old Jamal Whitaker" → "Jamal Whitaker". */
function fromFirstName(run: string): string {
  const words = run.split(/\s+/);
  const k = words.findIndex((w, i) => i < words.length - 1 && firstNameGender(w) !== undefined);
  return k > 0 ? words.slice(k).join(' ') : run;
}

function titleGender(name: string): 'm' | 'f' | undefined {
  if (/^(?:Mr|Sir|Lord|King|Prince|Father|Brother)\b/.test(name)) return 'm';
  if (/^(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Sister)\b/.test(name)) return 'f';
  return undefined;
}

const TITLED = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|President|Senator|Governor|Secretary|Judge|Justice|Mayor)\.?\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?(?:’s|'s)?/gu;

/** How far back surnames are looked for: a few sentences, so a pronoun does not read the whole article. */
const SURNAME_REACH = 2000;

/**
 * The places before `at` where a person is named: speakers already found, full names in
 * the text ("John Matze"), and later mentions of those people by surname alone ("Matze").
 */
/** A capitalised run that can name a person, found once per article: where, the name, and whether it is possessive. */
interface PersonRun {
  index: number;
  at: number;
  name: string;
  possessive: boolean;
}

/** The capitalised runs of an article that can name a person ("John Matze", "Sen. Ted Cruz's"), with the filters that do not depend on the pronoun. */
function findPersonRuns(text: string, runs: ReadonlyArray<{ index: number; text: string }>): PersonRun[] {
  const out: PersonRun[] = [];
  for (const m of runs) {
    const name = fromFirstName(m.text.replace(/^(?:The|A|An|This|That|It|He|She|They|We|In|On|At|For|But|And|Or|So|If|As|By|From|With|After|Before|When|While|According)\s+/, ''));
    const bare = name.replace(/(?:’s|'s)$/, '');
    if (bare.split(/\s+/).length > 3 || !/\s/.test(bare)) continue;
    if (NOT_NAME_START.test(bare) || isOrganisation(bare) || !looksLikePerson(bare) || NOT_PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // A person who can be "he" or "she" later is usually the subject: followed by a verb or an
    // appositive ("Quaresma says", "Pruitt, 34,"), not by "and"/"of" in a list of places.
    const next = text.slice(m.index + m.text.length, m.index + m.text.length + 20);
    const possessive = bare !== name;
    if (!possessive && !/^(?:,|\s+(?!in\b|at\b|on\b|to\b|for\b|with\b)\p{Ll})/u.test(next)) continue;
    out.push({ index: m.index, at: m.index + m.text.length - name.length, name: bare, possessive });
  }
  return out;
}

// A capitalised word and a possessive ending after it: where later mentions by surname are looked for.
const CAPITALISED_WORD = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}’'.-]*?)((?:’s|'s)(?![\p{L}]))?(?![\p{L}\p{N}]|[’'.-][\p{L}])/gu;

/**
 * The places before `at` where a person is named: speakers already found (and the people
 * earlier pronouns were resolved to), full names in the text ("John Matze"), titled names,
 * and later mentions of those people by surname alone ("Matze").
 */
function personMentions(resolved: Array<{ at: number; mention: Mention; speaker: string }>, text: string, runs: readonly PersonRun[], at: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (const r of resolved) {
    if (r.at < at && r.mention.type === 'name' && !isOrganisation(r.speaker) && looksLikePerson(r.speaker)) out.push({ at: r.at, name: r.speaker, possessive: /(?:’s|'s)$/.test(r.mention.text), speaker: true });
    // An earlier "he said" resolved to someone is that person speaking again: pronoun chains.
    if (r.at < at && r.mention.type === 'pronoun' && /^(?:he|she)$/i.test(r.mention.text)) out.push({ at: r.at, name: r.speaker, possessive: false, speaker: true });
  }
  const names: string[] = [];
  for (const run of runs) {
    if (run.index >= at) break;
    names.push(run.name);
    out.push({ at: run.at, name: fullerForm(resolved, run.name), possessive: run.possessive });
  }
  // "Mr. Hurt", "Sen. Cruz", "Gov. Nikki Haley": a title makes a person of one name too.
  const from = Math.max(0, at - SURNAME_REACH);
  const window = text.slice(from, at);
  for (const m of window.matchAll(TITLED)) {
    const name = m[0].replace(/(?:’s|'s)$/, '');
    out.push({ at: from + m.index, name: fullerForm(resolved, name), possessive: name !== m[0] });
  }
  // Later mentions by surname, read in one pass over the window.
  const bySurname = new Map<string, string[]>();
  for (const name of new Set([...names, ...out.map((m) => m.name)])) {
    const last = surname(name);
    if (last.length < 2) continue;
    const list = bySurname.get(last) ?? [];
    list.push(name);
    bySurname.set(last, list);
  }
  for (const m of window.matchAll(CAPITALISED_WORD)) {
    // "Ki-moon" is a surname whole; in "Trump-Pence" the surname is the first part.
    const people = bySurname.get(m[1]!) ?? bySurname.get(m[1]!.split('-')[0]!);
    if (!people) continue;
    const index = from + m.index;
    if (NOT_PERSON_BEFORE.test(text.slice(Math.max(0, index - 12), index))) continue;
    for (const name of people) out.push({ at: index, name: fullerForm(resolved, name), possessive: m[2] !== undefined });
  }
  return out;
}

function nearestOrganisation(resolved: Array<{ at: number; mention: Mention; speaker: string }>, at: number): string | null {
  for (let k = resolved.length - 1; k >= 0; k--) {
    const r = resolved[k]!;
    if (r.at >= at) continue;
    const surname = r.mention.type === 'name' && resolved.some((o) => o !== r && o.speaker.endsWith(` ${r.speaker}`));
    if (r.mention.type === 'document' || r.mention.type === 'role' || (r.mention.type === 'name' && !surname && (isOrganisation(r.speaker) || !/\s/.test(r.speaker)))) return r.speaker;
  }
  return null;
}

// "An independent audit of … was released on Tuesday. It says …": with no earlier speaker,
// "it" stands for the nearest document phrase the text introduced.
const DOCUMENT_PHRASE = new RegExp(String.raw`\b(?:the|a|an)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${[...DOCUMENT_NOUNS].join('|')})\b`, 'giu');

function nearestDocument(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - 600), at);
  let last: string | null = null;
  let subject: string | null = null;
  DOCUMENT_PHRASE.lastIndex = 0;
  for (let m = DOCUMENT_PHRASE.exec(window); m; m = DOCUMENT_PHRASE.exec(window)) {
    last = m[0];
    // A document that opens its sentence is what the next "it" most likely means:
    // "An independent audit … was released on Tuesday after a six-month review. It says …"
    if (/(?:^|[.!?]\s+|\n)$/.test(window.slice(0, m.index))) subject = m[0];
  }
  const found = subject ?? last;
  return found ? tidy(found) : null;
}

// A speaker mentioned with more words earlier is the same person: "Matze" after "CEO John Matze".
function fullerForm(resolved: Array<{ speaker: string }>, name: string): string {
  const found = resolved.find((r) => r.speaker.endsWith(name) && r.speaker.length > name.length);
  return found?.speaker ?? name;
}

/** Names that end in an organisation word ("Amazon Web Services", "Acme Corp.") or are acronyms ("AWS"). */
export function isOrganisation(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  return ORG_WORDS.has(last) || /^\p{Lu}{2,6}$/u.test(name);
}

// "An Amazon spokesperson" at a sentence start reads as "an Amazon spokesperson" in a table.
function tidy(text: string): string {
  return text.replace(/^(The|A|An|Its|His|Her|Their)\s/, (m) => m.toLowerCase());
}
