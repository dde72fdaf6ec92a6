import { cueOf, findAccordingTo, findCues, type Cue, type CueMatch } from './cues.js';
import { CLAUSE_LEMMAS, LISTENER_LEMMAS } from './lexicon.js';
import { authorOfStatement } from './rules/issued-statement.js';
import { clauseSubject, speakerAfter, speakerBefore, type Mention } from './speaker-phrase.js';

/** Reported speech without quote marks, found in one sentence. */
export interface IndirectStatement {
  /** The reported clause. */
  start: number;
  end: number;
  mention: Mention;
  cue: Cue;
  confidence: number;
  /** Which pattern found it: `indirect-according-to`, `indirect-cue-then-clause`, `indirect-clause-then-cue`. */
  rule: string;
}

// What may sit between the verb and "that": "said in a statement on Monday that …".
const ADVERBIAL_BEFORE_THAT = /^\s*(?:,\s*(?:however|though|too|in fact|of course|for example|for instance|in turn|[a-z-]+(?:\s+[a-z-]+){0,2})\s*,\s*)?(?:(?:in|on|at|during|to|last|this|earlier|late|on|via|through|before|after|over|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|recently|repeatedly|publicly|privately|again|also)\b[^,.;:“”"]{0,60}?\s+)?that\s+/i;
// A clause can start right after the verb: "Parler claims Amazon …", "Amazon said the problem is …".
// A reported clause may start with almost anything ("crews would remain …", "the decision
// was …", "$14 million was …"); what follows the verb is not a clause when it is a
// preposition or particle ("said in a statement", "told users to …") — see NOT_CLAUSE.
const CLAUSE_START = /^\s*[\p{L}\p{N}$€£¥“"‘']/u;
const NOT_CLAUSE = /^\s*(?:to|for|by|with|on|in|at|from|as|up|out|off|down|about|over|into|onto|after|before|during|since|until|against|among|through|toward|towards|upon|within|and|or|but|nothing|goodbye|hello|thanks|yes)\b/i;
// Who is told: "told reporters", "warned residents", "told the Hollis Ferry Gazette".
const LISTENER = /^\s+((?:the\s+|a\s+)?(?:reporters|journalists|the press|investors|analysts|lawmakers|legislators|senators|members|supporters|staff|employees|workers|residents|parents|students|voters|viewers|listeners|readers|delegates|colleagues|shareholders|customers|fans|the court|the jury|the judge|the committee|the panel|the council|the board|parliament|congress|me|us|him|her|them|\p{Lu}[\p{L}’'.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.&-]*){0,4}))(?=\s)/u;
// Verbs that also mean something else when no "that" follows: "found a way", "shows a photo".
const NEEDS_THAT = new Set(['find', 'show', 'read', 'continue', 'think', 'recall', 'point', 'deny', 'believe', 'report', 'post', 'tweet', 'agree', 'promise', 'reveal', 'confirm', 'charge', 'indicate', 'estimate', 'predict']);

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * A longer "sentence" is text with no sentence breaks (a 1 MB line of words), not a
 * statement: every reporting verb in it would count the words of all of it, which takes
 * minutes, and the clause found would run on for pages.
 */
const MAX_SENTENCE = 5000;

// "According to X, CLAUSE." / "CLAUSE, according to X."
function statementAccordingTo(sentence: string, original: string, offset: number, end: number): IndirectStatement | null {
  for (const a of findAccordingTo(sentence, offset)) {
    const mention = speakerAfter(sentence.slice(a.nameStart - offset), a.nameStart);
    if (!mention || mention.type === 'pronoun') continue;
    const local = a.start - offset;
    if (sentence.slice(0, local).trim() === '' || /^\s*$/.test(sentence.slice(0, local).replace(/^\s*[\p{Lu}][\p{L}]*,?\s*/u, ''))) {
      // "According to X, CLAUSE." — the clause starts after the first comma past the name,
      // or right after the name when a new phrase starts there ("According to Amazon the removal …").
      const comma = sentence.indexOf(',', mention.end - offset);
      if (comma < 0 || /^\s+(?:the|a|an|it|he|she|they|there|this|these|its|his|her|their)\b/i.test(sentence.slice(mention.end - offset))) {
        const clauseStart = mention.end - offset;
        if (wordCount(sentence.slice(clauseStart, end)) >= 4) return make(clauseStart, end, mention, cueOf(a), 'indirect-according-to', 0.8, original, offset);
        continue;
      }
      if (wordCount(sentence.slice(comma + 1, end)) >= 3) return make(comma + 1, end, mention, cueOf(a), 'indirect-according-to', 0.85, original, offset);
    } else if (/,\s*$/.test(sentence.slice(0, local))) {
      // "CLAUSE, according to X."
      const clauseEnd = sentence.slice(0, local).lastIndexOf(',');
      if (wordCount(sentence.slice(0, clauseEnd)) >= 3) return make(0, clauseEnd, mention, cueOf(a), 'indirect-according-to', 0.85, original, offset);
    }
  }
  return null;
}

/**
 * Every indirect statement of a sentence (masked: quotations blanked), left to right and
 * apart: "Okafor said the plan was too costly, and Brandt argued that …" gives two.
 * A cue inside a statement already found belongs to that statement. Patterns:
 * - "Parler claims that it is being discriminated against …"     (subject, verb, that-clause)
 * - "Parler contends the decision was unfair …"                 (clause without "that")
 * - "Amazon told reporters that …"                              (listener, then "that")
 * - "According to a letter …, over the recent weeks it has reported …"
 * - "That growth started to accelerate …, Parler’s complaint says." (verb after the clause)
 * - "Marsh, he said, had voted …"                               (parenthetical)
 *
 * @example findIndirectAll('Parler claims that it is being discriminated against.', 0)
 *   // [{ start: 19, end: 52, mention: { text: 'Parler', … }, cue: { form: 'claims', … }, … }]
 */
export function findIndirectAll(sentence: string, offset: number, original: string = sentence, end = trimEnd(original)): IndirectStatement[] {
  if (sentence.length > MAX_SENTENCE) return [];
  const out: IndirectStatement[] = [];
  const according = statementAccordingTo(sentence, original, offset, end);
  if (according) out.push(according);
  let after = offset;
  for (const cue of findCues(sentence, offset)) {
    if (cue.start < after || out.some((s) => cue.start >= s.start && cue.start < s.end)) continue;
    const found = statementAsNoted(sentence, original, offset, end, cue) ?? statementAfterCue(sentence, original, offset, end, cue) ?? statementBeforeCue(sentence, original, offset, end, cue);
    if (!found || out.some((s) => found.start < s.end && s.start < found.end)) continue;
    out.push(found);
    after = Math.max(cue.cueEnd, found.end);
  }
  return out.sort((x, y) => x.start - y.start);
}

function statementAfterCue(sentence: string, original: string, offset: number, end: number, cue: CueMatch): IndirectStatement | null {
  // The clause after the verb is looked at first: finding the speaker before it reads more.
  let rest = cue.cueEnd - offset;
  if (LISTENER_LEMMAS.has(cue.lemma)) {
    // "told reporters that …", "warned investors on Monday that …", and without "that":
    // "told reporters crews would remain …", "warned residents the storm surge could …"
    // The phrase before "that" starts at a word: a run of spaces is not split between the two.
    const m = /^\s+(?:[^,.;:“”"\s][^,.;:“”"]{0,59}?\s+)?that\s+/i.exec(sentence.slice(rest));
    const listener = m ? null : LISTENER.exec(sentence.slice(rest));
    if (m) rest += m[0].length;
    else if (listener && CLAUSE_START.test(sentence.slice(rest + listener[0].length)) && !NOT_CLAUSE.test(sentence.slice(rest + listener[0].length)) && !/^\s+(?:of|that)\b/i.test(sentence.slice(rest + listener[0].length))) rest += listener[0].length;
    else return null;
  } else {
    const that = ADVERBIAL_BEFORE_THAT.exec(sentence.slice(rest));
    if (that) rest += that[0].length;
    else if (!CLAUSE_LEMMAS.has(cue.lemma) || NEEDS_THAT.has(cue.lemma) || !CLAUSE_START.test(sentence.slice(rest))) return null;
    else if (NOT_CLAUSE.test(sentence.slice(rest))) return null;
  }
  // "claimed that “…,” one of the prosecutors said …": a clause that is a quotation ends with it.
  const quoted = /^\s*[“"]/.test(sentence.slice(rest)) ? sentence.slice(rest).search(/[”"](?=[\s,.;:!?]|$)/) : -1;
  const stop = quoted > 0 ? rest + quoted + 1 : clauseEnd(sentence, rest, end);
  if (wordCount(sentence.slice(rest, stop)) < 3) return null;
  const before = sentence.slice(0, cue.start - offset);
  // "… praised the museum and said …": the second verb shares the clause's subject, and so
  // does a participle after a comma: "… has sued the company, alleging she was fired …".
  // "… has long mocked the mayor's record but on Tuesday wrote that …": so does a verb after "but".
  const shared = /\b(?:and|but)\s+(?:(?:on|in|at|last|this|earlier|later|then|also|now)\b[^,.;:]{0,25}?\s+)?$/.test(before) || /\band\s*$/.test(before) || (/ing$/.test(cue.form) && /,\s*$/.test(before));
  const mention = (/ing$/.test(cue.form) ? authorOfStatement(before, offset) : speakerBefore(before, offset)) ?? (shared ? clauseSubject(before, offset) : null);
  if (!mention) return null;
  return make(rest, stop, mention, cueOf(cue), 'indirect-cue-then-clause', mention.type === 'pronoun' ? 0.7 : 0.8, original, offset);
}

// "As Barsky noted, tenants could still face eviction …", "But as the report says, the fund is …":
// the clause after the comma is what the opening "as" phrase reports.
const AS_OPENER = /^\s*(?:(?:but|and|yet|still|so)\s*,?\s+)?as\s+$/i;
const AS_START = /^\s*(?:(?:but|and|yet|still|so)\s*,?\s+)?as\s/i;

function statementAsNoted(sentence: string, original: string, offset: number, end: number, cue: CueMatch): IndirectStatement | null {
  // Tried for every cue: the sentence must open with "as" before a speaker is looked for.
  if (!CLAUSE_LEMMAS.has(cue.lemma) || /ing$/.test(cue.form) || !AS_START.test(sentence)) return null;
  const before = sentence.slice(0, cue.start - offset);
  const mention = speakerBefore(before, offset);
  if (!mention || !AS_OPENER.test(sentence.slice(0, mention.start - offset))) return null;
  const comma = /^[^,.;:“”"]{0,40},\s*/.exec(sentence.slice(cue.cueEnd - offset));
  if (!comma) return null;
  const rest = cue.cueEnd - offset + comma[0].length;
  const stop = clauseEnd(sentence, rest, end);
  if (wordCount(sentence.slice(rest, stop)) < 3) return null;
  return make(rest, stop, mention, cueOf(cue), 'indirect-as-cue', mention.type === 'pronoun' ? 0.7 : 0.8, original, offset);
}

// A group named by a plural noun and at most two modifiers: "local pollsters", "commuters", "shop owners".
const BARE_GROUP = /^\s*(?:[\p{Ll}-]+\s+){0,2}(?!(?:was|is|has|does|this|its|his|as|us|yes|news|ones|times|others|things|days|years|months|weeks)\b)[\p{Ll}-]{3,}s\s*$/u;

// "That growth started to accelerate …, Parler’s complaint says, noting …" / "…, Fox Business reported."
// / "Losses could reach $14 million, said Kim."
function statementBeforeCue(sentence: string, original: string, offset: number, end: number, cue: CueMatch): IndirectStatement | null {
  // "Before the results came in, the campaign sent a text saying: …": a participle reports
  // what follows it, never the clause before its subject.
  if (!CLAUSE_LEMMAS.has(cue.lemma) || /ing$/.test(cue.form)) return null;
  const head = sentence.slice(0, cue.start - offset);
  const comma = head.lastIndexOf(',');
  if (comma < 0) return null;
  // "…, told the board": after "told", "warned" the phrase is who was told, not who spoke.
  if (/,\s*$/.test(head) && wordCount(head) >= 5 && !LISTENER_LEMMAS.has(cue.lemma)) {
    const inverted = speakerAfter(sentence.slice(cue.cueEnd - offset), cue.cueEnd);
    const rest = inverted ? sentence.slice(inverted.end - offset, end) : '';
    if (inverted && inverted.type !== 'pronoun' && wordCount(tailClause(rest)) <= 4) return make(0, comma, inverted, cueOf(cue), 'indirect-clause-then-cue', 0.75, original, offset);
  }
  if (/,\s*$/.test(head)) {
    // "…, his deputy, Marcus Feld, told the council": a subject set off with its appositive.
    const tail = sentence.slice(cue.cueEnd - offset, end);
    // The comma furthest back that still opens a short subject: "his deputy, Marcus Feld," not "Marcus Feld,".
    const commas: number[] = [];
    for (let c = head.lastIndexOf(',', comma - 1); c > 0 && commas.length < 2; c = head.lastIndexOf(',', c - 1)) commas.unshift(c);
    for (const c of commas) {
      const subject = head.slice(c + 1);
      if (wordCount(subject) > 12 || !/^\s*(?:\p{Lu}|(?:his|her|their|its|the|a|an)\s)/u.test(subject)) continue;
      const mention = speakerBefore(subject, offset + c + 1);
      if (!mention || mention.type === 'pronoun' || wordCount(sentence.slice(0, c)) < 4 || wordCount(tailClause(tail)) > 4) continue;
      return make(0, c, mention, cueOf(cue), 'indirect-clause-then-cue', 0.75, original, offset);
    }
  }
  const subject = head.slice(comma + 1);
  const subjectStart = offset + comma + 1 + (/^\s*/.exec(subject)![0].length);
  let mention = speakerBefore(subject, offset + comma + 1);
  // "…, local pollsters said.", "…, commuters said.": a plural group with its modifiers and no determiner.
  if ((!mention || mention.start !== subjectStart) && BARE_GROUP.test(subject)) {
    const text = subject.trim();
    mention = { text, start: subjectStart, end: subjectStart + text.length, type: 'role', head: text.split(/\s+/).pop()! };
  }
  if (!mention || mention.start !== subjectStart) return null;
  // After "told" or "warned", who was told: "…, he told the court." A clause after ";" is another statement.
  let tail = sentence.slice(cue.cueEnd - offset, end).split(';')[0]!;
  if (LISTENER_LEMMAS.has(cue.lemma)) tail = tail.replace(/^\s+(?:them|him|her|me|us|reporters|the court|the jury|the panel|the committee|the council|the board|(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})(?=\s*(?:,|$))/u, '');
  // "Marsh, he said, had voted against every farm bill": the attribution interrupts the
  // statement, which is the whole sentence around it.
  const resumed = /^\s*(?:(?:on|in|at|last|this|earlier|later)\b[^,]{0,30})?,\s*(?!(?:\p{Ll}+ing|and|but|or|as|while|when|because|since|after|before|although|though|which|who|according)\b)(?=\p{Ll}|\p{Lu}\p{Ll}+\s+(?!(?:said|says|told|added)\b)\p{Ll})/u.exec(tail);
  if (resumed && wordCount(tail.slice(resumed[0].length)) >= 2) return make(0, end, mention, cueOf(cue), 'indirect-parenthetical', 0.75, original, offset);
  if (!/^\s*(?:,|$)/.test(tail) && wordCount(tail) > 3) return null;
  if (wordCount(sentence.slice(0, comma)) < 4) return null;
  // "Speaking after the hearing, Mrs Halloran said …", "Asked where it was kept, Vuong said …":
  // a participle phrase sets the scene; it is not what was said.
  if (/^\s*(?:\p{Lu}\p{Ll}+ing|Asked|Pressed|Questioned|Interviewed|Reached|Contacted|Told)\b/u.test(sentence)) return null;
  return make(0, comma, mention, cueOf(cue), 'indirect-clause-then-cue', 0.75, original, offset);
}

// Where a reported clause gives way to the writer's own words or to another clause:
// "…is the county board, and he went on to list …", "…; the campaign …", "…, adding that …",
// "…, which …", a dash that opens an aside with no closing dash.
const CLAUSE_BREAK = /;|,\s+(?:but|while|whereas|to which)\s|\sbut\s(?=(?:did|does|do|was|is|were|are|has|had|have|would|will|could|also|then|later|not|never|declined|refused)\b)|,\s+(?:and|although|though|yet)\s+(?=(?:he|she|they|it|we|the|a|an|his|her|their|its|this|these|those)\b|\p{Lu})|,\s+(?:as|according to|prompting|adding|saying|noting|citing|though|although|even though|whether)\b|:\s+(?=\p{Lu}\p{Ll})|,\s+\p{Ll}+ing\b|,\s+(?:a|an)\s+(?=[^,;]*$)|\s[—–]\s|\s--\s/gu;

const DASH = /\s(?:[—–]|--)\s/;
const DASHES = /\s(?:[—–]|--)\s/g;

function clauseEnd(sentence: string, from: number, end: number): number {
  const part = sentence.slice(from, end);
  let stop = end;
  // A second reporting verb ends the first statement: "… on the budget, Feld said he does not …",
  // "… the budget and noted that …". Its own statement is found from its cue.
  for (const cue of findCues(part, from)) {
    const head = sentence.slice(from, cue.start);
    if (wordCount(head) < 3) continue;
    const joined = /\sand\s?$/.exec(head);
    const named = /,\s*((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}|(?:he|she|they)\s+)$/u.exec(head);
    if (joined) stop = Math.min(stop, from + joined.index);
    else if (named) stop = Math.min(stop, from + named.index);
    else {
      // "…, her campaign has argued that …": any subject set off by a comma before the verb.
      const bare = head.replace(/\s(?:(?:has|have|had|was|were|is|are|will|would|also|had also|has also|have also)\s+)+$/, ' ');
      const subject = speakerBefore(bare, from);
      const comma = subject ? /,\s*$/.exec(bare.slice(0, subject.start - from)) : null;
      if (subject && subject.type !== 'pronoun' && comma) stop = Math.min(stop, from + comma.index);
    }
    if (stop < end) break;
  }
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(part); m; m = CLAUSE_BREAK.exec(part)) {
    // An aside set off by two dashes is part of the clause: "Des Moines — Iowa's biggest market — last Friday".
    if (/[—–-]/.test(m[0]) && (DASH.test(part.slice(m.index + m[0].length)) || (part.slice(0, m.index).match(DASHES) ?? []).length % 2 === 1)) continue;
    if (wordCount(part.slice(0, m.index)) >= 3) return Math.min(stop, from + m.index);
  }
  return stop;
}

function make(from: number, to: number, mention: Mention, cue: Cue, rule: string, confidence: number, sentence: string, offset: number): IndirectStatement | null {
  let start = from;
  let end = to;
  while (start < end && /[\s,;:—–-]/.test(sentence[start]!)) start++;
  while (end > start && /[\s,;:.—–-]/.test(sentence[end - 1]!)) end--;
  if (end - start < 8) return null;
  return { start: offset + start, end: offset + end, mention, cue, confidence, rule };
}

function tailClause(s: string): string {
  const cut = s.search(/[,;—–]/);
  return cut < 0 ? s : s.slice(0, cut);
}

function trimEnd(sentence: string): number {
  let end = sentence.length;
  while (end > 0 && /[\s.!?]/.test(sentence[end - 1]!)) end--;
  return end;
}
