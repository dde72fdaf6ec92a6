import type { Article, Quote } from '../../model/types.js';
import { DETERMINERS, DOCUMENT_NOUNS, LEGAL_DOCUMENTS, ROLE_NOUNS, TITLES } from './lexicon.js';
import { isOrganisation } from './resolve-speakers.js';
import { findDescribedPeople, type DescribedMention } from './find-described-people.js';
import { linkDescription, readDescription } from './link-descriptions.js';
import { compareCodeUnits } from '../../model/compare-code-units.js';

/** A speaker string taken apart: who, for which organisation, in which capacity. */
interface ParsedSpeaker {
  kind: 'person' | 'org' | 'role' | 'document' | 'unknown';
  /** Person name without titles ("John Matze"), organisation name, or the role/document words. */
  name: string;
  /** The organisation the speaker speaks for, as written. */
  org: string | null;
}

const LINK = /^(?:from|for|of|at|with|by)$/i;

const bareWord = (w: string) => w.replace(/(?:’s|'s|’|')$/, '').replace(/[.,]$/, '');
const isCap = (w: string) => /^\p{Lu}/u.test(w);

/**
 * Parses a speaker as written: "Parler CEO John Matze" → person "John Matze" of org
 * "Parler"; "an AWS spokesperson" → role "spokesperson" of "AWS"; "Parler’s complaint" →
 * document "lawsuit" of "Parler"; "Amazon Web Services" → org.
 */
export function parseSpeaker(speaker: string): ParsedSpeaker {
  let words = speaker.replace(/\s+/g, ' ').trim().split(' ');
  while (words.length > 1 && DETERMINERS.has(words[0]!.toLowerCase())) words = words.slice(1);
  let owner: string | null = null;
  const possessive = words.findIndex((w) => /(?:’s|'s|s’|s')$/.test(w) && isCap(w));
  if (possessive >= 0 && possessive < words.length - 1) {
    owner = words.slice(0, possessive + 1).map(bareWord).join(' ');
    words = words.slice(possessive + 1);
  }
  const link = words.findIndex((w, k) => k > 0 && LINK.test(w) && words[k + 1] !== undefined && isCap(words[k + 1]!));
  if (link > 0) {
    owner = owner ?? words.slice(link + 1).filter((w) => !DETERMINERS.has(w.toLowerCase())).join(' ');
    words = words.slice(0, link);
  }
  const last = bareWord(words[words.length - 1] ?? '').toLowerCase();
  if (!isCap(words[words.length - 1] ?? '') || (words.length > 1 && (DOCUMENT_NOUNS.has(last) || ROLE_NOUNS.has(last)) && !isCap(words[words.length - 1]!))) {
    const capitalised = words.filter((w) => isCap(w) && !TITLES.has(bareWord(w).toLowerCase()));
    const org = owner ?? (capitalised.length ? capitalised.join(' ') : null);
    const descriptor = words.filter((w) => !isCap(w) || TITLES.has(bareWord(w).toLowerCase())).join(' ').toLowerCase();
    if (DOCUMENT_NOUNS.has(last)) return { kind: 'document', name: LEGAL_DOCUMENTS.has(last) ? 'lawsuit' : descriptor || last, org };
    if (ROLE_NOUNS.has(last)) return { kind: 'role', name: descriptor || last, org };
    return { kind: 'unknown', name: speaker, org };
  }
  // A capitalised name, maybe with titles: find where the titles end.
  let lastTitle = -1;
  let firstTitle = -1;
  words.forEach((w, k) => {
    if (TITLES.has(bareWord(w).toLowerCase().replace(/\.$/, '')) && k < words.length - 1) {
      lastTitle = k;
      if (firstTitle < 0) firstTitle = k;
    }
  });
  const name = words.slice(lastTitle + 1).join(' ').replace(/,$/, '');
  const prefix = firstTitle > 0 ? words.slice(0, firstTitle).map(bareWord).join(' ') : null;
  if (lastTitle >= 0) return { kind: 'person', name, org: owner ?? prefix };
  if (isOrganisation(name)) return { kind: 'org', name, org: owner };
  if (words.length === 1) return { kind: 'unknown', name, org: owner };
  return { kind: 'person', name, org: owner };
}

/**
 * Gives every quote a `source` that names its speaker the same way across the corpus,
 * and a `sourceOrg` for the organisation a person, spokesperson or document speaks for.
 * Merge rules (documented in the README):
 * 1. Titles and organisation prefixes are dropped from people: "Parler CEO John Matze",
 *    "CEO John Matze" and "Matze" are all "John Matze" (a surname joins the one full name
 *    that ends with it; with two candidates it stays as written).
 * 2. An acronym joins the organisation it abbreviates: "AWS" → "Amazon Web Services".
 * 3. A description joins the person the article names with it: "the Texas governor" is
 *    "Greg Abbott" after "Texas Gov. Greg Abbott" (see link-descriptions.ts).
 * 4. Spokespeople and documents keep their role as source ("Amazon Web Services
 *    spokesperson", "Parler lawsuit") and give the organisation as sourceOrg; legal filings
 *    (lawsuit, suit, complaint, filing) are one kind, "lawsuit", whose organisation is the
 *    owner named ("Parler’s complaint") or the article's plaintiff ("Parler sued …").
 *
 * @example assignSources(quotes, articles).map((q) => q.source) // ['John Matze', 'Parler lawsuit', …]
 */
