import { featuresOf, type DescribedMention } from './find-described-people.js';
import { OFFICE_MODIFIERS, PARTIES, PARTY_HEADS, PERSON_HEADS, QUALIFIERS } from './person-titles.js';

/** A speaker that describes one person without naming them: "the former Texas governor". */
export interface Description {
  /** Title class of the head noun: "governor" for "the Texas Gov.", "republican" for "the Wisconsin Republican". */
  head: string;
  /** Other title nouns before the head ("billionaire" in "the billionaire businessman"): the person must be named with them too. */
  also: string[];
  /** Office modifiers ("former", "vice"): a mention must carry exactly these. */
  office: string[];
  /** Narrowing words ("campaign", "presidential") a mention must also carry. */
  qualifiers: string[];
  /** Places, parties and capitalised qualifiers the person must be named with: "state:texas". */
  features: string[];
  /** "state" in "the secretary of state"; null when none or cut off ("the former secretary of"). */
  complement: string | null;
}

/**
 * Reads a speaker as a description of one person: "the Texas governor", "the former
 * secretary of state", "the Wisconsin Republican", or a bare title ("Governor", "Indiana
 * Governor"). Null for names ("Gov. Greg Abbott"), indefinite or plural phrases ("a
 * Republican", "the senators"), possessives ("the president’s spokesman") and nouns that
 * are no title ("the company").
 *
 * @example readDescription('the Texas governor') // { head: 'governor', features: ['state:texas'], … }
 */
