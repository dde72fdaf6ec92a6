import { CUE_FORMS, DETERMINERS, DOCUMENT_NOUNS, ROLE_NOUNS, SPEAKER_PRONOUNS, TITLES } from './lexicon.js';

const CUE_WORDS = new Set(CUE_FORMS);
import { SENTENCE_STARTERS } from '../sentences/abbreviations.js';
import { US_STATES } from './person-titles.js';

export type MentionType = 'pronoun' | 'name' | 'role' | 'document';

/** A noun phrase that names (or stands for) who is speaking, with its place in the text. */
export interface Mention {
  text: string;
  start: number;
  end: number;
  type: MentionType;
  /** The head word of a role or document phrase, lowercased: "spokesperson", "lawsuit". */
  head?: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

// Words with inner apostrophes, hyphens, periods and ampersands stay whole: "Parler’s", "R-S.C.", "AT&T".
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.&-]*|[^\s\p{L}\p{N}]/gu;

const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.',
  'nov.', 'dec.', 'today', 'yesterday', 'tonight', 'christmas', 'easter',
]);
const PARTICLES = new Set(['de', 'da', 'del', 'der', 'di', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'of', '&']);
const LINKS = new Set(['from', 'for', 'of', 'at', 'with', 'in']);
// Lowercase words that cannot sit inside a subject phrase: they end the walk back.
const STOP = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'to', 'by', 'as', 'after', 'before', 'because', 'when', 'while',
  'if', 'than', 'then', 'so', 'where', 'said', 'says', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'not',
  'on', 'in', 'at', 'into', 'over', 'under', 'about', 'against', 'between', 'during', 'since', 'until', 'upon', 'via', 'per',
]);

/**
 * How far from the cue a speaker phrase is looked for. Phrases are a few words long; a
 * bound keeps a 100 KB run-on sentence with a cue every few words linear, since each cue
 * would otherwise tokenize the whole sentence.
 */
const REACH = 1000;

/** The last REACH characters of `text`, from a word boundary, with their offset. */
function lastWords(text: string, offset: number, reach = REACH): [string, number] {
  if (text.length <= reach) return [text, offset];
  const cut = text.length - reach;
  const space = text.slice(cut).search(/\s/);
  const from = space < 0 ? cut : cut + space;
  return [text.slice(from), offset + from];
}

/** Characters enough for nearly every phrase after a cue; speakerAfter reads REACH when they are not. */
const SHORT_REACH = 160;

/** The first `reach` characters of `text`, up to a word boundary. */
function firstWords(text: string, reach = REACH): string {
  if (text.length <= reach) return text;
  const space = text.slice(0, reach).search(/\s\S*$/);
  return text.slice(0, space < 0 ? reach : space);
}

// A final period belongs to the sentence unless the word is an abbreviation or initial: "said." vs "Inc." / "R-S.C."
const KEEPS_PERIOD = /^[^.]*\..+\.$|^\p{Lu}\.$|^(?:inc|corp|co|ltd|jr|sr|st|dr|mr|mrs|ms|sen|rep|gov|gen|lt|col|prof)\.$/iu;

function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    if (t.length > 1 && t.endsWith('.') && !KEEPS_PERIOD.test(t)) t = t.slice(0, -1);
    out.push({ text: t, start: offset + m.index, end: offset + m.index + t.length });
  }
  return out;
}

const bare = (t: string) => t.toLowerCase().replace(/(?:’s|'s|’|')$/, '');
const isName = (t: string) => /^\p{Lu}/u.test(t) && !CALENDAR.has(t.toLowerCase());
const isHead = (t: string) => {
  const b = bare(t);
  return ROLE_NOUNS.has(b) || DOCUMENT_NOUNS.has(b);
};

/**
 * The subject phrase that ends where `text` ends, as in the words before "said":
 * "“…,” Parler CEO John Matze" → "Parler CEO John Matze"; "Sen. Jim DeMint, R-S.C.," →
 * "Sen. Jim DeMint"; "a spokesperson from Amazon" → itself; "Additionally, the lawsuit" →
 * "the lawsuit". Returns null when the words there do not name anyone.
 */
