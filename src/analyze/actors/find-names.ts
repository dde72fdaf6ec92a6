import { TITLES } from '../quotes/lexicon.js';
import { isInQuote, type ArticleView } from './article-view.js';

/** A capitalised name as written in an article body. */
export interface NameMention {
  /** The name without possessive ending or titles: "Parler’s" → "Parler", "CEO John Matze" → "John Matze". */
  name: string;
  start: number;
  end: number;
  paragraph: number;
  /** The name opens its sentence, where every word is capitalised anyway. */
  initial: boolean;
  /** A title stood right before it: "CEO John Matze", "President Trump". */
  titled: boolean;
  /** "the" stood before it, maybe with capitalised words between: "the Sherman Antitrust Act", "the U.S. Capitol" are things or places. */
  afterThe: boolean;
  inQuote: boolean;
}

// Capitalised words that are not names, or not names of actors.
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our',
  'my', 'your', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'so', 'if', 'as', 'by', 'from', 'with', 'after', 'before', 'when', 'while',
  'according', 'although', 'though', 'however', 'moreover', 'further', 'furthermore', 'additionally', 'meanwhile', 'last', 'next',
  'every', 'some', 'many', 'most', 'thus', 'also', 'clearly', 'sure', 'due', 'during', 'speaking', 'what', 'who', 'which', 'why', 'how',
  'where', 'there', 'here', 'nobody', 'finally', 'instead', 'since', 'until', 'because', 'despite', 'even', 'still', 'yet', 'then',
  'now', 'today', 'yesterday', 'related', 'source', 'embed', 'opinion', 'read', 'more', 'not', 'no', 'yes', 'all', 'one', 'two', 'to',
  'of', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'over', 'under', 'about', 'against', 'without', 'within', 'between', 'among', 'amid', 'following', 'unlike', 'like',
  'once', 'just', 'only', 'other', 'another', 'such', 'both', 'each', 'either', 'neither', 'any', 'none', 'several', 'few', 'first',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'inc', 'corp', 'ltd', 'llc', 'co', 'plc',
  // Court roles written before a party's name: "Defendant Twitter".
  'defendant', 'defendants', 'plaintiff', 'plaintiffs', 'petitioner', 'respondent', 'appellant', 'appellee',
]);
// Titles that split a run but say nothing about a person: "the U.S. Capitol", "State Department".
const THING_TITLES = new Set(['u.s', 'state', 'board', 'general', 'top', 'lead', 'head', 'senior', 'principal', 'member']);
const ABBREVIATED = /^(?:\p{Lu}\.)+$|^(?:Jr|Sr|St|Mr|Mrs|Ms|Dr)\.$/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*/gu;
const OPENERS = /[\s“‘"'«„(\[—–-]/;

interface Token {
  text: string;
  start: number;
  end: number;
  /** The run of names ends after this token (possessive, sentence end). */
  closes: boolean;
}

/**
 * Finds the capitalised names in an article's body paragraphs, run by run: "Parler CEO John
 * Matze said" gives "Parler" and "John Matze"; "Amazon Web Services’ decision" gives "Amazon
 * Web Services". Headlines and subheadings are skipped: in title case every word looks like a name.
 */
export function findNames(view: ArticleView): NameMention[] {
  const { text, paragraphs } = view.article;
  const out: NameMention[] = [];
  paragraphs.forEach((p, paragraph) => {
    if (p.kind !== 'body') return;
    let run: Token[] = [];
    const flush = () => {
      for (const piece of splitRun(run)) {
        // "Section 1", "Article 5": a capitalised word before a number is a reference, not a name.
        if (/^\s+\d/.test(text.slice(piece.tokens[piece.tokens.length - 1]!.end, p.end))) continue;
        out.push(toMention(view, piece, paragraph, p.start));
      }
      run = [];
    };
    const chunk = text.slice(p.start, p.end);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(chunk); m; m = TOKEN.exec(chunk)) {
      const token = cleanToken(m[0], p.start + m.index);
      const last = run[run.length - 1];
      const joined = last && !last.closes && /^ $/.test(text.slice(last.end, token?.start ?? m.index));
      if (!joined) flush();
      if (token) run.push(token);
      else flush();
    }
    flush();
  });
  return out;
}

/** A capitalised token without possessive or final period, or null for a lowercase word. */
function cleanToken(raw: string, start: number): Token | null {
  if (!/^\p{Lu}/u.test(raw)) return null;
  // "Seattle-based", "Amazon-owned": a name inside a lowercase compound is not a mention of its own.
  if (/-\p{Ll}/u.test(raw)) return null;
  let word = raw;
  let closes = false;
  if (word.endsWith('.') && !ABBREVIATED.test(word)) {
    word = word.replace(/(?<!\.)\.+$/, '');
    closes = true;
  }
  const possessive = /(?:[’']s|(?<=s)[’'])$/u.exec(word);
  if (possessive) {
    word = word.slice(0, possessive.index);
    closes = true;
  }
  word = word.replace(/(?<![’'&-])[’'&-]+$/, ''); // (?<!…): tried from the start of the run only
  if (word === '') return null;
  return { text: word, start, end: start + word.length, closes };
}

/** Splits a run at titles and at capitalised words that are no names: "Parler CEO John Matze" → [Parler] [John Matze]. */
function splitRun(run: Token[]): Array<{ tokens: Token[]; titled: boolean }> {
  const pieces: Array<{ tokens: Token[]; titled: boolean }> = [];
  let current: Token[] = [];
  let titled = false;
  let afterTitle = false;
  for (const t of run) {
    const lower = t.text.toLowerCase().replace(/\.$/, '');
    const isTitle = TITLES.has(lower);
    const stop = NOT_NAMES.has(lower) || (/^\p{Lu}{6,}$/u.test(t.text) && !isTitle);
    if (isTitle || stop) {
      if (current.length) pieces.push({ tokens: current, titled });
      current = [];
      afterTitle = isTitle && !THING_TITLES.has(lower);
      continue;
    }
    if (current.length === 0) titled = afterTitle;
    current.push(t);
  }
  if (current.length) pieces.push({ tokens: current, titled });
  return pieces;
}

function toMention(view: ArticleView, piece: { tokens: Token[]; titled: boolean }, paragraph: number, paragraphStart: number): NameMention {
  const { text } = view.article;
  const start = piece.tokens[0]!.start;
  const end = piece.tokens[piece.tokens.length - 1]!.end;
  let k = start;
  while (k > paragraphStart && OPENERS.test(text[k - 1]!)) k--;
  const initial = k === paragraphStart || /[.!?…:]/.test(text[k - 1]!);
  return {
    name: text.slice(start, end),
    start,
    end,
    paragraph,
    initial,
    titled: piece.titled,
    afterThe: /\bthe\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/iu.test(text.slice(Math.max(paragraphStart, start - 40), start)),
    inQuote: isInQuote(view, start, end),
  };
}
