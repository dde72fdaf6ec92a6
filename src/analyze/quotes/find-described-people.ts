import type { Paragraph } from '../../model/types.js';
import { ORG_WORDS } from './lexicon.js';
import { ABBREVIATED_HEADS, OFFICE_MODIFIERS, PARTIES, PARTY_HEADS, PERSON_HEADS, QUALIFIERS, TITLE_ADJECTIVES, US_STATES } from './person-titles.js';

/** One place where an article names a person together with a title or a description. */
export interface DescribedMention {
  /** The name as written, without titles or possessive: "Greg Abbott", "Obama". */
  name: string;
  /** Offset of the name in the article text. */
  at: number;
  /** Title classes the mention gives the person ("governor"); empty for a party tag alone. */
  heads: string[];
  /** Office modifiers of the title ("former", "vice"): a description must carry the same ones. */
  office: string[];
  /** Every lowercase word of the title phrase ("campaign", "presidential"). */
  words: string[];
  /** Places, parties and other capitalised qualifiers: "state:texas", "party:republican", "word:senate". */
  features: string[];
  /** What follows "of" in the title: "state" in "Secretary of State". */
  complement: string | null;
}

// One class, bounded: a run of 50,000 capitals is read once, not split every way. Words
// without a lowercase letter ("GOP", "U.S.") are refused afterwards, in personName.
const NAME_WORD = String.raw`\p{Lu}[\p{L}’'-]{0,40}`;
// "Greg Abbott", "Harry M. Reid", "Bill de Blasio": up to four words, an initial or particle between.
const SPACE = String.raw`[^\S\n]+`;
const NAME = String.raw`${NAME_WORD}(?:${SPACE}(?:\p{Lu}\.${SPACE}|(?:de|van|von|del|da|di|le|la|bin|al)${SPACE})?${NAME_WORD}){0,3}`;
const HEAD_FORMS = [...PERSON_HEADS.keys(), ...PARTY_HEADS]
  .filter((f) => !ABBREVIATED_HEADS.has(f))
  .sort((a, b) => b.length - a.length)
  .map((f) => `[${f[0]!.toUpperCase()}${f[0]}]${f.slice(1)}${f.length <= 3 ? `|${f.toUpperCase()}` : ''}`);