export function speakerBefore(text: string, offset = 0): Mention | null {
  // Poll figures speak for the people asked: "32 percent said", "Nine in 10 Democratic voters say",
  // "Nearly a third of voters say", "a full 64 percent of renters say".
  const quantity = QUANTITY.exec(text.length > 200 ? text.slice(-200) : text);
  if (quantity) {
    const start = offset + Math.max(0, text.length - 200) + quantity.index + quantity[0].search(/\S/);
    const phrase = quantity[0].trim();
    return { text: phrase, start, end: start + phrase.length, type: 'role', head: phrase.split(/\s+/).pop()!.toLowerCase() };
  }
  const found = phraseBefore(text, offset);
  if (found) return found;
  // "A letter sent to port employees on Tuesday, signed by …," — the subject opens the clause
  // and a participle or comma follows it.
  // A phrase after a preposition ("In Millbrook, Ohio, …") is a place or a time, not a subject.
  const opening = /^\s*(?:in|on|at|from|near|outside|inside|across|after|before|during|for|with|by|to|of)\b/i.test(text) ? null : speakerAfter(text, offset);
  if (opening && opening.type !== 'pronoun' && /^\s*(?:,|(?:sent|signed|filed|released|issued|published|written|posted|obtained|seen)\b)/.test(text.slice(opening.end - offset))) return opening;
  return null;
}

/**
 * nounPhraseBefore on the last SHORT_REACH characters when the walk back never reaches
 * their first word (where more words before could change it), else on the last REACH: a
 * paragraph with a quote and a cue every few words is not tokenized 1,000 characters at a
 * time for each cue.
 */