export function assignSources(quotes: readonly Quote[], articles: readonly Article[] = []): Quote[] {
  // A speaker is parsed once per spelling: outlets quote the same people the same way.
  const parses = new Map<string, ParsedSpeaker>();
  const parseOnce = (speaker: string) => {
    let p = parses.get(speaker);
    if (p === undefined) parses.set(speaker, (p = parseSpeaker(speaker)));
    return p;
  };
  const parsed = quotes.map((q) => (q.speaker ? parseOnce(q.speaker) : null));
  const persons = parsed.filter((p): p is ParsedSpeaker => p !== null && p.kind === 'person').map((p) => p.name);
  const linked = linkDescriptions(quotes, articles);
  const orgNames = new Set<string>();
  for (const p of parsed) {
    if (!p) continue;
    if (p.kind === 'org' || p.kind === 'unknown') orgNames.add(p.name);
    if (p.org) orgNames.add(p.org);
  }
  // "Amazon Web Services (AWS)" in any article tells what an acronym speaker stands for.
  for (const name of [...orgNames]) {
    const long = /^\p{Lu}{2,6}$/u.test(name) ? expandAcronym(name, articles) : null;
    if (long) orgNames.add(long);
  }
  const orgCanon = canonicalOrganisations([...orgNames]);
  const owners = new Set(parsed.filter((p): p is ParsedSpeaker => p !== null && p.org !== null).map((p) => orgCanon(p.org!)));
  const personCanon = canonicalPersons(persons);
  // A name found for a description ("Sen. Claire McCaskill" for "the senator") completes a
  // surname in the same article ("McCaskill said") when no speaker of the run has a full
  // name with that surname; it never outvotes the speakers' own forms.
  const surnames = new Set(persons.filter((n) => n.includes(' ')).map((n) => n.split(/\s+/).pop()!));
  const linkedByArticle = new Map<string, string[]>();
  quotes.forEach((q, k) => {
    if (linked[k]) linkedByArticle.set(q.article, [...(linkedByArticle.get(q.article) ?? []), linked[k]!]);
  });
  const linkedIn = new Map([...linkedByArticle].map(([article, names]) => [article, canonicalPersons(names)]));
  const personIn = (article: string, name: string) => {
    const canon = linkedIn.get(article);
    return canon && !name.includes(' ') && !surnames.has(name) ? canon(name) : personCanon(name);
  };
  // Looked for only in the articles that quote a lawsuit with no owner named: the search reads the whole text.
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const plaintiffs = new Map<string, string | null>();
  const plaintiff = (article: string) => {
    const text = texts.get(article);
    if (text === undefined) return undefined;
    if (!plaintiffs.has(article)) plaintiffs.set(article, plaintiffOf(text));
    return plaintiffs.get(article);
  };

  const out = quotes.map((q, k) => {
    const p = parsed[k];
    if (!p) return { ...q, source: null, sourceOrg: null };
    const person = linked[k];
    if (person) return { ...q, source: personIn(q.article, person), sourceOrg: null };
    const org = p.org ? orgCanon(p.org) : null;
    switch (p.kind) {
      case 'person':
        return { ...q, source: personIn(q.article, p.name), sourceOrg: org };
      case 'org':
        return { ...q, source: orgCanon(p.name), sourceOrg: orgCanon(p.name) };
      case 'role':
        return { ...q, source: org ? `${org} ${p.name}` : p.name, sourceOrg: org };
      case 'document': {
        const owner = org ?? (p.name === 'lawsuit' ? orgOrNull(plaintiff(q.article), orgCanon) : null);
        return { ...q, source: owner ? `${owner} ${p.name}` : p.name, sourceOrg: owner };
      }
      default: {
        // One capitalised word: a surname of someone named in full elsewhere, or an organisation.
        const person = personIn(q.article, p.name);
        if (person !== p.name) return { ...q, source: person, sourceOrg: org };
        const name = orgCanon(p.name);
        // "Parler claims": an organisation when the run shows it owning a document or a
        // spokesperson ("Parler’s complaint", "a spokesperson from Amazon"); "Smith said" is not.
        return { ...q, source: name, sourceOrg: owners.has(name) || isOrganisation(name) ? name : org };
      }
    }
  });
  // A person's organisation, once any article names it ("Parler CEO John Matze"), holds
  // for their quotes in every article of the run.
  const orgOfPerson = new Map<string, string>();
  out.forEach((q, k) => {
    if (parsed[k]?.kind === 'person' && !linked[k] && q.source && q.sourceOrg && !orgOfPerson.has(q.source)) orgOfPerson.set(q.source, q.sourceOrg);
  });
  return out.map((q) => (q.source && !q.sourceOrg && orgOfPerson.has(q.source) ? { ...q, sourceOrg: orgOfPerson.get(q.source)! } : q));
}

