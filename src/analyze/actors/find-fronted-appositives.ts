import type { Descriptor } from '../../model/comparison.js';
import { sentenceAround, type ArticleView } from './article-view.js';
import { FUNCTION_WORDS, VERB_WORDS } from './extend-phrase.js';
import type { ActorMention } from './find-actor-mentions.js';
import { makeDescriptor } from './make-descriptor.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;
const DETERMINER = /^(?:the|a|an|another|its|his|her|their)$/i;
const POSSESSIVE = /^\p{Lu}[\p{L}\p{N}.&-]*[’']s$/u;
// The name must end its clause: "…to Twitter’s major competitor, Parler." — not "the service, Parler said".
const CLAUSE_END = /^\s*(?:[,.;:!?…—–)]|$)/;
/**
 * The phrase is at most eight words and a comma, so it lies within this many characters
 * before the name; reading no further keeps a 100 KB sentence with thousands of names linear.
 */
const REACH = 400;

/**
 * An appositive before the name it describes: "a pretty good reason to refuse service to
 * Twitter’s major competitor, Parler." → "Twitter’s major competitor". The phrase must
 * open with a determiner or a possessive name, hold no verb, and the name must close its
 * clause, so "After the ban, Parler sued" is not read as one.
 */
export function findFrontedAppositives(view: ArticleView, mentions: readonly ActorMention[]): Descriptor[] {
  const { text } = view.article;
  const out: Descriptor[] = [];
  for (const m of mentions) {
    if (!m.actor.main || !CLAUSE_END.test(text.slice(m.end, m.end + 3)) || /^[’']/.test(text.slice(m.end, m.end + 1))) continue;
    const sentence = sentenceAround(view, m.start);
    const from = Math.max(sentence.start, m.start - REACH);
    const before = text.slice(from, m.start);
    const comma = /,\s+$/.exec(before);
    if (!comma) continue;
    const chunk = before.slice(0, comma.index);
    const words = [...chunk.matchAll(WORD)];
    // A word cut by the reach is not a word.
    if (from > sentence.start && words[0]?.index === 0 && /[\p{L}\p{N}’'-]/u.test(text[from - 1]!)) words.shift();
    let first = words.length;
    let opened = false;
    while (first > 0 && words.length - first < 8) {
      const w = words[first - 1]!;
      const joined = first === words.length || /^\s+$/.test(chunk.slice(w.index + w[0].length, words[first]!.index));
      if (!joined) break;
      if (DETERMINER.test(w[0]) || POSSESSIVE.test(w[0])) {
        first--;
        opened = true;
        break;
      }
      const lower = w[0].toLowerCase();
      if (!/^\p{Ll}/u.test(w[0]) || FUNCTION_WORDS.has(lower) || VERB_WORDS.has(lower)) break;
      first--;
    }
    const head = words[words.length - 1];
    if (!opened || !head || words.length - first < 2 || !/^\p{Ll}/u.test(head[0])) continue;
    if (chunk.slice(head.index + head[0].length).trim() !== '') continue;
    const start = from + words[first]!.index;
    out.push(makeDescriptor(view, m, start, from + head.index + head[0].length, 'appositive', 'comma-appositive'));
  }
  return out;
}