export function readDescription(speaker: string): Description | null {
  let words = speaker.replace(/\s+/g, ' ').trim().split(' ');
  const definite = /^the$/i.test(words[0]!);
  if (definite) words = words.slice(1);
  if (words.length === 0 || words.length > 8 || words.some((w) => /(?:’s|'s|s’)$/.test(w))) return null;
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  const pre = of >= 0 ? words.slice(0, of) : words;
  const after = of >= 0 ? words.slice(of + 1).filter((w) => !/^the$/i.test(w)) : [];
  if (pre.length === 0 || after.length > 3 || (!definite && of >= 0)) return null;
  let last = pre[pre.length - 1]!.toLowerCase().replace(/[.,]$/, '');
  const office: string[] = [];
  // "the ex-governor", "the then-senator".
  const prefixed = /^(former|ex|then)-(.+)$/.exec(last);
  if (prefixed && !PERSON_HEADS.has(last)) {
    office.push('former');
    last = prefixed[2]!;
  }
  const head = PERSON_HEADS.get(last) ?? (definite && PARTY_HEADS.has(last) ? last : undefined);
  if (head === undefined) return null;
  // A bare title is capitalised throughout: "Governor", "Indiana Governor" (not "governor" alone in a sentence).
  if (!definite && !pre.every((w) => /^\p{Lu}/u.test(w))) return null;
  const qualifiers: string[] = [];
  const capitalised: string[] = [];
  const also: string[] = [];
  for (const w of pre.slice(0, -1)) {
    const lower = w.toLowerCase().replace(/[.,]$/, '');
    if (OFFICE_MODIFIERS.has(lower)) office.push(OFFICE_MODIFIERS.get(lower)!);
    else if (PERSON_HEADS.has(lower) && !/^\p{Lu}/u.test(w)) also.push(PERSON_HEADS.get(lower)!);
    else if (/^\p{Lu}/u.test(w)) capitalised.push(w);
    else if (QUALIFIERS.has(lower)) qualifiers.push(lower);
    else if (/^\p{N}/u.test(w)) return null;
  }
  const features = featuresOf(capitalised);
  // "the New Hampshire Union Leader" and "the Huffington Post Pollster" are names of things;
  // "the Texas Governor" is a description written with a capital.
  if (/^\p{Lu}/u.test(pre[pre.length - 1]!) && definite && features.some((f) => f.startsWith('word:'))) return null;
  if (PARTY_HEADS.has(head)) features.push(`party:${PARTIES.get(head)}`);
  return { head, also: also.filter((h) => h !== head), office: [...new Set(office)].sort(), qualifiers, features, complement: after[0]?.toLowerCase() ?? null };
}

/**
 * The person an article names with a description: the one named earlier with that title
 * or in an appositive holding it ("Texas Gov. Greg Abbott", "Greg Abbott, the Texas
 * governor,"), failing that the one named so later who is already in the story by name.
 * The description's places, parties and other capitalised words must be said of the
 * person, and its office words ("former", "vice") must be theirs exactly. Null when
 * nobody fits or two different people do.
 *
 * @example linkDescription(readDescription('the Texas governor')!, findDescribedPeople(text), 900, text) // 'Greg Abbott'
 */
export function linkDescription(description: Description, mentions: readonly DescribedMention[], at: number, text: string): string | null {
  const keyOf = personKeys(mentions);
  // What the article says of each person across all mentions: places, parties, titles.
  const featuresByPerson = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = keyOf(m.name);
    const set = featuresByPerson.get(key) ?? new Set<string>();
    for (const f of [...m.features, ...m.heads.map((h) => `head:${h}`)]) set.add(f);
    featuresByPerson.set(key, set);
  }
  const party = PARTY_HEADS.has(description.head);
  const fits = mentions.filter((m) => {
    // "the Florida senator" needs a senator the article places in Florida ("Sen. Marco Rubio (R-Fla.)"),
    // "the billionaire businessman" a businessman it also calls a billionaire.
    const known = featuresByPerson.get(keyOf(m.name))!;
    if (!description.features.every((f) => known.has(f)) || !description.also.every((h) => known.has(`head:${h}`))) return false;
    if (party) return m.features.includes(`party:${PARTIES.get(description.head)}`) && description.office.length === 0;
    return (
      m.heads.includes(description.head) &&
      m.office.join(' ') === description.office.join(' ') &&
      description.qualifiers.every((q) => m.words.includes(q)) &&
      (description.complement === null || m.complement === null || m.complement === description.complement)
    );
  });
  const earlier = fits.filter((m) => m.at < at);
  // Named with the title only later: the person must already be in the story by name
  // ("Rubio … the Florida senator … Sen. Marco Rubio (R-Fla.)"); someone the article
  // introduces afterwards is someone else.
  const later = fits.filter((m) => m.at >= at && namedBefore(m.name, text, at));
  const pool = (earlier.length ? earlier : later).map((m) => keyOf(m.name));
  return onePerson(pool);
}

/**
 * Names joined into people: a surname alone ("Obama") joins the one full name in the
 * mentions that ends with it ("Barack Obama"); with two first names it stays apart.
 */
function personKeys(mentions: readonly DescribedMention[]): (name: string) => string {
  const full = new Map<string, Set<string>>();
  for (const m of mentions) {
    const words = m.name.split(' ');
    if (words.length < 2) continue;
    const set = full.get(words[words.length - 1]!) ?? new Set<string>();
    set.add(m.name);
    full.set(words[words.length - 1]!, set);
  }
  return (name) => {
    if (name.includes(' ')) return name;
    const forms = full.get(name);
    return forms && forms.size === 1 ? [...forms][0]! : name;
  };
}

/**
 * The one person a list of names stands for, or null when it holds two. A surname that
 * personKeys left alone never joins a full name: where both are in the list, the article
 * has two full names for it ("Bill Clinton", "Hillary Clinton").
 */
function onePerson(names: readonly string[]): string | null {
  const distinct = [...new Set(names)];
  return distinct.length === 1 ? distinct[0]! : null;
}

/** The surname of a name occurs as a word in the text before `at`: "Rubio" before "the Florida senator". */
function namedBefore(name: string, text: string, at: number): boolean {
  const surname = name.split(' ').pop()!;
  const inWord = (c: string | undefined, apostrophes: boolean) => c !== undefined && (apostrophes ? /[\p{L}’'-]/u : /[\p{L}-]/u).test(c);
  // "Rubio’s" names him; "Rubiosa" and "DeRubio" do not.
  for (let k = text.indexOf(surname); k >= 0 && k < at; k = text.indexOf(surname, k + 1)) {
    if (!inWord(text[k - 1], true) && !inWord(text[k + surname.length], false)) return true;
  }
  return false;
}