/**
 * The person each description speaker stands for, where the article makes it clear ("the
 * Texas governor" after "Texas Gov. Greg Abbott"); null for every other speaker. A
 * description is placed where the rule read it, or at its statement when it stands in for
 * a pronoun or an earlier mention; one in the headline is read after the whole story.
 */
function linkDescriptions(quotes: readonly Quote[], articles: readonly Article[]): Array<string | null> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const people = new Map<string, DescribedMention[]>();
  return quotes.map((q) => {
    const description = q.speaker ? readDescription(q.speaker) : null;
    const article = byId.get(q.article);
    if (!description || !article) return null;
    let mentions = people.get(article.id);
    if (!mentions) people.set(article.id, (mentions = findDescribedPeople(article.text, article.paragraphs)));
    // A headline stands for the whole story: "‘…’: Mayor defies state" is the mayor the body names.
    const inHeadline = article.paragraphs[q.paragraph]?.kind === 'headline';
    const at = inHeadline ? article.text.length : q.speakerStart !== null && !q.rule?.includes('+') ? q.speakerStart : q.start;
    return linkDescription(description, mentions, at, article.text);
  });
}

function orgOrNull(name: string | null | undefined, canon: (s: string) => string): string | null {
  return name ? canon(name) : null;
}

/** A run of capitalised words in the corpus whose initials spell the acronym: "AWS" → "Amazon Web Services". */
export function expandAcronym(acronym: string, articles: readonly Article[]): string | null {
  const pattern = new RegExp(String.raw`\b${[...acronym].map((c) => c + String.raw`[\p{Ll}\p{Lu}’'-]+`).join(String.raw`\s+`)}\b`, 'u');
  for (const a of articles) {
    const m = pattern.exec(a.text);
    if (m && m[0] !== acronym) return m[0];
  }
  return null;
}

// "Amazon Web Services" abbreviates to "AWS": both become the long form.
function canonicalOrganisations(names: string[]): (name: string) => string {
  const byAcronym = new Map<string, string>();
  for (const name of names) {
    const words = name.split(/\s+/).filter((w) => isCap(w));
    if (words.length >= 2) {
      const acronym = words.map((w) => w[0]).join('');
      const current = byAcronym.get(acronym);
      if (!current || name.length > current.length) byAcronym.set(acronym, name);
    }
  }
  return (name) => {
    const clean = bareWord(name);
    return byAcronym.get(clean) ?? clean;
  };
}

// People are keyed by surname; each surname maps to its fullest first-and-last form.
function canonicalPersons(names: string[]): (name: string) => string {
  const bySurname = new Map<string, Map<string, number>>();
  for (const name of names) {
    const words = name.split(/\s+/);
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    const forms = bySurname.get(surname) ?? new Map<string, number>();
    forms.set(name, (forms.get(name) ?? 0) + 1);
    bySurname.set(surname, forms);
  }
  const known = new Map<string, string>();
  return (name) => {
    let canonical = known.get(name);
    if (canonical === undefined) known.set(name, (canonical = canonicalPerson(name, bySurname)));
    return canonical;
  };
}

/** The fullest form of a person's name among the forms with its surname (and first name, when it has one). */
function canonicalPerson(name: string, bySurname: ReadonlyMap<string, Map<string, number>>): string {
  const words = name.split(/\s+/);
  const forms = bySurname.get(words[words.length - 1]!);
  if (!forms) return name;
  const compatible = [...forms.keys()].filter((f) => words.length === 1 || f.split(/\s+/)[0] === words[0]);
  const firstNames = new Set(compatible.map((f) => f.split(/\s+/)[0]));
  if (compatible.length === 0 || (words.length === 1 && firstNames.size > 1)) return name;
  return compatible.sort((a, b) => forms.get(b)! - forms.get(a)! || b.length - a.length || compareCodeUnits(a, b))[0]!;
}

// "Parler sued Amazon …", "Parler has filed a lawsuit against …", "Parler is suing …".
// Words of at most 60 letters: unbounded, each capital of a 50 KB run of capitals would read the rest of it.
const NAME = String.raw`(\p{Lu}[\p{L}’'&.-]{0,60}(?:\s+\p{Lu}[\p{L}’'&.-]{0,60}){0,3})`;
const PLAINTIFF = new RegExp(String.raw`${NAME}(?:,[^,.]{1,100},)?\s+(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|on\s+\w+\s+)?(?:[Ss]ued|[Ss]ues|[Ss]uing|[Ff]iled (?:a |an |the )?(?:[\w-]+\s+){0,2}(?:lawsuit|suit|complaint))\b`, 'u');
const OWNER = new RegExp(String.raw`${NAME}(?:’s|'s)\s+(?:[\w-]+\s+)?(?:lawsuit|suit|complaint|filing)\b`, 'u');

/** The organisation or person an article says brought the lawsuit ("Parler sued …", "Parler’s lawsuit"), if it says so. */
export function plaintiffOf(text: string): string | null {
  const m = PLAINTIFF.exec(text) ?? OWNER.exec(text);
  return m ? m[1]!.replace(/^(?:The|A|An)\s+/, '') : null;
}
