import { SENTENCE_STARTERS } from '../sentences/abbreviations.js';

// Capitalised words that open sentences or name days but are no one: "The", "However",
// "Clearly", "Monday".
const NOT_NAMES = new Set([
  ...SENTENCE_STARTERS,
  'clearly', 'sure', 'due', 'speaking', 'given', 'following', 'amid', 'like', 'unlike', 'whether', 'even', 'only', 'just',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'yesterday', 'today', 'tomorrow',
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'ceo', 'chief',
]);

// A name: capitalised words, initials and acronyms in a row ("Amazon Web Services",
// "John F. Kennedy", "AWS"), optionally after a title ("Sen.", "President").
const NAME = /(?<![\p{L}\p{N}’'-])(?:\p{Lu}[\p{L}\p{N}&.-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}&.-]*|of|de|van|von|al|bin))*(?:\s+\(\p{Lu}+\))?(?=\s)/gu;

// What a named actor does next: an auxiliary or modal, a past tense, or a common
// present-tense verb, after at most one adverb ("Parler specifically cited …").
const ADVERB = String.raw`(?:\p{Ll}+ly|also|just|still|then|now|already|never|not|further|too|again|soon|later)`;
const AUXILIARY = String.raw`(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|did|does|do|won’t|won't|didn’t|didn't|doesn’t|doesn't|isn’t|isn't|wasn’t|wasn't|hasn’t|hasn't)`;
const IRREGULAR = String.raw`(?:said|told|sued|went|cut|took|made|gave|began|became|left|ran|won|lost|sent|wrote|spoke|put|set|hit|paid|sold|bought|brought|thought|found|got|held|kept|led|met|saw|knew|came|read|shut|fell|rose|grew|drew|threw|chose|struck|stood|sought|taught|caught|built|spent|meant|felt|heard|dealt|quit|let|bid|withdrew|overtook|undertook|forbade|fled|hung|slid|swore|tore|wore|woke|broke|stole|rode|drove|flew|froze|shook|forgot|forgave)`;
const PRESENT = String.raw`(?:says|tells|sues|claims|argues|contends|alleges|wants|seeks|plans|faces|denies|insists|reports|warns|accuses|calls|gets|makes|takes|gives|needs|hopes|expects|believes|thinks|knows|agrees|admits|adds|asks|blames|cites|confirms|continues|declines|defends|disputes|estimates|explains|files|goes|hosts|joins|launches|leaves|maintains|notes|offers|provides|refuses|rejects|removes|responds|sees|shows|signs|suspends|threatens|vows|writes|announces|bans|blocks|buys|sells|owns|runs|uses|wins|loses|follows|remains|becomes|comes|keeps|holds|pays|spends|stands|works|appears|tries|lets|puts|sets|cuts|hits|opens|closes|starts|ends|raises|moves|returns)`;
const VERB = new RegExp(String.raw`^\s+(?:${ADVERB}\s+)?(?:${AUXILIARY}|${IRREGULAR}|${PRESENT}|\p{Ll}{2,}ed)(?![\p{L}’'-])`, 'u');

/**
 * True when a sentence has a named actor doing something: a capitalised name followed
 * by its verb. Kept simple and general: no parse, just a name, at most one adverb, and
 * a verb form (auxiliary, past tense, or a common present-tense verb). A possessive
 * ("Parler’s users") or a name used as a modifier ("Parler users") is not an actor.
 * Without a lexicon a noun opening the sentence looks like a name ("Retailers were
 * given …" counts); function words and adverbs that open sentences do not.
 *
 * @example hasActor('Twitter declined to comment.') // true
 * @example hasActor('Parler specifically cited the deal.') // true
 * @example hasActor('The suit came hours later.') // false
 */
export function hasActor(text: string): boolean {
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const name = m[0];
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    // "The" or "However" alone is no name; "The Washington Post" has one after the opener.
    const named = words.filter((w) => !NOT_NAMES.has(w.replace(/[.]$/, '').toLowerCase()));
    if (named.length === 0) continue;
    if (VERB.test(text.slice(m.index + name.length))) return true;
  }
  return false;
}