function phraseBefore(text: string, offset: number): Mention | null {
  if (text.length > SHORT_REACH) {
    const [short, at] = lastWords(text, offset, SHORT_REACH);
    let lowest = Infinity;
    // Which tokens the walk reads: slicing reads every index, so a result built from a slice falls back.
    const watched = new Proxy(tokenize(short, at), {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && /^-?\d+$/.test(prop)) lowest = Math.min(lowest, Number(prop));
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const found = nounPhraseBefore(short, at, watched);
    if (lowest > 0) return found;
  }
  const [long, at] = lastWords(text, offset);
  return nounPhraseBefore(long, at, tokenize(long, at));
}

function nounPhraseBefore(text: string, offset: number, all: Token[]): Mention | null {
  let tokens = all;
  // "independent voters who said …": the relative pronoun stands for the phrase before it.
  if (tokens.length > 1 && /^who$/i.test(tokens[tokens.length - 1]!.text) && tokens[tokens.length - 2]!.text !== ',') tokens = tokens.slice(0, -1);
  // "Sen. Maria Delgado (D-N.M.) said": a party and state tag after the name is not part of the phrase.
  if (tokens[tokens.length - 1]?.text === ')') {
    const open = tokens.map((t) => t.text).lastIndexOf('(');
    if (open > 0 && tokens.length - open <= 6) tokens = tokens.slice(0, open);
  }
  tokens = stripAppositive(tokens);
  if (tokens.length === 0) return null;
  // "Most residents — and some landlords — say": the aside joins a second group to the subject.
  if (/^[—–]$/.test(tokens[tokens.length - 1]!.text)) {
    let open = tokens.length - 2;
    while (open >= 0 && !/^[—–]$/.test(tokens[open]!.text)) open--;
    if (open > 0 && tokens.length - open <= 14 && /^(?:and|or|as|including|plus)$/i.test(tokens[open + 1]?.text ?? '')) {
      const inner = nounPhraseBefore(text, offset, tokens.slice(0, open));
      const end = tokens[tokens.length - 2]!.end;
      if (inner && inner.type !== 'pronoun' && inner.end === tokens[open - 1]!.end) return { ...inner, text: text.slice(inner.start - offset, end - offset), end };
    }
    return null;
  }
  // "A person familiar with the talks said", "an aide close to the senator said": the
  // unnamed source with what places it.
  const post = postModifierStart(tokens);
  if (post > 0) {
    const inner = nounPhraseBefore(text, offset, tokens.slice(0, post));
    const end = tokens[tokens.length - 1]!.end;
    if (inner && inner.type === 'role' && inner.end === tokens[post - 1]!.end) return { ...inner, text: text.slice(inner.start - offset, end - offset), end };
  }
  let i = tokens.length - 1;
  const last = tokens[i]!;
  const lower = last.text.toLowerCase();
  if (SPEAKER_PRONOUNS.has(lower)) {
    const before = tokens[i - 1];
    if (before && /^(?:to|for|with|by|of|at|from|than|and|told|tell|asked)$/i.test(before.text)) return null;
    return { text: last.text, start: last.start, end: last.end, type: 'pronoun' };
  }
  let first = i;
  if (isName(last.text)) {
    // A capitalised block: "Parler CEO John Matze", "Amazon Web Services", "J. Smith".
    while (first - 1 >= 0) {
      const t = tokens[first - 1]!.text;
      if (isName(t)) first--;
      else if (PARTICLES.has(t.toLowerCase()) && first - 2 >= 0 && isName(tokens[first - 2]!.text)) first--; // "Bank of America", "AT & T"
      else if (TITLES.has(bare(t).replace(/\.$/, '')) && /^\p{Ll}/u.test(t)) first--; // "chief executive John Matze"
      else break;
    }
    // "a spokesperson from Amazon": a role head linked to the name.
    const link = tokens[first - 1];
    const head = tokens[first - 2];
    if (link && head && LINKS.has(link.text.toLowerCase()) && isHead(head.text)) first = extendHeadBack(tokens, first - 2);
    else first = takeDescriptors(tokens, first);
  } else if (isHead(last.text)) {
    first = extendHeadBack(tokens, i);
    // "a notice on the town's website", "a spokesman for the company": the phrase is the
    // head before the preposition, with what follows it.
    const link = tokens[first - 1];
    if (link && /^(?:on|of|for|from|at|with|in)$/i.test(link.text) && first - 2 >= 0 && isHead(tokens[first - 2]!.text)) {
      const outer = extendHeadBack(tokens, first - 2);
      if (DETERMINERS.has(tokens[outer]!.text.toLowerCase())) first = outer;
    }
  } else {
    // "the designer", "a Republican pollster", "the billionaire business mogul": a noun
    // no list holds, opened by a determiner right before the verb, is a role.
    const k = determinerPhraseStart(tokens, i);
    if (k === null) return null;
    return toMention(tokens.slice(k, i + 1), text, offset, bare(last.text));
  }
  // Sentence-initial words written with a capital ("Meanwhile", "The") are not part of a name.
  while (first < i && /^\p{Lu}/u.test(tokens[first]!.text) && SENTENCE_STARTERS.has(tokens[first]!.text.toLowerCase()) && !DETERMINERS.has(tokens[first]!.text.toLowerCase()) && !QUANTIFIERS.has(tokens[first]!.text.toLowerCase())) first++;
  if (first === i && SENTENCE_STARTERS.has(lower)) return null;
  const head = subjectBeforeParticiple(tokens, first);
  if (head !== null) return toMention(tokens.slice(head, headEnd(tokens, head) + 1), text, offset);
  return toMention(tokens.slice(first, i + 1), text, offset);
}

// Words that open a plural phrase as a determiner does: "other experts", "most residents", "some allies".
const QUANTIFIERS = new Set(['other', 'most', 'few', 'all', 'both', 'various', 'numerous', 'dozens', 'hundreds', 'thousands', 'many', 'several', 'some']);

// What places an unnamed source: "familiar with", "close to", "briefed on", "with knowledge of".
const PLACING = /^(?:familiar|close|knowledgeable|briefed|involved|aware)$/i;
const PLACING_LINK = /^(?:with|to|on|in|about|of)$/i;

/** Where a placing phrase ("familiar with the talks") starts in the last ten tokens, or -1. */
function postModifierStart(tokens: Token[]): number {
  for (let k = tokens.length - 2; k >= Math.max(1, tokens.length - 10); k--) {
    const t = tokens[k]!.text;
    if (/^[,;:.()“”"‘’—–]$/.test(t)) return -1;
    if (PLACING.test(t) && PLACING_LINK.test(tokens[k + 1]!.text)) return k;
    if (/^with$/i.test(t) && /^knowledge$/i.test(tokens[k + 1]!.text)) return k;
  }
  return -1;
}

// Words shaped like adjectives, which a comma may separate: "soft-spoken", "silver-haired", "64-year-old".
const ADJECTIVE = /^[\p{Ll}\p{N}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+$|^\p{Ll}+(?:ed|al|ful|ous|ive|ic|ish|less|able|ible)$/u;

// An age standing for a person: "the 43-year-old", "a 29-year-old".
const AGE = /^\d{1,3}-year-old$/;

// Nouns that never head a speaker phrase, and words that cannot end one.
const NOT_A_HEAD = /^(?:them|us|you|it|him|her|me|time|day|week|month|year|years|way|end|point|thing|things|fact|case|idea|number|lot|most|rest|same|other|others|one|ones|first|last|next|latter|former|more|less|least|much|many|few|all|both|each|either|neither|such|which|what|who|whom|whose|there|here|then|than|also|too|very|just|only|even|still|now|ago|again)$/;

/**
 * Where "the … noun" ends `tokens` at `last`: a determiner, at most four modifiers, and a
 * lowercase noun ("the billionaire business mogul"). Null when the words are not that shape.
 */
function determinerPhraseStart(tokens: Token[], last: number): number | null {
  const head = tokens[last]!.text;
  if (!(/^\p{Ll}[\p{Ll}-]+$/u.test(head) || AGE.test(head)) || STOP.has(head) || NOT_A_HEAD.test(head) || /(?:ly|ing|ed)$/.test(head) || DETERMINERS.has(head)) return null;
  for (let k = last - 1; k >= Math.max(0, last - 7); k--) {
    const t = tokens[k]!.text;
    const low = t.toLowerCase();
    if (/^(?:the|a|an|this|his|her|their|its|our|another)$/.test(low) || QUANTIFIERS.has(low) || (DETERMINERS.has(low) && low !== 'that')) return k;
    // "the silver-haired, 64-year-old engineer": a comma between two modifiers.
    if (t === ',' && ADJECTIVE.test(tokens[k - 1]?.text ?? '') && /^[\p{Ll}\p{N}]/u.test(tokens[k + 1]!.text) && !/ing$/.test(tokens[k + 1]!.text)) continue;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}’'.&-]*$/u.test(t) || STOP.has(low) || DETERMINERS.has(low)) return null;
  }
  return null;
}

const NUMBER = String.raw`(?:\d{1,3}(?:[.,]\d{1,3})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine)|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)`;
const QUANTITY = new RegExp(String.raw`(?:^|[\s,;:(—–])(?:(?:about|nearly|almost|roughly|only|just|some|over|under|more than|fewer than|less than|a full|fully|a whopping)\s+)?(?:${NUMBER}\s*(?:%|percent|per cent)|${NUMBER}\s+(?:in|out of)\s+(?:10|ten|\d+|five|four|three)|a (?:third|quarter|fifth|majority|plurality|minority)|half|two-thirds|three-quarters|three in four|most|majorities|a majority)(?:\s+of\s+(?:all\s+|the\s+)?(?:[\p{L}’'-]+\s+){0,4}?[\p{L}’'-]+)?(?:\s+[\p{Ll}-]+){0,3}?\s*$`, 'iu');

const PARTICIPLES = new Set(['filed', 'sent', 'released', 'published', 'issued', 'written', 'made', 'obtained', 'seen', 'reviewed', 'submitted', 'signed', 'posted', 'shared', 'lodged', 'brought', 'delivered', 'presented', 'prepared', 'commissioned', 'cited', 'quoted', 'dated', 'unsealed']);

// "The 18-page complaint filed in Seattle federal court claims …": the phrase right before
// the verb ("Seattle federal court") only modifies the real subject, the document before
// the participle. Returns the index of that subject's first token, or null.
function subjectBeforeParticiple(tokens: Token[], first: number): number | null {
  for (let j = first - 1; j >= Math.max(1, first - 4); j--) {
    const t = tokens[j]!.text.toLowerCase();
    if (/^[,;:()“”"‘’—–]$/.test(t)) return null;
    if (!PARTICIPLES.has(t)) continue;
    const head = tokens[j - 1]!;
    if (!isHead(head.text) && !isName(head.text)) return null;
    return isHead(head.text) ? extendHeadBack(tokens, j - 1) : first;
  }
  return null;
}

function headEnd(tokens: Token[], from: number): number {
  let k = from;
  while (k + 1 < tokens.length && !PARTICIPLES.has(tokens[k + 1]!.text.toLowerCase())) k++;
  return k;
}

/**
 * The phrase that starts where `text` starts, as after "said" or "according to":
 * "Matze." → "Matze"; "the official complaint filed by Parler" → "the official complaint";
 * "Amazon’s press release about the deal" → "Amazon’s press release".
 */
export function speakerAfter(text: string, offset = 0): Mention | null {
  // The phrase is a few words: the first SHORT_REACH characters decide it unless the walk
  // reads to their end, so a clause opening a 50 KB paragraph is not tokenized to REACH
  // for each of its many cues.
  if (text.length > SHORT_REACH) {
    const short = phraseAfter(tokenize(firstWords(text, SHORT_REACH), offset), text, offset);
    if (short.complete) return short.mention;
  }
  return phraseAfter(tokenize(firstWords(text), offset), text, offset).mention;
}

/**
 * speakerAfter on the tokens of the start of `text`, and whether the answer is complete:
 * false when the walk read the last token, where more tokens could have changed it.
 */
function phraseAfter(tokens: Token[], text: string, offset: number): { mention: Mention | null; complete: boolean } {
  const done = (mention: Mention | null, touched: number) => ({ mention, complete: touched < tokens.length - 1 });
  let i = 0;
  let lastGood = -1;
  const first = tokens[0];
  if (!first) return done(null, 0);
  if (SPEAKER_PRONOUNS.has(first.text.toLowerCase())) return done({ text: first.text, start: first.start, end: first.end, type: 'pronoun' }, 0);
  // "But the senator said", "However, Mr. Ryan told": a capitalised opener is not part of the phrase.
  if (/^\p{Lu}/u.test(first.text) && SENTENCE_STARTERS.has(first.text.toLowerCase()) && !DETERMINERS.has(first.text.toLowerCase())) {
    const skip = tokens[1]?.text === ',' ? 2 : 1;
    const rest = tokens.slice(skip);
    if (rest.length === 0) return done(null, 1);
    const inner = phraseAfter(rest, text, offset);
    return { mention: inner.mention, complete: inner.complete };
  }
  // "62-year-old Brenda Jonsson": the age before a name is not part of it.
  if (AGE.test(first.text) && tokens[1] && isName(tokens[1].text)) return phraseAfter(tokens.slice(1), text, offset);
  // "one of two witnesses who …", "some of the senators": the group the quantity is taken from.
  if (/^(?:one|some|many|most|two|three|four|several|few|all|each|none|any|both)$/i.test(first.text) && tokens[1]?.text.toLowerCase() === 'of' && tokens[2]) {
    const inner = phraseAfter(tokens.slice(2), text, offset);
    if (!inner.mention) return inner;
    return { mention: { ...inner.mention, text: text.slice(first.start - offset, inner.mention.end - offset), start: first.start }, complete: inner.complete };
  }
  if (DETERMINERS.has(first.text.toLowerCase())) i++;
  let modifiers = 0;
  let sawHead = false;
  let afterName = false;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (isName(t) || /^\p{Lu}[\p{L}’'.-]*(?:’s|'s)$/u.test(t)) {
      lastGood = i;
      // "Amazon’s press release" goes on after a possessive; "Amazon the removal …" stops after a name.
      afterName = !/(?:’s|'s)$/.test(t);
      continue;
    }
    // "Local baker Ortega", "Republican pollster Ana Ruiz": lowercase descriptors between capitals.
    if ((afterName || sawHead) && /^\p{Ll}[\p{L}-]*$/u.test(t) && !STOP.has(t) && !/(?:ed|ly)$/.test(t) && (isName(tokens[i + 1]?.text ?? '') || (/^\p{Ll}[\p{L}-]*$/u.test(tokens[i + 1]?.text ?? '') && isName(tokens[i + 2]?.text ?? '')))) continue;
    if (afterName && !isHead(t) && !PARTICLES.has(t) && !LINKS.has(t.toLowerCase())) break;
    if (i > 0 && DETERMINERS.has(t.toLowerCase())) break;
    if (isHead(t)) {
      lastGood = i;
      sawHead = true;
      continue;
    }
    if (PARTICLES.has(t) && lastGood === i - 1 && tokens[i + 1] && isName(tokens[i + 1]!.text)) continue;
    if (LINKS.has(t.toLowerCase()) && sawHead && lastGood === i - 1 && tokens[i + 1] && isName(tokens[i + 1]!.text)) continue;
    if ((/^\p{Ll}[\p{L}-]*(?:’s|'s)?$/u.test(t) || AGE.test(t) || (/^(?:1[89]|20)\d\d$/.test(t) && i > 0)) && !STOP.has(t) && !sawHead && modifiers < 4) {
      modifiers++;
      continue;
    }
    break;
  }
  // The walk stopped at token i after looking one past it.
  const touched = i + 1;
  // "said two volunteers who …", "the designer, who …": after a determiner, the last lowercase
  // word before a relative pronoun, a comma or the end is the head no list holds.
  if (lastGood < 0 && DETERMINERS.has(first.text.toLowerCase()) && modifiers > 0 && i - 1 >= 1) {
    const head = tokens[i - 1]!.text;
    // "One wrote:", "the group said": a verb is not the head.
    const next = tokens[i]?.text.toLowerCase();
    if (!NOT_A_HEAD.test(head) && !/(?:ly|ing|ed)$/.test(head) && !CUE_WORDS.has(head.toLowerCase()) && (next === undefined || /^(?:who|that|[,.;:)])$/.test(next))) lastGood = i - 1;
  }
  // "said a 2019 campaign volunteer.": after a determiner, a lowercase noun ending the phrase is its head.
  const tail = tokens[i]?.text ?? '';
  if (lastGood >= 0 && lastGood === i - 1 && DETERMINERS.has(first.text.toLowerCase()) && /^\p{Ll}[\p{Ll}-]+$/u.test(tail) && !STOP.has(tail) && !NOT_A_HEAD.test(tail) && !/(?:ly|ing|ed)$/.test(tail) && !CUE_WORDS.has(tail) && !CALENDAR.has(tail) && (tokens[i + 1] === undefined || /^(?:who|[,.;:)])$/.test(tokens[i + 1]!.text))) {
    lastGood = i;
  }
  // "exhorted Fenn's warm-up speaker, actress Nadia Petrov Cole.": an owner's role no list holds, named next.
  if (lastGood >= 0 && /(?:’s|'s)$/.test(tokens[lastGood]!.text) && modifiers > 0 && tokens[i]?.text === ',') {
    let k = i + 1;
    while (k < i + 3 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k]?.text ?? '') && !STOP.has(tokens[k]!.text)) k++;
    const from = k;
    while (k < tokens.length && isName(tokens[k]!.text)) k++;
    if (k - from >= 2 && (k === tokens.length || /^[,.;:]$/.test(tokens[k]!.text))) return done(toMention(tokens.slice(from, k), text, offset), Math.max(touched, k));
    lastGood = i - 1;
  }
  if (lastGood < 0) return done(null, touched);
  // "said the museum’s director, Dr. Katrin Albers, at a news conference": the role is named next.
  if (isHead(tokens[lastGood]!.text) && tokens[lastGood + 1]?.text === ',') {
    let k = lastGood + 2;
    while (k < tokens.length && (isName(tokens[k]!.text) || (PARTICLES.has(tokens[k]!.text) && k > lastGood + 2))) k++;
    const name = tokens.slice(lastGood + 2, k);
    if (name.length >= 2 && isName(name[name.length - 1]!.text) && (k === tokens.length || /^[,.;:]$/.test(tokens[k]!.text))) return done(toMention(name, text, offset), Math.max(touched, k));
    return done(toMention(tokens.slice(0, lastGood + 1), text, offset), Math.max(touched, k));
  }
  return done(toMention(tokens.slice(0, lastGood + 1), text, offset), touched);
}

const STATE_AFTER_PLACE = new RegExp(String.raw`^(?:${US_STATES.flat().filter((f) => !/^[A-Z]{2}$/.test(f)).map((f) => f.replace(/\./g, '\\.')).join('|')}),\s*`);

/**
 * The subject that opens a clause, past an opening phrase such as "On Monday," or
 * "In a statement,": "Germany’s culture minister, Franziska Lenz, praised the museum and
 * said …" → "Franziska Lenz". Used when a reporting verb is the second of two joined by "and".
 */
export function clauseSubject(text: string, offset = 0): Mention | null {
  // Past a wire dateline ("SEATTLE —", "LONDON (Reuters) -") and an opening phrase.
  const dateline = /^\s*(?:\p{Lu}[\p{Lu}.’' -]+(?:,\s*[\p{L}.]+)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s+)?/u.exec(text)![0].length;
  let opener = dateline + /^\s*(?:(?:on|in|at|after|before|during|earlier|later|last|this|speaking|asked|according to|here|there|meanwhile|still|now|then|instead|also|yet|but|and|so|even so|by contrast|in contrast|unless|if|when|while|although|though|because|since|once|until|whether|whereas)\b[^,]{0,60},\s*){0,2}/i.exec(text.slice(dateline))![0].length;
  // "In Millbrook, Ohio, 62-year-old Brenda Jonsson …": the state after the place is the opener's too.
  const state = opener > dateline ? STATE_AFTER_PLACE.exec(text.slice(opener)) : null;
  if (state) opener += state[0].length;
  const rest = text.slice(opener);
  let first = speakerAfter(rest, offset + opener);
  if (!first) {
    // "A former software engineer at Brightline … has sued …": an occupation no word list holds.
    const role = /^(?:The|A|An)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+(?=\s+(?:at|of|from|for|with|in|has|have|had|is|was|were|are|will|would|who)\b)/u.exec(rest);
    if (role) first = { text: role[0], start: offset + opener, end: offset + opener + role[0].length, type: 'role', head: role[0].split(/\s+/).pop()! };
  }
  if (!first) return null;
  // An appositive right after the subject may hold the name: "The minister, Franziska Lenz, said".
  const after = rest.slice(first.end - offset - opener);
  const named = /^,\s*((?:\p{Lu}[\p{L}’'.-]*|de|van|von|da|di|le|la)(?:\s+(?:\p{Lu}[\p{L}’'.-]*|de|van|von|da|di|le|la)){1,4}),/u.exec(after);
  if (named && first.type !== 'name' && first.type !== 'pronoun') {
    const start = first.end + named[0].indexOf(named[1]!);
    return { text: named[1]!, start, end: start + named[1]!.length, type: 'name' };
  }
  return first;
}

function extendHeadBack(tokens: Token[], headIndex: number): number {
  let first = headIndex;
  let modifiers = 0;
  while (first - 1 >= 0) {
    const t = tokens[first - 1]!.text;
    const low = t.toLowerCase();
    if ((DETERMINERS.has(low) && low !== 'that') || QUANTIFIERS.has(low)) return first - 1;
    if (/^[,;:()“”"‘’—–]$/.test(t) || STOP.has(low)) break;
    if (isName(t) || isHead(t) || (/^[\p{Ll}\p{N}]/u.test(t) && modifiers < 3)) {
      if (/^[\p{Ll}\p{N}]/u.test(t)) modifiers++;
      first--;
      continue;
    }
    break;
  }
  // A phrase of lowercase words with no determiner is a sentence fragment, not a speaker:
  // "…to the extent that violent threats also appeared" — keep only the capitalised part.
  while (first < headIndex && /^[\p{Ll}\p{N}]/u.test(tokens[first]!.text) && !isHead(tokens[first]!.text)) first++;
  return first;
}

// "library director Maria Okafor", "lobsterman Ned Halloway", "local resident Peter Ashdown":
// up to three lowercase descriptors before a name belong to it when nothing else precedes them.
function takeDescriptors(tokens: Token[], first: number): number {
  let k = first;
  // A word in -ed is a verb, not a descriptor: "Ruiz denounced Okafor …".
  while (k - 1 >= 0 && first - k < 3 && /^\p{Ll}[\p{L}-]*$/u.test(tokens[k - 1]!.text) && !/ed$/.test(tokens[k - 1]!.text) && !STOP.has(tokens[k - 1]!.text) && !DETERMINERS.has(tokens[k - 1]!.text)) k--;
  if (k === first) return takeDeterminer(tokens, first);
  // "Okafor campaign manager Lena Park", "Republican pollster Ana Ruiz": capitalised
  // modifiers before the descriptors belong to the phrase too when it opens the clause.
  let j = k;
  while (j - 1 >= 0 && k - j < 3 && isName(tokens[j - 1]!.text) && !/(?:’s|'s)$/.test(tokens[j - 1]!.text)) j--;
  if (j < k && opensPhrase(tokens[j - 1])) return takeDeterminer(tokens, j);
  if (opensPhrase(tokens[k - 1])) return takeDeterminer(tokens, k);
  return takeDeterminer(tokens, first);
}

// What may come right before a subject phrase: nothing, punctuation, or a determiner.
function opensPhrase(before: Token | undefined): boolean {
  return !before || /^[,;:()“”"‘’—–-]$/.test(before.text) || DETERMINERS.has(before.text.toLowerCase());
}

function takeDeterminer(tokens: Token[], first: number): number {
  const t = tokens[first - 1];
  return t && DETERMINERS.has(t.text.toLowerCase()) && !/^(?:that|this|one|two|three)$/i.test(t.text) ? first - 1 : first;
}

// "Sen. Jim DeMint, R-S.C.," / "Obama, who served two terms," / "Jane Roe, a spokeswoman for Acme,":
// the part between the commas describes the speaker; the speaker is before it.
function stripAppositive(tokens: Token[]): Token[] {
  // "a dog walker, Simon Reece, who told …": the relative pronoun hands back to the name.
  const last = tokens[tokens.length - 1]?.text.toLowerCase();
  if ((last === 'who' || last === 'which') && tokens[tokens.length - 2]?.text === ',') return stripAppositive(tokens.slice(0, -2));
  if (tokens[tokens.length - 1]?.text !== ',') return tokens;
  // "Okafor, during a town hall in Dayton, Ohio," / "Delgado, in a speech on Friday,":
  // a phrase set off after the name says where or when, not who.
  for (let k = tokens.length - 2; k >= Math.max(1, tokens.length - 16); k--) {
    if (tokens[k]!.text !== ',') continue;
    const opener = tokens[k + 1]?.text ?? '';
    if (!/^(?:during|at|in|on|after|before|from|with|speaking|asked|while|when|via|through|like|unlike)$/i.test(opener) && !/^\p{Ll}{3,}ing$/u.test(opener)) continue;
    if (isName(tokens[k - 1]!.text)) return tokens.slice(0, k);
    // "Sen. Ana Ruiz (D-N.M.), noting the crowd, said": past the party tag.
    const open = tokens[k - 1]!.text === ')' ? tokens.map((t) => t.text).lastIndexOf('(', k - 1) : -1;
    if (open > 0 && k - open <= 7 && isName(tokens[open - 1]!.text)) return tokens.slice(0, open);
  }
  const stripped = stripOneAppositive(tokens);
  // "Rep. Martin Ruiz, R-Texas, chairman of the House Budget Committee,": two in a row.
  const end = stripped[stripped.length - 1];
  if (end && /^[RDI]-[\p{Lu}]/u.test(end.text) && stripped[stripped.length - 2]?.text === ',') return stripped.slice(0, -2);
  return stripped;
}

function stripOneAppositive(tokens: Token[]): Token[] {
  for (let j = tokens.length - 2; j >= Math.max(0, tokens.length - 16); j--) {
    if (tokens[j]!.text !== ',') continue;
    const before = tokens[j - 1];
    if (!before) return [];
    // "Sandoval's father, Michael Sandoval," / "The trust's chief executive, Dr. Helen Okwu,":
    // a role described first and then named — the name is the speaker.
    const appositive = tokens.slice(j + 1, -1);
    const described = isHead(before.text) || determinerPhraseStart(tokens, j - 1) !== null;
    // "Ida Brandt, the president of the county's largest union, the Service Workers Alliance,": the role
    // describes the name before it, and the name after it is the role's object.
    const roleStart = previousComma(tokens, j);
    if (described && roleStart > 0 && isName(tokens[roleStart - 1]!.text) && /^(?:the|a|an)$/i.test(tokens[roleStart + 1]?.text ?? '')) return tokens.slice(0, roleStart);
    if (described && appositive.length >= 2 && appositive.length <= 5 && appositive.every((t, k) => isName(t.text) || (k > 0 && PARTICLES.has(t.text))) && isName(appositive[appositive.length - 1]!.text)) return appositive;
    if (isName(before.text) || isHead(before.text) || SPEAKER_PRONOUNS.has(before.text.toLowerCase())) return tokens.slice(0, j);
    return [];
  }
  return [];
}

// Index of the comma before index `j` within fourteen tokens, or -1.
function previousComma(tokens: Token[], j: number): number {
  for (let k = j - 1; k >= Math.max(0, j - 14); k--) if (tokens[k]!.text === ',') return k;
  return -1;
}

function toMention(tokens: Token[], text: string, offset: number, roleHead?: string): Mention | null {
  if (tokens.length === 0) return null;
  if (roleHead) return { text: text.slice(tokens[0]!.start - offset, tokens[tokens.length - 1]!.end - offset), start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, type: 'role', head: roleHead };
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const phrase = text.slice(start - offset, end - offset);
  const lastWord = bare(tokens[tokens.length - 1]!.text);
  const headToken = [...tokens].reverse().find((t) => isHead(t.text));
  let type: MentionType = 'name';
  if (!isName(tokens[tokens.length - 1]!.text) || (tokens.length > 1 && headToken && lastWord === bare(headToken.text))) {
    type = DOCUMENT_NOUNS.has(lastWord) ? 'document' : 'role';
  } else if (headToken && tokens.some((t, k) => k > 0 && LINKS.has(t.text.toLowerCase()) && isHead(tokens[k - 1]!.text))) {
    // "a spokesperson from Amazon": the head decides.
    type = DOCUMENT_NOUNS.has(bare(headToken.text)) ? 'document' : 'role';
  }
  if (type === 'name' && tokens.every((t) => !/^\p{Lu}/u.test(t.text))) return null;
  // Capitalised only because they open a sentence: "But", "However", "He’s", "That’s".
  if (type === 'name' && tokens.every((t) => SENTENCE_STARTERS.has(bare(t.text)) || SPEAKER_PRONOUNS.has(bare(t.text)) || /^[,;:]$/.test(t.text))) return null;
  // A possessive alone names an owner, not a speaker: "the mayor’s" of "the mayor’s call".
  if (type === 'name' && /(?:’s|'s|s’|s')$/.test(tokens[tokens.length - 1]!.text)) return null;
  const mention: Mention = { text: phrase, start, end, type };
  if (type !== 'name' && headToken) mention.head = bare(headToken.text);
  return mention;
}

/** True when a capitalised single word is just a sentence opener, not a name. */
export function isSentenceOpener(word: string): boolean {
  return SENTENCE_STARTERS.has(word.toLowerCase());
}
