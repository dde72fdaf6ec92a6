import type { Descriptor } from '../../model/comparison.js';
import { TITLES } from '../quotes/lexicon.js';
import { sentenceAround, type ArticleView } from './article-view.js';
import { categoryFamily } from './category-words.js';
import { FUNCTION_WORDS, VERB_WORDS } from './extend-phrase.js';
import type { ActorMention } from './find-actor-mentions.js';
import { makeDescriptor } from './make-descriptor.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;
/**
 * The phrase is at most seven words, so it lies within this many characters before the
 * name (seven words of 40 letters); reading no further keeps a 100 KB sentence with
 * thousands of names linear.
 */
const REACH = 300;

/**
 * A category noun with its modifiers right before a name: "in direct competition with
 * social media giant Twitter" → "social media giant"; "the popular social media platform
 * Twitter" → "the popular social media platform". Titles ("CEO John Matze", "founder Jeff
 * Bezos") are roles, not framing, and are left out; so is a bare noun ("giant Twitter").
 */
export function findCloseAppositives(view: ArticleView, mentions: readonly ActorMention[]): Descriptor[] {
  const { text } = view.article;
  const out: Descriptor[] = [];
  for (const m of mentions) {
    if (!m.actor.main) continue;
    const sentence = sentenceAround(view, m.start);
    const from = Math.max(sentence.start, m.start - REACH);
    const words = [...text.slice(from, m.start).matchAll(WORD)].map((w) => ({ text: w[0], start: from + w.index, end: from + w.index + w[0].length }));
    // A word cut by the reach is not a word.
    if (from > sentence.start && words[0]?.start === from && /[\p{L}\p{N}’'-]/u.test(text[from - 1]!)) words.shift();
    const head = words[words.length - 1];
    if (!head || !/^ $/.test(text.slice(head.end, m.start)) || !/^\p{Ll}/u.test(head.text)) continue;
    if (!categoryFamily(head.text) || TITLES.has(head.text.toLowerCase())) continue;
    let first = words.length - 1;
    while (first > 0 && words.length - first <= 5) {
      const w = words[first - 1]!;
      const lower = w.text.toLowerCase();
      const joined = /^\s+$/.test(text.slice(w.end, words[first]!.start));
      if (!joined || !/^\p{Ll}/u.test(w.text) || FUNCTION_WORDS.has(lower) || VERB_WORDS.has(lower)) break;
      first--;
    }
    const det = words[first - 1];
    const withDet = det && /^(?:the|a|an)$/i.test(det.text) && /^\s+$/.test(text.slice(det.end, words[first]!.start)) ? first - 1 : first;
    if (withDet === words.length - 1) continue;
    out.push(makeDescriptor(view, m, words[withDet]!.start, head.end, 'appositive', 'close-appositive'));
  }
  return out;
}
