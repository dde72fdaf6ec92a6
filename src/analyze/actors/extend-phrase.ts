import { sentenceAround, type ArticleView } from './article-view.js';
import { countWords } from './count-words.js';

/** Words that never sit inside a descriptive noun phrase before its head. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'as', 'that', 'which', 'who',
  'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'them', 'his', 'her', 'their', 'our', 'we', 'you', 'not',
  'no', 'so', 'than', 'then', 'if', 'when', 'while', 'after', 'before', 'because', 'into', 'onto', 'over', 'under', 'about', 'against',
  'between', 'through', 'during', 'without', 'within', 'where', 'there', 'here', 'what', 'how', 'why', 'all', 'any', 'each', 'every',
  'some', 'many', 'much', 'more', 'most', 'up', 'down', 'out', 'off', 'also', 'just', 'even', 'still', 'yet', 'very', 'too',
]);

/** Finite verbs and auxiliaries: a "noun phrase" holding one is a clause ("the company said"). */
export const VERB_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'shall', 'did', 'does', 'do', 'said', 'says', 'say', 'told', 'tells', 'sued', 'sues', 'filed', 'files', 'added', 'claimed',
  'claims', 'argued', 'argues', 'wrote', 'writes', 'reported', 'announced', 'went', 'goes', 'got', 'gets', 'made', 'makes', 'took',
  'takes', 'came', 'comes', 'grew', 'grows', 'began', 'begins', 'forced', 'cut', 'banned', 'removed', 'suspended', 'pulled',
]);

/** Prepositions: a name after one may be the object inside a bigger noun phrase ("a contract with Parler, which …"). */
export const PREPOSITIONS = new Set([
  'of', 'with', 'for', 'to', 'from', 'in', 'on', 'at', 'by', 'against', 'about', 'between', 'into', 'onto', 'over', 'under', 'than',
  'like', 'unlike', 'including', 'via', 'toward', 'towards', 'among', 'amid', 'behind', 'beyond', 'despite',
]);

export interface PhraseExtent {
  end: number;
  /** What ended it: a comma, a dash, the end of the sentence, or other punctuation (parenthesis, quote mark, colon). */
  closedBy: 'comma' | 'dash' | 'sentence' | 'other';
  words: number;
}

const STOP = /[,;:()—–“”"«»[\]]/;

/**
 * How far a phrase that starts at `from` runs: to the next comma, dash, parenthesis,
 * colon or quote mark, or to the end of its sentence ("Parler, the hottest new social
 * media platform, has filed" → the phrase ends before ", has"). Null when it has more
 * than `maxWords` words.
 */
export function extendPhrase(view: ArticleView, from: number, maxWords: number): PhraseExtent | null {
  const { text } = view.article;
  const sentence = sentenceAround(view, from);
  let end = from;
  let closedBy: PhraseExtent['closedBy'] = 'sentence';
  while (end < sentence.end) {
    const c = text[end]!;
    if (c === '\n') break;
    if (c === '-' && text[end - 1] === ' ' && text[end + 1] === ' ') {
      closedBy = 'dash';
      break;
    }
    if (STOP.test(c)) {
      closedBy = c === ',' ? 'comma' : c === '—' || c === '–' ? 'dash' : 'other';
      break;
    }
    end++;
  }
  while (end > from && /[\s.!?…]/.test(text[end - 1]!)) end--;
  const words = countWords(text.slice(from, end));
  if (words === 0 || words > maxWords) return null;
  return { end, closedBy, words };
}

/** The word just before `at` in its sentence, lowercased ("" at a sentence start). */
export function wordBefore(view: ArticleView, at: number): string {
  const s = sentenceAround(view, at);
  const last = /([\p{L}\p{N}’'-]+)[^\p{L}\p{N}]*$/u;
  // The last 200 characters first: searching a 1 MB sentence for each of its words takes hours.
  // The whole sentence only when they hold no word, or one that may go on before them.
  const from = Math.max(s.start, at - 200);
  let m = last.exec(view.article.text.slice(from, at));
  if (from > s.start && (!m || m.index === 0)) m = last.exec(view.article.text.slice(s.start, at));
  return m ? m[1]!.toLowerCase() : '';
}

/** The part of a description before any relative clause or prepositional tail: its noun phrase. */
export function phraseCore(description: string): string {
  const cut = /\s(?:that|which|who|whose|of|to|for|with|by|in|on|from|at|and)\s/i.exec(description);
  return cut ? description.slice(0, cut.index) : description;
}
