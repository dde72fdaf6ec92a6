import type { QuoteKind } from '../../model/types.js';

// Words that introduce a name rather than a statement: the phrase “Hang Mike Pence”,
// the show “Mornings with Maria”, a hashtag, a nickname, a so-called label.
const NAMING = /\b(?:titled|entitled|named|dubbed|nicknamed|known as|billed as|branded|so-called|the (?:[\p{L}-]+\s+){0,2}(?:phrase|term|word|words|slogan|hashtag|motto|headline|caption|chant|show|programme|program|film|movie|documentary|book|memoir|novel|poem|essay|song|anthem|album|series|podcast|column|newsletter|magazine|newspaper|segment|play|musical|opera|exhibition|campaign|initiative|operation|nickname|moniker|pseudonym|alias|pen name|code ?name|handle|label|brand|app|game)|chants? of|chanting|hashtag|trending|slogan|nickname)\s*$/iu;
// Prepositions before a title: on “Mornings with Maria”, in “The Guardian”.
const TITLE_PREPOSITION = /\b(?:on|in|from|at|to|of|watching|watched|read|reading|wrote)\s*$/i;
// Verbs whose object is a programme or a work: told “Sunday Politics Hour”, an interview
// with “This Morning in the Capitol”, Sam Cole hosts “Late Night Live”, who starred in “Harbor Lights”.
const TITLE_VERB = /\b(?:told|tells|telling|(?:interview|interviews|appearance|conversation|sit-down)\s+with|hosts?|hosted|hosting|co-hosts?|anchors?|anchored|stars|starred|starring|airs|aired)\s*$/i;
// A possessive before a title names its outlet or maker: NBC's “Meet the Press”,
// Fox News' “The Kelly File”, Wednesday's “Evening Desk”, the mayor's “We Will Not Wait” message.
const POSSESSIVE = /[\p{L}\p{N}.](?:['’]s|s['’])$/u;
// A kind of work before its title: his memoir, “Rows to Hoe”; the campaign's new spot,
// “Buses Now”; a show called “Town Talk”; their new book “The Long Ride Home Again”.
const WORK = String.raw`(?:show|programme|program|series|sitcom|drama|thriller|comedy|film|movie|documentary|biopic|book|memoir|novel|biography|play|musical|song|album|spot|ad|advert|commercial|video|column|essay|podcast|blog|newsletter|website|site|initiative|campaign|slogan)s?`;
const WORK_BEFORE_TITLE = new RegExp(String.raw`\b${WORK}(?:,|\s+(?:called|titled|entitled|named))?\s*$`, 'i');
// A title followed by what it is: “Harbor Lights,” a film about the port; “Fields of
// Plenty,” a 2019 book; “Born to Run the City,” the band's first song.
const WORK_AFTER_TITLE = new RegExp(String.raw`^\s*(?:,\s*)?(?:a|an|the)\s+(?:[\p{L}\p{N}-]+,?\s+){0,3}?${WORK}\b`, 'iu');
// What a title modifies, right after it: the “Make America Great Again” hat, the “Late
// Night Live” host, the “Grow Our Towns Again” signs, a “Harbor Lights” star.
const TITLE_HEAD = /^\s*(?:star|stars|co-?stars?|host|hosts|co-?hosts?|anchor|actor|actress|cast|creator|producer|showrunner|author|episode|episodes|season|series|show|program|programme|segment|broadcast|hat|hats|cap|caps|shirt|shirts|t-shirts?|sign|signs|banner|banners|sticker|stickers|button|buttons|slogan|motto|hashtag|initiative|campaign|ad|ads|advert|commercial|video|movie|film|book|memoir|novel|song|album|tour|franchise|podcast|column|rally)\b/i;
// A work cited with its author: “The Long Furrow” by Tom Vance; a headline cited with
// its reporter, “Why farm bills stall,” by the Ledger's Ana Cole.
const BY_AUTHOR = /^\s*(?:,\s*)?by\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u;
// A quote after another one, in a list: on “The Evening Desk” and “Plain Talk”; roles in
// “Harbor Lights,” “Town Talk,” and “Fields of Plenty”. The earlier quote is blank in the masked text.
const AFTER_QUOTE = /[“"‘'«]\s*[”"’'»]\s*(?:,|;|,?\s*(?:and|or|&))?$/u;
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'vs', 'vs.', 'de', 'la', 'le']);

