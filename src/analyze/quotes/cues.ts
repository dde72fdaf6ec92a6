import { AUXILIARIES, CUE_FORMS, cueLemma } from './lexicon.js';

/** A reporting verb found in text, with any auxiliaries or adverbs before it ("has also said"). */
export interface CueMatch {
  /** Start of the auxiliaries, or of the verb when there are none. */
  start: number;
  cueStart: number;
  cueEnd: number;
  /** The verb as written, lowercased: "said", "points out". */
  form: string;
  lemma: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AUX = `(?:(?:${AUXILIARIES.map(escape).join('|')})\\s+){0,3}`;
const CUE = new RegExp(`\\b(${AUX})(${CUE_FORMS.map(escape).join('|')})\\b`, 'gi');
// "according to" works like a cue but the speaker follows it.
const ACCORDING = /\b(?:according to|as per|per|as (?:first )?reported by)\s+/gi;

/** A cue as a record shows it: the verb as written, lowercased, and where it is in the article text. */
export interface Cue {
  form: string;
  start: number;
  end: number;
}

/** The record's view of a reporting verb or an "according to": the words themselves, without auxiliaries. */
export function cueOf(match: CueMatch | AccordingTo): Cue {
  return 'cueStart' in match ? { form: match.form, start: match.cueStart, end: match.cueEnd } : { form: match.form, start: match.start, end: match.start + match.form.length };
}

/** An "according to" (or "as per", "per") and where the source's name after it starts. */
export interface AccordingTo {
  start: number;
  nameStart: number;
  form: string;
}

// Words before a verb that make it a noun: "the reports", "his remarks", "their claims",
// and possessives: "the mayor’s call", "the union's claims", "the senators' comments".
// After "of" a cue word is a noun too: "the former secretary of state said", "a man of note".
const NOUN_BEFORE = /(?:(?:^|\s)(?:the|a|an|his|her|its|their|our|my|your|these|those|such|whose|of)|[\p{L}\p{N}](?:’s|'s|s’|s'))\s+$/iu;
// An adverb between the subject and the verb: "Okafor initially said", "he emphatically denied".
// Nouns that end in -ly are not adverbs: "the family said", "the ally noted".
const ADVERB = /(?:^|\s)(\p{Ll}{3,}ly)\s+$/u;
const AUX_BEFORE = new RegExp(`(?:^|\\s)(?:${AUXILIARIES.map(escape).join('|')}|long|soon|nevertheless|meanwhile|herself|himself|themselves)\\s+$`, 'i');
const TIME_BEFORE = /(?:^|\s)(?:at the time|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|last (?:week|month|year|night)|this (?:week|month|year)|in (?:a|an) (?:\p{L}+\s)?(?:interview|statement))\s+$/iu;
const LY_NOUNS = new Set(['family', 'ally', 'rally', 'assembly', 'supply', 'anomaly', 'monopoly', 'italy', 'bully', 'july', 'only', 'early', 'daily', 'weekly', 'monthly', 'quarterly', 'nightly', 'fly', 'reply', 'apply', 'imply', 'comply']);

// Cue forms that are also nouns, and so also parts of names: "the United States", "Kansas City
// Reports", "Cliff Notes". Written with a capital inside a sentence, they are the name's; a
// headline's "Mayor Says …" keeps its verb.
const NOUNISH = new Set(['state', 'states', 'note', 'notes', 'report', 'reports', 'claim', 'claims', 'call', 'calls', 'remark', 'remarks', 'comment', 'comments', 'charges', 'read', 'reads', 'post', 'posted', 'tweet', 'tweets', 'estimate', 'estimates', 'promise', 'promises', 'pledge', 'pledges', 'label', 'labels', 'counter', 'counters', 'highlight', 'highlights', 'record', 'records', 'mention', 'mentions', 'demand', 'demands', 'joke', 'jokes', 'quip', 'quips', 'vow', 'vows', 'answer', 'answers']);

/**
 * Every reporting verb in `text`, left to right. A verb written with a capital inside a
 * sentence is part of a name ("the United States", "Kansas City Reports"), and one right
 * after a determiner is a noun ("his remarks", "the claims"): neither is a cue.
 */
export function findCues(text: string, offset = 0): CueMatch[] {
  const out: CueMatch[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const form = m[2]!.toLowerCase();
    const cueStart = m.index + m[1]!.length;
    const head = text.slice(Math.max(0, m.index - 40), m.index);
    if (m[1] === '' && /^\p{Lu}/u.test(m[2]!) && NOUNISH.has(form) && /[\p{L}\p{N},]\s*$/u.test(head)) continue;
    if (m[1] === '' && NOUN_BEFORE.test(head)) continue;
    let start = m.index;
    // Adverbs, auxiliaries and a time phrase between subject and verb belong to the cue:
    // "has traditionally argued", "have long insisted", "Okafor at the time said", "X on Tuesday said".
    if (m[1] === '') {
      for (let k = 0; k < 3; k++) {
        const before = text.slice(Math.max(0, start - 40), start);
        const adverb = ADVERB.exec(before);
        const step = adverb && !LY_NOUNS.has(adverb[1]!) ? adverb : (AUX_BEFORE.exec(before) ?? TIME_BEFORE.exec(before));
        if (!step) break;
        start -= step[0].length - step[0].search(/\S/);
      }
    }
    out.push({ start: offset + start, cueStart: offset + cueStart, cueEnd: offset + cueStart + m[2]!.length, form, lemma: cueLemma(form) ?? form });
  }
  return out;
}

/** Every "according to" in `text`: where it starts and where the source's name starts. */
export function findAccordingTo(text: string, offset = 0): AccordingTo[] {
  const out: AccordingTo[] = [];
  ACCORDING.lastIndex = 0;
  for (let m = ACCORDING.exec(text); m; m = ACCORDING.exec(text)) {
    const form = m[0].trim().toLowerCase();
    // "per" alone is too common ("per cent", "per year"); keep it only before a capital or determiner.
    if (form === 'per' && !/^(?:the\s|a\s|an\s|\p{Lu})/u.test(text.slice(m.index + m[0].length))) continue;
    out.push({ start: offset + m.index, nameStart: offset + m.index + m[0].length, form });
  }
  return out;
}
