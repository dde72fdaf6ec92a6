import type { Descriptor } from '../../model/comparison.js';
import { TITLES } from '../quotes/lexicon.js';
import { sentenceAround, type ArticleView } from './article-view.js';
import { familiesIn } from './category-words.js';
import { extendPhrase, phraseCore, VERB_WORDS } from './extend-phrase.js';
import type { ActorMention } from './find-actor-mentions.js';
import { makeDescriptor } from './make-descriptor.js';

// After "Name, " or "Name — ": a determiner, a possessive name ("Parler’s chief policy officer") or a title word ("chief executive of Parler").
const OPENS_PHRASE = /^(,|\s*[—–]|\s+-)\s+(?=(?:the|a|an|another|its|his|her|their)\s|\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*){0,3}[’']s\s|([\p{L}-]+)\s)/u;
// An opening phrase without a comma before the name makes the comma end that phrase:
// "After Amazon cut off Parler, the company sued" is no appositive.
const INTRODUCER = /^[\s“‘"']*(?:after|when|because|since|while|if|although|though|as|before|until|once|unless|whether|where|whereas|in|on|at|for|with|by|from|without|despite|following|unlike|like|against|amid|under|over|through|during|due|thanks|according|to|of)\b/i;

/**
 * Appositives after a name, between commas or closing the sentence:
 * "Parler, the hottest new social media platform, has filed" → "the hottest new social media platform";
 * "Amy Peikoff, Parler's chief policy officer, said" → "Parler's chief policy officer";
 * "Parler, a conservative microblogging alternative and competitor to Twitter," → "a conservative …";
 * "to protect Twitter — another Amazon client — from competition" → "another Amazon client".
 * Rejected: phrases that hold a verb ("Parler, the company said,"), commas that close an
 * opening clause ("After Amazon cut off Parler, the company sued"), and at a sentence end
 * phrases without a category noun or title (a clause can end a sentence as well).
 */
export function findAppositives(view: ArticleView, mentions: readonly ActorMention[], maxWords: number): Descriptor[] {
  const { text } = view.article;
  const out: Descriptor[] = [];
  for (const m of mentions) {
    if (!m.actor.main) continue;
    const opening = OPENS_PHRASE.exec(text.slice(m.end, m.end + 80));
    if (!opening) continue;
    const dash = opening[1] !== ',';
    const title = opening[2];
    if (title && !(TITLES.has(title.toLowerCase()) && /^(?:\p{Ll}|\p{Lu}+$)/u.test(title))) continue;
    const sentence = sentenceAround(view, m.start);
    const before = text.slice(sentence.start, m.start);
    if (INTRODUCER.test(before) && !before.includes(',')) continue;
    const start = m.end + opening[0].length;
    const extent = extendPhrase(view, start, maxWords);
    if (!extent || extent.words < 2) continue;
    const phrase = text.slice(start, extent.end);
    const core = phraseCore(phrase);
    if (core.toLowerCase().split(/[^\p{L}’']+/u).some((w) => VERB_WORDS.has(w))) continue;
    if (dash ? extent.closedBy !== 'dash' && extent.closedBy !== 'sentence' : extent.closedBy === 'dash' || extent.closedBy === 'other') continue;
    const closed = extent.closedBy === (dash ? 'dash' : 'comma');
    if (!closed && familiesIn(core).length === 0 && !core.split(/\s+/).some((w) => TITLES.has(w.toLowerCase()))) continue;
    out.push(makeDescriptor(view, m, start, extent.end, 'appositive', 'comma-appositive'));
  }
  return out;
}
