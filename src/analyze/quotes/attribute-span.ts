import { firstClause } from './first-clause.js';
import { cueOf, findAccordingTo, findCues, type Cue } from './cues.js';
import { authorOfStatement } from './rules/issued-statement.js';
import { clauseSubject, speakerAfter, speakerBefore, type Mention } from './speaker-phrase.js';

/** Who a quote is from, how it was introduced, and which rule found it. */
export interface Attribution {
  mention: Mention | null;
  /** The reporting verb or phrase and where it is; null when the quote has none of its own. */
  cue: Cue | null;
  confidence: number;
  /** The rule that found it, for `--verbose` and debugging: `cue-after`, `introducer`, … */
  rule: string;
}

const NONE: Attribution = { mention: null, cue: null, confidence: 0, rule: 'none' };

/** Words allowed between a reporting verb and the end of the attribution: "said in a statement Monday". */
const SHORT_TAIL = 14;
/**
 * Words allowed between a cue and a partial quote it attributes: "Amazon said in a court
 * filing on Tuesday that Parler had repeatedly failed to act on posts “inciting violence”"
 * has 15. A cue further back is in another clause of a run-on sentence.
 */
const PARTIAL_REACH = 40;

// A role set off before the name it describes: "the mayor's campaign manager, ", "the bureau's director, ".
// "…,” Fenn's deputy press aide Jason Miner said": an owner and a role before the name.
const OWNER_ROLE_BEFORE_NAME = /^\s*\p{Lu}[\p{L}.’'-]*(?:’s|'s)\s+(?:[\p{Ll}-]+\s+){1,4}$/u;
const JOINED_ROLES = /^\s*(?:the|a|an)\s+(?:[\p{L}-]+\s+){1,4}and\s+$/u;
const ROLE_BEFORE_NAME = /^\s*(?:(?:the|a|an|his|her|their|its|another|one|two|three)\s+[^,;:“”"]{1,50}|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?:’s|'s)\s+[^,;:“”"]{1,50}),\s*$/u;

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * The attribution that follows a quote in the same sentence:
 * "“…,” Matze said." / "“…,” said Matze." / "“…,” the lawsuit reads." /
 * "“…,” an AWS spokesperson said in a statement." / "“…,” according to the filing."
 * `after` is the masked text from the closing mark to the paragraph end.
 */
