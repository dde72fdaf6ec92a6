/** A clause of a sentence: character offsets into the article text. */
export interface ClauseSpan {
  start: number;
  end: number;
}

// Finite verbs: auxiliaries and modals, past tenses, and third-person present forms of
// verbs news copy uses ("Google removed", "the company has", "Apple follows").
export const FINITE = /(?<![\p{L}’'-])(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|may|might|should|must|won’t|won't|wasn’t|wasn't|isn’t|isn't|\p{Ll}{2,}ed|said|told|sued|went|cut|took|made|gave|began|became|left|ran|won|lost|sent|wrote|put|set|paid|sold|bought|brought|thought|found|got|held|kept|led|met|saw|knew|came|shut|fell|rose|grew|drew|chose|stood|sought|built|spent|heard|quit|let|fled|broke|drove|flew|froze|shook|says|sues|claims|argues|alleges|wants|seeks|plans|faces|denies|insists|reports|warns|accuses|files|refuses|removes|suspends|bans|blocks|comes|follows)(?![\p{L}’'-])/u;
// Verb forms without tense that still make a clause of what follows a connective:
// "after being forced offline", "following AWS’ decision to suspend Parler".
export const NONFINITE = /(?<![\p{L}’'-])(?:being|been|\p{Ll}{2,}ing(?<!during|morning|evening|thing|string|spring|ceiling|according|including|nothing|something|anything|everything)|to\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|our\b|my\b|your\b|other\b|this\b|that\b|these\b|those\b|be\b|date\b|\p{Lu}|\d)\p{Ll}{2,})(?![\p{L}’'-])/u;

/** A cut: where a new clause starts, and what the rest must look like for the cut to hold. */
interface Rule {
  name: string;
  /** Matches at the cut; the clause starts at `index + skip`, where skip is the length of group 1 (or 0). */
  pattern: RegExp;
  needs: 'nothing' | 'finite' | 'verb';
}

// Each rule with an example of the sentence it splits; cuts are read on the text with
// quoted words blanked, so a quote is never split.
const RULES: readonly Rule[] = [
  // "Amazon made the move to suspend the apps services; Google and Apple have also removed …"
  { name: 'semicolon', pattern: /(;\s*)/gu, needs: 'nothing' },
  // "…, which led to our suspension of their services", "Twitter, who declined …"
  { name: 'which', pattern: /(,\s+)(?=(?:which|who)\s)/gu, needs: 'nothing' },
  // "… on Monday after the tech titan forced the controversial social network to go dark."
  // "… early Monday following AWS’ decision to suspend Parler …" (not "following last week’s riots")
  // "… on Monday after the tech titan forced the controversial social network to go dark."
  // "… early Monday following AWS’ decision to suspend Parler …" (not "following last week’s riots")
  { name: 'connective', pattern: /(?<![\s,])(,?\s+)(?=(?:after|following|before|since|until|once|because|although|though|whereas|unless)\s)/gu, needs: 'verb' },
  // "The suit comes as Google and Apple have also taken action …" ("as" with a finite verb only)
  { name: 'as-when', pattern: /(?<![\s,])(,?\s+)(?=(?:as|when|while)\s)/gu, needs: 'finite' },
  // "… because of its failure to police the threats …", "… due to a failure to moderate …".
  // A purpose ("in order to rescue Twitter …") stays: it is the claim's point.
  { name: 'because-of', pattern: /(?<![\s,])(,?\s+)(?=(?:because of|due to|in response to|in retaliation for|as a result of)\s)/gu, needs: 'nothing' },
  // "Parler responded to this removal by filing a lawsuit against Amazon"
  { name: 'by-doing', pattern: /(?<![\s,])(,?\s+)(?=by\s+(?:not\s+)?\p{Ll}+ing\s)/gu, needs: 'nothing' },
  // "…, claiming breach of contract", "…, suspending it from their app store Friday"
  { name: 'participle', pattern: /(,\s+)(?=\p{Ll}{2,}ing\s)(?!(?:including|according|regarding|concerning|during|following)\s)/gu, needs: 'nothing' },
  // "… refusing to host Parler online and ultimately forcing the free speech platform offline"
  { name: 'and-doing', pattern: /(?<![\s,])(,?\s+)(?=(?:and|but)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing\s+(?:the|a|an|its|his|her|their|it|them|him|\p{Lu}))(?!(?:and|but)\s+(?:including|according|during)\s)/gu, needs: 'nothing' },
  // "… from blackballing Parler and claims Amazon Web Services is violating …", "… for political reasons and to reduce its overall competition"
  { name: 'and-verb', pattern: /(?<!\s)(\s+)(?=and\s+(?:\p{Ll}+ly\s+)?(?:claims|says|alleges|argues|contends|accuses|insists|denies|seeks|wants|plans|warns|adds|notes|to\s+\p{Ll}{2,})\s)/gu, needs: 'nothing' },
  // "…, and the company had warned the platform of their plans", "…, but AWS has no plans …"
  { name: 'and-clause', pattern: /(,\s+)(?=(?:and|but|yet)\s)/gu, needs: 'finite' },
];

// "Parler, the renowned alternative social media platform that is preferred by the
// far-right, has reportedly sued Amazon": the description and the act are two claims.
const APPOSITIVE = /^\s*(?:\p{Lu}[\p{L}\p{N}&.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.’'-]*,\s+(?:the|a|an)\s[^,;—–]{3,160}?,\s+(?=(?:\p{Ll}+ly\s+)?(?:has|have|had|is|are|was|were|will|would|could|can|may|might|\p{Ll}{2,}ed|said|told|sued)\s)/u;

const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;
// Words that carry no fact of their own: "The suit comes" says nothing until "as Google …".
const SLIGHT = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that', 'this', 'these',
  'those', 'it', 'its', 'his', 'her', 'their', 'our', 'they', 'he', 'she', 'we', 'them', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be',
  'been', 'will', 'would', 'could', 'should', 'can', 'may', 'come', 'comes', 'came', 'after', 'before', 'since', 'following', 'while', 'when',
  'because', 'also', 'just', 'then', 'than', 'there', 'who', 'which', 'not', 'so', 'too', 'either', 'even']);

/** How many words of a text say something: "The suit comes" has one. */
export function contentWords(text: string): number {
  return (text.match(WORD) ?? []).filter((w) => !SLIGHT.has(w.toLowerCase())).length;
}

/** Fewer content words than this do not stand as a clause of their own: "after", "on claims that", "The suit comes". */
export const MIN_CLAUSE_WORDS = 2;
const count = contentWords;

/**
 * Splits the span `start`–`end` of an article into clauses, each a fact of its own:
 * at semicolons, a lone dash, non-restrictive "which"/"who", connectives that open a
 * clause ("after the tech titan forced …", "because of its failure to police …",
 * "by filing a lawsuit …", "in response to being de-platformed"), a participle after a
 * comma (", claiming …"), and a sentence-opening name's appositive ("Parler, the
 * hottest new social media platform, | has filed a lawsuit …"). A connective is cut
 * only when a verb follows it: "following last week’s riots" stays. Pieces shorter
 * than three words stay with the clause before them. Cuts are read on `masked` (the
 * text with quoted words blanked), so quotes are never split. Offsets are exact;
 * separators (commas, semicolons, dashes) at a clause's edges are left out.
 *
 * @example splitClauses(text, text, 0, text.length) // for "Parler sued Amazon on Monday after AWS cut it off."
 *   // [{start: 0, end: 28}, {start: 29, end: 50}]: "Parler sued Amazon on Monday", "after AWS cut it off."
 */
export function splitClauses(text: string, masked: string, start: number, end: number): ClauseSpan[] {
  const slice = masked.slice(start, end);
  const cuts = new Set<number>();
  const appositive = APPOSITIVE.exec(slice);
  if (appositive) cuts.add(appositive[0].length);
  const dashes = [...slice.matchAll(/\s[—–]\s/gu)];
  if (dashes.length === 1) cuts.add(dashes[0]!.index! + dashes[0]![0].length);
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of slice.matchAll(rule.pattern)) {
      const at = m.index! + (m[1]?.length ?? 0);
      if (holds(rule, slice.slice(at))) cuts.add(rule.name === 'connective' ? withTime(slice, at) : at);
    }
  }
  const points = [0, ...[...cuts].filter((c) => c > 0 && c < slice.length).sort((a, b) => a - b), slice.length];
  const pieces: ClauseSpan[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece = trim(text, start + points[i]!, start + points[i + 1]!);
    if (piece.end <= piece.start) continue;
    const last = pieces[pieces.length - 1];
    // A slight piece stays with the clause before it ("…, too."), or the next one if first.
    if (last && (count(text.slice(piece.start, piece.end)) < MIN_CLAUSE_WORDS || count(text.slice(last.start, last.end)) < MIN_CLAUSE_WORDS)) last.end = piece.end;
    else pieces.push(piece);
  }
  return pieces;
}

// "The suit came hours after …", "… just weeks after …": how long after goes with the connective.
const SPANS = new Set(['hours', 'days', 'weeks', 'months', 'years', 'minutes', 'moments']);
const HOW_SOON = new Set(['just', 'only', 'shortly', 'mere', 'few', 'several', 'some', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const SOON = new Set(['just', 'shortly', 'soon', 'right', 'long', 'only']);

/** The cut moved back over the time before a connective; words are read one by one, not by a regex anchored at the end. */
function withTime(slice: string, at: number): number {
  const words = [...slice.slice(Math.max(0, at - 40), at).matchAll(/[\p{L}\p{N}]+/gu)];
  const offset = Math.max(0, at - 40);
  const last = words[words.length - 1];
  if (!last || /\S/u.test(slice.slice(offset + last.index! + last[0].length, at))) return at;
  const word = last[0].toLowerCase();
  if (SOON.has(word)) return offset + last.index!;
  if (!SPANS.has(word)) return at;
  const before = words[words.length - 2];
  if (before && (HOW_SOON.has(before[0].toLowerCase()) || /^\p{N}+$/u.test(before[0])) && !/\S/u.test(slice.slice(offset + before.index! + before[0].length, offset + last.index!))) return offset + before.index!;
  return offset + last.index!;
}

/** Whether the rest of the sentence after a cut reads as a clause, as the rule needs. */
function holds(rule: Rule, rest: string): boolean {
  if (rule.needs === 'nothing') return true;
  // Up to the next comma or semicolon: "as a result, the company …" is not an "as" clause.
  // The clause after the connective, up to a comma, a relative pronoun or "and": in "since the
  // November election that Trump has tried to undermine" the verb is the relative clause's.
  const clause = rest.replace(/^[\p{L}\p{N}]+\s+(?:(?:hours|days|weeks|months|years|minutes|moments|of|to)\s+)?(?:after|following|before|since|until|as|when|while|because)?/u, ' ').split(/[,;]|\s(?:that|which|who)\s|\sand\s+(?:has|have|had|is|are|was|were)\s/u)[0]!;
  if (rule.needs === 'finite') return FINITE.test(clause);
  return FINITE.test(clause) || NONFINITE.test(clause);
}

/** The piece without surrounding spaces and separators: commas, semicolons, colons, dashes. */
function trim(text: string, start: number, end: number): ClauseSpan {
  while (start < end && /[\s,;:—–]/u.test(text[start]!)) start++;
  while (end > start && /[\s,;:—–]/u.test(text[end - 1]!)) end--;
  return { start, end };
}
