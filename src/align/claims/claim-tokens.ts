import { createRequire } from 'node:module';
import { SENTENCE_STARTERS } from '../../analyze/sentences/abbreviations.js';
import { findNumbers, normalizeNumbers } from '../numbers.js';

// Only the Porter stemmer module: the package root prints and loads database clients.
const porter = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

/** A token of a claim and what kind of evidence it is. */
export interface ClaimToken {
  /** Lowercased; stemmed unless a name or a number: `restrain`, `parler`, `30`. */
  key: string;
  type: 'word' | 'name' | 'number';
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
}

function written(text: string): Written[] {
  const out: Written[] = [];
  const normalized = normalizeNumbers(text);
  WORD.lastIndex = 0;
  let first = true;
  for (let m = WORD.exec(normalized); m; m = WORD.exec(normalized)) {
    // "Parler’s" and "AWS’" are Parler and AWS; "U.S." is US.
    const word = m[0].replace(/['’]s$/i, '').replace(/\./g, '');
    out.push({ text: word, initial: first });
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
  return { names, acronyms };
}

/**
 * The tokens of a claim for matching: numbers normalised ("thirty-day" → `30`, `30 day`),
 * names kept whole, other words lowercased and stemmed, stop words dropped. A stretch of
 * capitalised words that the run also writes as an acronym becomes that acronym, so
 * "Amazon Web Services" and "AWS" are one name and a long name does not outweigh the rest.
 *
 * @example claimTokens('Parler sued Amazon Web Services on Monday.', findNames(texts))
 *   // parler, su, aws, monday
 */
export function claimTokens(text: string, run: RunNames): ClaimToken[] {
  const { names, acronyms } = run;
  const out: ClaimToken[] = [];
  let stretch: string[] = [];
  const endStretch = () => {
    for (const word of spellOut(stretch, acronyms)) out.push({ key: word, type: 'name' });
    stretch = [];
  };
  const numbers = findNumbers(text);
  for (const w of written(text)) {
    const lower = w.text.toLowerCase();
    if (/^[$€£]?\d/.test(w.text)) {
      endStretch();
      out.push({ key: w.text.replace(/^[$€£]/, ''), type: 'number' });
      continue;
    }
    if (isCapitalised(w.text) && names.has(lower) && (!STOP_WORDS.has(lower) || isAcronym(w.text))) {
      if (isAcronym(w.text)) {
        endStretch();
        out.push({ key: lower, type: 'name' });
      } else {
        stretch.push(w.text);
      }
      continue;
    }
    endStretch();
    if (STOP_WORDS.has(lower) || lower.length < 2) continue;
    out.push({ key: stem(lower), type: 'word' });
  }
  endStretch();
  // A figure with what it counts is one fact: `30 day` for "thirty-day" and "30 days".
  for (const n of numbers) if (n.unit) out.push({ key: `${n.value} ${n.unit}`, type: 'number' });
  return out;
}

/** The names of a stretch of capitalised words, with the longest known acronym standing for the words it spells. */
function spellOut(words: readonly string[], acronyms: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const initials = words.map((w) => w[0]!.toLowerCase()).join('');
  let at = 0;
  while (at < words.length) {
    let end = -1;
    for (let e = words.length; e >= at + 2 && end < 0; e--) if (acronyms.has(initials.slice(at, e))) end = e;
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

// Stems are looked up again and again across a run's claims; the answer never changes.
const STEMS = new Map<string, string>();

/** Porter stem, without a final "e", so that "sue", "sued" and "suing" meet. */
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

function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = FAMILIES[word] ?? porter.stem(word);
    if (s.length > 2 && s.endsWith('e')) s = s.slice(0, -1);
    if (STEMS.size >= 100_000) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}