export interface SpanContext {
  /** The quote's words. */
  inner: string;
  /** Masked text from the start of the sentence to the opening mark. */
  before: string;
  /** Masked text from the closing mark to the end of the paragraph. */
  after: string;
  /** The quote continues one opened in the previous paragraph. */
  continuation: boolean;
}

/**
 * Decides what a quoted span is:
 * - `mention` for names, titles and defined terms: (“AWS”), the phrase “Hang Mike Pence”,
 *   on “Mornings with Maria”;
 * - `direct` when it stands as whole sentence(s): “It is over,” she said. / She said: “It is over.”
 * - `partial` when it is a fragment inside the outlet's own sentence: told users to “hold on”.
 * A short partial with no speaker can still become a scare-quote mention later.
 */
export function classifySpan(c: SpanContext): QuoteKind {
  const inner = c.inner.trim();
  // (?<!…): each pattern anchored at the end is tried from the start of a run only, so a long run is read once.
  const before = c.before.replace(/(?<!\s)\s+$/, '');
  if (/\(\s*$/.test(before) && /^\s*\)/.test(c.after)) return 'mention';
  if (NAMING.test(before)) return 'mention';
  const bareInner = inner.replace(/[,.]$/, '');
  const titled = isTitleCase(bareInner) && !/[.!?,]/.test(bareInner.slice(0, -1).replace(/,/g, ''));
  if (titled && (titleBefore(before) || TITLE_HEAD.test(c.after) || WORK_AFTER_TITLE.test(c.after))) return 'mention';
  // A headline cited whole ends in a comma: “Why farm bills stall,” by the Ledger's Ana Cole.
  // Not a partial quote: “If the permits had come on time” by the county, …
  if (BY_AUTHOR.test(c.after) && (titled || (/,$/.test(inner) && /^$|[—–(:•-]$/.test(before)))) return 'mention';
  // A nickname between the parts of a name: Darnell “The Hammer” Okoye.
  if (/\p{Lu}/u.test(wordBefore(before)) && /^\s+\p{Lu}/u.test(c.after) && isTitleCase(bareInner) && !/[.!?,]$/.test(inner)) return 'mention';
  if (c.continuation) return 'direct';
  const startsSentence = /^[\p{Lu}\p{N}…"'“‘[(]|^\.\.\./u.test(inner);
  const introduced = before === '' || /[,:—–]$/.test(before);
  if (startsSentence && introduced) return 'direct';
  // "…,” Matze said" with nothing before: whole sentence even when it starts lowercase after an ellipsis.
  if (before === '' && /^[…]|^\.\.\./.test(inner)) return 'direct';
  return 'partial';
}

/**
 * Whether the words before a title-case quote introduce a title: a preposition, a verb
 * that takes a programme, a possessive outlet, a kind of work; or another quote that
 * does, with "and" or a comma between (on “The Evening Desk” and “Plain Talk”).
 */
function titleBefore(before: string): boolean {
  // Every pattern here is anchored at the end: the last 160 characters are enough.
  let rest = before.length > 160 ? before.slice(-160) : before;
  for (let k = 0; k < 4; k++) {
    if (TITLE_PREPOSITION.test(rest) || TITLE_VERB.test(rest) || POSSESSIVE.test(rest) || WORK_BEFORE_TITLE.test(rest) || NAMING.test(rest)) return true;
    const listed = AFTER_QUOTE.exec(rest);
    if (!listed) return false;
    rest = rest.slice(0, listed.index).replace(/(?<!\s)\s+$/, '');
  }
  return false;
}

const WORD_AT_END = /(?<![\p{L}’'.-])[\p{L}’'.-]*$/u;

/**
 * The run of letters that ends `before`. A pattern anchored at the end is tried from every
 * position, so it reads the last 64 characters, and all of `before` only when the run may
 * start further back (or a surrogate pair was cut).
 */
function wordBefore(before: string): string {
  if (before.length <= 64) return WORD_AT_END.exec(before)![0];
  const found = WORD_AT_END.exec(before.slice(-64))!;
  return found.index <= 1 ? WORD_AT_END.exec(before)![0] : found[0];
}

/**
 * "Mornings with Maria", "The Daily Show": every major word capitalised, at most eight
 * words, or fourteen with a subtitle ("The Road Home: A Mayor’s Year in Office and
 * What the Buses Taught Her").
 */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > (/\p{L}:\s/u.test(text) ? 14 : 8)) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && MINOR.has(w.toLowerCase())));
}