export function cueAfter(after: string, offset: number): Attribution {
  const clause = firstClause(after);
  const lead = /^\s*(?:[,—–-]\s*)?/.exec(clause)![0];
  const rest = clause.slice(lead.length);
  const base = offset + lead.length;
  const according = findAccordingTo(rest, base)[0];
  if (according && according.start === base) {
    const mention = speakerAfter(rest.slice(according.nameStart - base), according.nameStart);
    if (mention) return { mention, cue: cueOf(according), confidence: 0.95, rule: 'cue-after' };
  }
  const cue = findCues(rest, base)[0];
  if (!cue) return NONE;
  if (cue.start === base) {
    // Inverted: "said Matze", "added Sen. Jim DeMint, R-S.C."
    const mention = speakerAfter(rest.slice(cue.cueEnd - base), cue.cueEnd);
    if (mention) return { mention, cue: cueOf(cue), confidence: 0.95, rule: 'cue-after' };
    return NONE;
  }
  const subject = rest.slice(0, cue.start - base);
  let mention = speakerBefore(subject, base);
  // "“Too little, too late,” someone shouted." — attributed, but to nobody a reader could name.
  if (!mention && /^(?:someone|somebody|one|another|a voice|a man|a woman|others?|many|some)\s*$/i.test(subject.trim())) {
    return { mention: null, cue: cueOf(cue), confidence: 0, rule: 'cue-after-unnamed' };
  }
  // The subject must be all there is before the verb: "…,” Matze said", not "…” for Parler, Matze said";
  // or a role set off before its name: "…,” the mayor's campaign manager, Lena Park, said".
  let whole = mention && (mention.start === base + leadingSpace(subject) || ROLE_BEFORE_NAME.test(rest.slice(0, mention.start - base)) || OWNER_ROLE_BEFORE_NAME.test(rest.slice(0, mention.start - base)));
  // "…,” the Ohio senator and presidential candidate said": two roles joined by "and" are one subject.
  if (mention && !whole && mention.type === 'role' && JOINED_ROLES.test(rest.slice(0, mention.start - base))) {
    const start = base + leadingSpace(subject);
    mention = { ...mention, text: rest.slice(start - base, mention.end - base), start };
    whole = true;
  }
  // A long tail is fine when nothing but the verb separates it from the subject: "…,” Okafor
  // said at the depot as crews loaded the last of the buses onto trailers …".
  // An age or a short appositive may stand between: "“…,” Ruth Alder, 64, told a visitor …".
  const adjacent = mention && /^(?:[\s,]*|\s*,[^,;:“”"]{1,40},[\s,]*)$/.test(rest.slice(mention.end - base, cue.start - base));
  if (mention && whole && (adjacent || words(tailOf(rest.slice(cue.cueEnd - base))) <= SHORT_TAIL)) {
    return { mention, cue: cueOf(cue), confidence: 0.95, rule: 'cue-after' };
  }
  return NONE;
}

/**
 * A clause-final attribution after a partial quote:
 * "The outage will be “financially devastating” for Parler, the lawsuit claims."
 */
export function cueAtSentenceEnd(after: string, offset: number): Attribution {
  const clause = firstClause(after);
  // "…“held up better than expected” in the spring survey, said county economist Dara Venn."
  const inverted = findCues(clause, offset).reverse().find((c) => /,\s*$/.test(clause.slice(0, c.start - offset)));
  if (inverted) {
    const mention = speakerAfter(clause.slice(inverted.cueEnd - offset), inverted.cueEnd);
    if (mention && mention.type !== 'pronoun' && words(tailOf(clause.slice(mention.end - offset))) <= 4) {
      return { mention, cue: cueOf(inverted), confidence: 0.85, rule: 'cue-sentence-end' };
    }
  }
  // "…“in remarkably good spirits,” according to the sheriff's office."
  const according = findAccordingTo(clause, offset).find((a) => /,\s*$/.test(clause.slice(0, a.start - offset)));
  if (according) {
    const mention = speakerAfter(clause.slice(according.nameStart - offset), according.nameStart);
    if (mention) return { mention, cue: cueOf(according), confidence: 0.85, rule: 'cue-sentence-end' };
  }
  const cues = findCues(clause, offset);
  for (let k = cues.length - 1; k >= 0; k--) {
    const cue = cues[k]!;
    // "…, a federal prosecutor told jurors Monday as his fraud trial opened": the attribution
    // ends where a new clause begins.
    const tail = clause.slice(cue.cueEnd - offset).split(/\s(?:as|while|when|after|before|because|since|during|at a|in a)\s/)[0]!;
    if (words(tailOf(tail)) > 4) continue;
    const head = clause.slice(0, cue.start - offset);
    const comma = head.lastIndexOf(',');
    if (comma < 0) continue;
    const mention = speakerBefore(head.slice(comma + 1), offset + comma + 1);
    if (mention && mention.start === offset + comma + 1 + leadingSpace(head.slice(comma + 1))) {
      return { mention, cue: cueOf(cue), confidence: 0.85, rule: 'cue-sentence-end' };
    }
  }
  return NONE;
}

/**
 * An attribution before the quote in the same sentence: "X said: “…”", "X said in a
 * statement, “…”", "According to X, “…”", and for partial quotes any "X said …" earlier
 * in the sentence ("CEO John Matze told users to “hold on and come back”").
 * `before` is the masked text from the sentence start to the opening mark.
 */
export function cueBefore(before: string, offset: number, partial: boolean): Attribution {
  const cues = findCues(before, offset);
  const according = findAccordingTo(before, offset);
  type Candidate = { at: number; attribution: Attribution };
  const candidates: Candidate[] = [];
  for (const a of according) {
    const mention = speakerAfter(before.slice(a.nameStart - offset), a.nameStart);
    if (mention) candidates.push({ at: a.start, attribution: { mention, cue: cueOf(a), confidence: 0.9, rule: 'according-to' } });
  }
  // The nearest candidate wins, so cues are tried nearest first and the first that gives
  // one ends the search: a 50 KB paragraph with a cue every few words is not read once per cue.
  const nearestFirst = cues.map((cue, k) => ({ cue, k })).sort((a, b) => b.cue.start - a.cue.start || a.k - b.k).map((x) => x.cue);
  const found = candidates.length;
  // Once the words between a cue and the quote are too many, they are for every cue further away.
  let far = false;
  // The subject of the main clause, for participles; the same for every cue, so found once.
  let mainSubject: Mention | null | undefined;
  for (const cue of nearestFirst) {
    if (candidates.length > found) break;
    const gap = before.slice(cue.cueEnd - offset);
    // "The union's president, Ida Brandt, issued a statement saying the plan “…”": the statement's author speaks.
    if (/ing$/.test(cue.form)) {
      const author = authorOfStatement(before.slice(0, cue.start - offset), offset);
      if (author) {
        candidates.push({ at: cue.start, attribution: { mention: author, cue: cueOf(cue), confidence: 0.85, rule: 'issued-statement' } });
        continue;
      }
    }
    // "…, labelling the decision … a severe ‘death blow’": a participle after a comma
    // reports for the subject of the main clause, after any "According to X," opener.
    // The comma may sit inside a quoted word before it: "Kerpen mocked the radio “expert,” saying".
    if (/ing$/.test(cue.form) && /(?:,|[”"’])\s*$/.test(before.slice(0, cue.start - offset))) {
      if (mainSubject === undefined) {
        const opener = /^\s*(?:(?:according to|as per|per)\s[^,]{1,80},\s*)?/i.exec(before)![0].length;
        // Past a dateline and an opening phrase: "But a week later, the mayor reversed herself, telling a radio host …".
        mainSubject = clauseSubject(before.slice(opener), offset + opener);
      }
      const subject = mainSubject;
      if (subject && subject.end <= cue.start) candidates.push({ at: cue.start, attribution: { mention: subject, cue: cueOf(cue), confidence: 0.7, rule: 'participle' } });
      continue;
    }
    far ||= partial ? words(gap) > PARTIAL_REACH : words(gap) > 12 && !/[,:]\s*$/.test(gap);
    if (far) continue;
    const mention = speakerBefore(before.slice(0, cue.start - offset), offset);
    if (mention) {
      candidates.push({ at: cue.start, attribution: { mention, cue: cueOf(cue), confidence: partial ? 0.8 : 0.9, rule: 'cue-before' } });
      continue;
    }
    // Inverted before the quote: "Said Matze: “…”".
    const inverted = speakerAfter(before.slice(cue.cueEnd - offset), cue.cueEnd);
    // Before the verb only white space or an earlier (masked) part of the quote: "“…,” said Breen, “…”".
    if (inverted && /^[\s“”"‘’'«»„,—–-]*$/.test(before.slice(0, cue.start - offset)) && inverted.type !== 'pronoun') {
      candidates.push({ at: cue.start, attribution: { mention: inverted, cue: cueOf(cue), confidence: 0.85, rule: 'cue-before' } });
    }
  }
  if (candidates.length === 0) return NONE;
  // The nearest one to the quote wins.
  candidates.sort((a, b) => b.at - a.at);
  return candidates[0]!.attribution;
}

/**
 * An introducer: a sentence that ends in "," or ":" and hands over to a quote that
 * opens the next paragraph or sentence ("The lawsuit reads,", "The spokesperson continued:").
 */
export function cueFromIntroducer(sentence: string, offset: number): Attribution {
  if (!/[,:]\s*$/.test(sentence)) return NONE;
  const found = cueBefore(sentence, offset, false);
  if (found.mention) return { ...found, confidence: 0.9, rule: 'introducer' };
  // "Mayor Dunn released the following statement:": the author of the document introduced.
  const author = authorOfStatement(sentence.replace(/[,:]\s*$/, ''), offset);
  if (author) return { mention: author, cue: null, confidence: 0.8, rule: 'introducer' };
  return NONE;
}

/**
 * The subject of a sentence that reports speech without quoting ("An Amazon spokesperson
 * recently spoke with the media …"), used for a quote that follows it with no cue of its own.
 */
export function speakerOfSentence(sentence: string, offset: number): Attribution {
  const according = findAccordingTo(sentence, offset)[0];
  if (according) {
    const mention = speakerAfter(sentence.slice(according.nameStart - offset), according.nameStart);
    if (mention) return { mention, cue: cueOf(according), confidence: 0.6, rule: 'previous-sentence' };
  }
  for (const cue of findCues(sentence, offset)) {
    const mention = speakerBefore(sentence.slice(0, cue.start - offset), offset);
    if (mention) return { mention, cue: cueOf(cue), confidence: 0.6, rule: 'previous-sentence' };
  }
  return NONE;
}

/**
 * A headline quote handed to its speaker by a colon: "‘We will not back down’: Mayor defies state …".
 */
export function headlineSpeaker(after: string, offset: number): Attribution {
  const m = /^\s*:\s*/.exec(after);
  if (!m) return NONE;
  const mention = speakerAfter(after.slice(m[0].length), offset + m[0].length);
  return mention && mention.type !== 'pronoun' ? { mention, cue: null, confidence: 0.6, rule: 'headline-colon' } : NONE;
}


// The words that belong to the attribution: up to a comma, semicolon or dash that starts
// another phrase ("said on Tuesday, rejecting calls for …").
function tailOf(s: string): string {
  const cut = s.search(/[,;—–]/);
  return cut < 0 ? s : s.slice(0, cut);
}

function leadingSpace(s: string): number {
  return /^\s*/.exec(s)![0].length;
}

export { NONE };