const ABBREVIATIONS = [...ABBREVIATED_HEADS].map((f) => f[0]!.toUpperCase() + f.slice(1) + String.raw`\.`);
// "Texas Gov. Greg Abbott", "then-Sen. Barack Obama", "Secretary of State John Kerry", "billionaire Donald Trump".
const TITLED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'-])(?:(former|ex|then)-)?(${ABBREVIATIONS.join('|')}|(?:${HEAD_FORMS.join('|')})(?![\p{L}\p{N}’'-]))` +
    String.raw`${SPACE}(?:of${SPACE}(?:the${SPACE})?(\p{Lu}\p{Ll}+(?:${SPACE}\p{Lu}\p{Ll}+)?)${SPACE})?(${NAME})`,
  'gu',
);
// "Sen. Ron Johnson (R-Wis.)", "Sen. Rand Paul (Ky.)", "Gov. Mike Pence (R)", "Jim Holloway, R-S.C.,": a party and a state after a name.
const STATE_TAG = String.raw`[A-Z][A-Za-z.]{0,12}(?: ?[A-Z][A-Za-z.]{0,12})?`;
// Found from the tag back to the name: a pattern opening on every capitalised word is slow.
const PARTY_TAG = new RegExp(String.raw`[^\S\n]?\((?:([RDI])(?:-|(?=\))))?(${STATE_TAG})?\)|,[^\S\n]([RDI])-(${STATE_TAG})(?=[\s,;)]|$)`, 'g');
const APPOSITIVE_COMMA = /,\s+/g;

const NOT_NAME_WORDS = new Set([
  ...ORG_WORDS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'states', 'state', 'city', 'county', 'street',
  'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'american', 'americans', 'national', 'federal', 'united',
  'white', 'capitol', 'hall', 'tower', 'square', 'act', 'day', 'town', 'island', 'valley', 'river', 'airport', 'station',
  // Title case in the body ("Christian Speaker Just Shared This …"): words no name holds.
  'just', 'says', 'said', 'is', 'are', 'was', 'has', 'have', 'had', 'this', 'that', 'these', 'some', 'the', 'of', 'and', 'to',
  'for', 'on', 'at', 'with', 'it', 'its', 'not', 'how', 'why', 'what', 'who', 'after', 'before', 'about', 'from', 'by', 'into',
]);
// Sentence openers and prepositions that a capitalised run can start with: "But Abbott", "In Austin".
const OPENERS = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'then', 'still', 'now', 'when', 'while', 'as', 'if', 'meanwhile', 'also', 'there', 'here', 'this', 'that']);
const PREPOSITIONS = new Set([
  'in', 'at', 'on', 'from', 'to', 'into', 'of', 'for', 'by', 'with', 'without', 'like', 'unlike', 'after', 'before', 'against',
  'about', 'near', 'than', 'behind', 'beside', 'besides', 'over', 'under', 'toward', 'towards', 'via', 'through', 'across', 'since',
  'during', 'including', 'between', 'among', 'beyond', 'versus', 'vs', 'until', 'except', 'around', 'outside', 'inside', 'upon',
]);
// Where an appositive's noun phrase ends: "the former secretary | of state", "the candidate | who …".
const PHRASE_ENDS = new Set(['of', 'from', 'at', 'for', 'in', 'on', 'with', 'who', 'whose', 'which', 'that', 'and', 'since', 'to', 'under', 'during', 'now']);
const NOT_IN_NOUN_PHRASE = new Set([
  'and', 'or', 'but', 'nor', 'the', 'a', 'an', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would',
  'said', 'says', 'told', 'not', 'also', 'as', 'if', 'when', 'while', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its',
]);
const COMPLEMENT_WORDS = new Set(['the', 'state', 'staff', 'defense', 'homeland', 'security', 'commerce', 'labor', 'energy', 'education', 'agriculture', 'treasury', 'transportation', 'health', 'justice', 'interior', 'house', 'a']);
const PERSON_WORDS = new Set([...PERSON_HEADS.keys(), ...TITLE_ADJECTIVES, ...OFFICE_MODIFIERS.keys(), ...QUALIFIERS, 'real', 'estate']);

const STATE_BY_FORM = new Map<string, string>();
for (const [name, ...forms] of US_STATES) {
  for (const f of [name, ...forms]) STATE_BY_FORM.set(f.toLowerCase().replace(/\.$/, ''), name.toLowerCase());
}
const MULTI_WORD_STATES = US_STATES.map(([n]) => n).filter((n) => n.includes(' '));

/**
 * Every place an article names a person with a title or description: a title before the
 * name ("Texas Gov. Greg Abbott", "former Secretary of State Hillary Clinton", "billionaire
 * Donald Trump"), an appositive after it ("Greg Abbott, the Texas governor,"; "Abbott, a
 * Republican,") and a party tag ("Sen. Ron Johnson (R-Wis.)"). Names that are places or
 * bodies ("Secretary of State's office", "Governor Texas") are not kept, nor are
 * headlines read (their title case capitalises every word).
 *
 * @example findDescribedPeople('Texas Gov. Greg Abbott spoke.')[0] // { name: 'Greg Abbott', heads: ['governor'], features: ['state:texas'], … }
 */
export function findDescribedPeople(fullText: string, paragraphs: readonly Paragraph[] = []): DescribedMention[] {
  // Headlines are set in title case ("Judge Hands Mayor a Win …"): their capitals name nobody.
  let text = fullText;
  for (const p of paragraphs) if (p.kind !== 'body') text = text.slice(0, p.start) + ' '.repeat(p.end - p.start) + text.slice(p.end);
  const found: DescribedMention[] = [];
  for (const m of text.matchAll(TITLED_NAME)) {
    const name = personName(m[4]!);
    // "Secretary of State John Kerry" is a title; "governor of New Jersey" is not.
    if (!name || (m[3] && !/^\p{Lu}/u.test(m[2]!))) continue;
    const form = m[2]!.replace(/\.$/, '').toLowerCase();
    const window = text.slice(Math.max(0, m.index - 80), m.index);
    const before = modifiersBefore(window.slice(window.lastIndexOf('\n') + 1));
    if (m[1]) before.lower.push(m[1].toLowerCase());
    const heads = [PERSON_HEADS.get(form) ?? form, ...before.lower.filter((w) => PERSON_HEADS.has(w)).map((w) => PERSON_HEADS.get(w)!)];
    const features = [...before.features, ...(PARTY_HEADS.has(form) ? [`party:${PARTIES.get(form)}`] : [])];
    found.push(mention(name, m.index + m[0].length - m[4]!.length, heads, before.lower, features, m[3] ?? null));
  }
  for (const m of text.matchAll(PARTY_TAG)) {
    const party = m[1] ?? m[3];
    const tag = m[2] ?? m[4];
    const window = text.slice(Math.max(0, m.index - 80), m.index);
    const run = nameAtEnd(window.slice(window.lastIndexOf('\n') + 1));
    const name = run ? personName(stripOpeners(run.name)) : null;
    const state = tag ? STATE_BY_FORM.get(tag.replace(/\s/g, '').toLowerCase().replace(/\.$/, '')) ?? STATE_BY_FORM.get(tag.toLowerCase().replace(/\.$/, '')) : undefined;
    // "(IN)" and "(OR)" are words as often as states: a state alone counts in AP form ("(Ky.)", "(Iowa)").
    if (!run || !name || (tag && !state) || (!party && (!state || tag!.length <= 2))) continue;
    const features = [...(state ? [`state:${state}`] : []), ...(party ? [`party:${PARTIES.get(party.toLowerCase())}`] : [])];
    if (features.length) found.push(mention(name, m.index - run.length, [], [], features, null));
  }
  for (const m of text.matchAll(APPOSITIVE_COMMA)) {
    const described = appositive(text, m.index, m.index + m[0].length);
    if (described) found.push(described);
  }
  return found.sort((a, b) => a.at - b.at);
}

function mention(name: string, at: number, heads: string[], lower: string[], features: string[], complement: string | null): DescribedMention {
  const office = lower.map((w) => OFFICE_MODIFIERS.get(w)).filter((w): w is string => w !== undefined);
  return { name, at, heads: [...new Set(heads)], office: [...new Set(office)].sort(), words: lower, features: [...new Set(features)], complement: complement?.toLowerCase() ?? null };
}

/** A capitalised run cut to a person's name, or null when it names a place, a body or a date. */
function personName(run: string): string | null {
  const words = run.replace(/(?:’s|'s|’|')$/, '').split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (!/\p{Ll}/u.test(w) && !/^\p{Lu}\.$/u.test(w)) break;
    const bare = w.toLowerCase().replace(/(?:’s|'s)$/, '');
    if (NOT_NAME_WORDS.has(bare) || PERSON_WORDS.has(bare)) break;
    kept.push(w.replace(/(?:’s|'s)$/, ''));
    if (w !== kept[kept.length - 1]) break;
  }
  // "Joseph R. Biden Jr." is known by "Biden": a suffix, a trailing initial or particle is no surname.
  while (kept.length > 1 && /^(?:de|van|von|del|da|di|le|la|bin|al|Jr|Sr|\p{Lu}\.)$/u.test(kept[kept.length - 1]!)) kept.pop();
  // "Justice Department", "Secretary Ellis Foundation": the run goes on into a body's name.
  if (kept.length === 0 || (kept.length < words.length && ORG_WORDS.has(words[kept.length]!.toLowerCase()))) return null;
  const name = kept.join(' ');
  if (STATE_BY_FORM.has(name.toLowerCase()) || MULTI_WORD_STATES.some((s) => name.includes(s))) return null;
  if (OPENERS.has(kept[0]!.toLowerCase()) || PREPOSITIONS.has(kept[0]!.toLowerCase())) return null;
  return name;
}

/**
 * The modifiers just before a title, back to the start of its noun phrase: "former Texas"
 * before "Gov.", "Clinton’s campaign" before "chairman". Lowercase words count only when
 * they are title words; a determiner, a verb or punctuation ends the phrase.
 */
function modifiersBefore(window: string): { lower: string[]; features: string[] } {
  const lower: string[] = [];
  const capitalised: string[] = [];
  const words = window.split(/\s+/);
  if (words.length && !/\s$/.test(window) && window !== '') words.pop();
  for (let k = words.length - 1; k >= 0; k--) {
    const raw = words[k]!;
    if (raw === '') continue;
    if (/[,;:()“”"—–]$/.test(raw) || /^[(“"]/.test(raw)) break;
    if (/\.$/.test(raw) && !/^(?:\p{L}\.)+$/u.test(raw) && !STATE_BY_FORM.has(raw.toLowerCase().replace(/\.$/, ''))) break;
    const w = raw.replace(/(?:’s|'s)$/, '').replace(/\.$/, '');
    if (/^\p{Lu}/u.test(w)) {
      if (OPENERS.has(w.toLowerCase()) || PREPOSITIONS.has(w.toLowerCase())) break;
      capitalised.unshift(w);
      if (OFFICE_MODIFIERS.has(w.toLowerCase()) || QUALIFIERS.has(w.toLowerCase())) lower.unshift(w.toLowerCase());
    } else if (PERSON_WORDS.has(w) || /^(?:former|ex|then)-$/.test(w)) {
      lower.unshift(w.replace(/-$/, ''));
    } else break;
  }
  return { lower, features: featuresOf(capitalised) };
}

/** Capitalised words as features: "New Hampshire" → state, "GOP" → party, "Senate" → word. */
export function featuresOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const two = words.slice(k, k + 2).join(' ').toLowerCase();
    if (k + 1 < words.length && STATE_BY_FORM.has(two)) {
      out.push(`state:${STATE_BY_FORM.get(two)}`);
      k++;
      continue;
    }
    const w = words[k]!.toLowerCase().replace(/\.$/, '');
    const state = STATE_BY_FORM.get(w);
    // Postal codes ("IN", "OR") are also words: only a state name or an AP form counts here.
    if (state && (w.length > 2 || words[k]!.endsWith('.'))) out.push(`state:${state}`);
    else if (PARTIES.has(w) && w.length > 1) out.push(`party:${PARTIES.get(w)}`);
    else out.push(`word:${w}`);
  }
  return out;
}

/**
 * "Greg Abbott, the Texas governor," → Greg Abbott as governor of Texas. The phrase after
 * the comma must be a noun phrase whose last word is a title ("the former secretary of
 * state", "a Republican", "the candidate who …"), closed by punctuation or a relative word.
 */
function appositive(text: string, comma: number, start: number): DescribedMention | null {
  const tail = text.slice(start, start + 140);
  const stop = /[,;:()“”"—–\n]|\.(?=\s|$)/.exec(tail);
  if (!stop) return null;
  let words = tail.slice(0, stop.index).trim().split(/\s+/);
  if (words.length === 0 || words.length > 9) return null;
  if (/^(?:the|a|an|then|now)$/i.test(words[0]!)) words = (/^then$/i.test(words[0]!) ? ['former', ...words.slice(1)] : words.slice(1));
  if (words.length === 0 || words[0] === '') return null;
  const end = words.findIndex((w, k) => k > 0 && PHRASE_ENDS.has(w.toLowerCase()));
  const pre = end > 0 ? words.slice(0, end) : words;
  // "Alan Pryce, and the former first lady": a clause or a list, not an appositive.
  if (pre.some((w) => NOT_IN_NOUN_PHRASE.has(w.toLowerCase()))) return null;
  const rest = end > 0 ? words.slice(end) : [];
  const last = pre[pre.length - 1]!.toLowerCase();
  const head = PERSON_HEADS.get(last) ?? (PARTY_HEADS.has(last) ? last : undefined);
  if (!head || pre.some((w) => /(?:’s|'s)$/.test(w) && w !== pre[0])) return null;
  let complement: string | null = null;
  if (rest.length) {
    const link = rest[0]!.toLowerCase();
    if (!['who', 'whose', 'which', 'that', 'and', 'now'].includes(link)) {
      // "of state", "of the House", "from Texas": short, capitalised or a department word, then punctuation.
      const tailWords = rest.slice(1);
      if (tailWords.length === 0 || tailWords.length > 4 || !tailWords.every((w) => /^\p{Lu}/u.test(w) || COMPLEMENT_WORDS.has(w.toLowerCase()))) return null;
      const content = tailWords.filter((w) => !/^(?:the|a)$/i.test(w));
      if (link === 'of') complement = content[0] ?? null;
      else if (link === 'from' && content.length) pre.unshift(...content);
    }
  }
  const window = text.slice(Math.max(0, comma - 80), comma);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const run = nameAtEnd(before);
  if (!run) return null;
  if (PREPOSITIONS.has(run.preceding.toLowerCase())) return null;
  const name = personName(stripOpeners(run.name));
  if (!name) return null;
  const lower = pre.filter((w) => !/^\p{Lu}/u.test(w)).map((w) => w.toLowerCase());
  const capitalised = pre.slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.replace(/(?:’s|'s)$/, ''));
  const heads = [head, ...pre.slice(0, -1).map((w) => PERSON_HEADS.get(w.toLowerCase())).filter((h): h is string => h !== undefined)];
  const features = featuresOf(capitalised);
  if (PARTY_HEADS.has(head)) features.push(`party:${PARTIES.get(head)}`);
  for (const w of pre) if (OFFICE_MODIFIERS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)) lower.push(w.toLowerCase());
  return mention(name, comma - run.length, heads, lower, features, complement);
}

/**
 * The capitalised run that ends a line segment, read backwards word by word: "… said Greg
 * Abbott" → "Greg Abbott" (with "said" as the word before it). At most four name words.
 */
function nameAtEnd(before: string): { name: string; length: number; preceding: string } | null {
  const parts = before.split(/( +)/);
  const words: string[] = [];
  let k = parts.length - 1;
  let named = 0;
  for (; k >= 0; k -= 2) {
    const w = parts[k]!;
    if (words.length === 0 && /^(?:Jr|Sr)\.?$/.test(w)) continue;
    if (/^\p{Lu}[\p{L}’'-]*$/u.test(w) && named < 4) named++;
    else if (!(words.length && (/^\p{Lu}\.$/u.test(w) || /^(?:de|van|von|del|da|di|le|la|bin|al)$/.test(w)))) break;
    words.unshift(w);
  }
  if (named === 0) return null;
  const name = words.join(' ');
  const length = parts.slice(k + 1).join('').length;
  return { name, length, preceding: k >= 0 ? parts[k]! : '' };
}

// "But Greg Abbott" → "Greg Abbott"; "In Austin" stays and is refused as a preposition phrase.
function stripOpeners(run: string): string {
  const words = run.split(/\s+/);
  while (words.length > 1 && OPENERS.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ');
}
