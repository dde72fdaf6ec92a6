import { firstIndex } from '../../model/first-index.js';
import type { Descriptor } from '../../model/comparison.js';
import { isInQuote, paragraphAt, type ArticleView } from './article-view.js';
import { categoryFamily, fitsActor, type CategoryFamily } from './category-words.js';
import { FUNCTION_WORDS, VERB_WORDS } from './extend-phrase.js';
import type { ActorMention } from './find-actor-mentions.js';
import { makeDescriptor } from './make-descriptor.js';

const THE = /\bthe\s+/gi;
// A word and what follows it; a possessive ending stays outside: "the conservative platform’s popularity".
const WORD = /^([\p{L}\p{N}](?:[\p{L}\p{N}-]|[’'](?![sS]\b)(?=[\p{L}]))*)(\s+|(?=[^\p{L}\p{N}]|$))/u;
// Modifiers that point at a referent instead of describing it: "the same platform", "the other site".
const REFERENTIAL = new Set(['same', 'other', 'only', 'first', 'second', 'third', 'last', 'next', 'former', 'latter', 'entire', 'whole', 'own', 'said', 'such', 'above', 'following', 'previous', 'latest', 'rival']);
// Nouns that continue a compound, so the category word was a modifier: "the cloud service provider", "the app store".
const CONTINUES = /^(?:\p{Lu}|(?:store|stores|market|industry|provider|providers|business|owner|owners|users?|account|accounts|policy|policies|team|model|space|sector|giants|companies|platforms|apps|sites)\b)/u;

/** A label found in text, before it is given to an actor. */
interface Candidate {
  start: number;
  end: number;
  family: CategoryFamily;
}

/**
 * Definite descriptions that stand for an actor: "after the tech titan forced the
 * controversial social network to go dark" → "the tech titan" (Amazon), "the controversial
 * social network" (Parler). A label is "the", one to five modifiers (no function words,
 * verbs or names) and a singular category noun (see `category-words.ts`); bare "the
 * company" is anaphora, not framing, and is left out, as are labels inside quote marks.
 *
 * Attribution walks back from the label through the names (and labels already given)
 * in its paragraph and the one before: the first main actor whose kind fits the noun
 * gets it. A name of an actor that is not a main one but could fit stops the walk with
 * no attribution: a label is left out rather than given to the wrong actor.
 * Limit: recency is the only guide, so "Parler sued Amazon, and the conservative company
 * …" gives "the conservative company" to Amazon.
 */
export function findLabels(view: ArticleView, mentions: readonly ActorMention[], known: ReadonlyMap<string, ReadonlySet<CategoryFamily>>, taken: readonly Descriptor[]): Descriptor[] {
  const { text, paragraphs } = view.article;
  const out: Descriptor[] = [];
  const given: ActorMention[] = [];
  // What the descriptors found so far cover, and the mentions in text order: looking
  // through all of them for each label takes hours on a 10 MB text.
  const covered = new Uint8Array(text.length);
  for (const d of taken) covered.fill(1, d.start, d.end);
  const inOrder = mentions.map((m, k) => ({ m, k })).sort((a, b) => a.m.start - b.m.start || a.k - b.k).map((x) => x.m);
  for (const c of findCandidates(text)) {
    if (isInQuote(view, c.start, c.end) || covered.subarray(c.start, c.end).includes(1)) continue;
    const paragraph = paragraphAt(view.article, c.start);
    if (!(paragraphs[paragraph]!.start <= c.start && c.start < paragraphs[paragraph]!.end) || paragraphs[paragraph]!.kind !== 'body') continue;
    const earlier = walkBack(inOrder, given, c.start, paragraph);
    let chosen: ActorMention | null = null;
    for (const m of earlier) {
      if (!fitsActor(c.family, m.actor, known.get(m.actor.name))) continue;
      if (m.actor.main) chosen = m;
      break;
    }
    if (!chosen) continue;
    const d = makeDescriptor(view, chosen, c.start, c.end, 'label', 'definite-label');
    out.push(d);
    given.push({ ...chosen, start: c.start, end: c.end, paragraph, name: d.text });
  }
  return out;
}

/** How far back a label looks for its actor: the paragraph and the one before, up to this many characters. */
const REACH = 5000;

/**
 * The mentions and labels given so far that end before `at`, in its paragraph and the one
 * before, nearest first (mentions before labels at the same offset), within REACH.
 */
function* walkBack(mentions: readonly ActorMention[], given: readonly ActorMention[], at: number, paragraph: number): Generator<ActorMention> {
  let i = firstIndex(mentions, (m) => m.start >= at) - 1;
  let j = given.length - 1;
  while (i >= 0 || j >= 0) {
    const start = Math.max(i >= 0 ? mentions[i]!.start : -Infinity, j >= 0 ? given[j]!.start : -Infinity);
    if (start < at - REACH) return;
    // Same start: mentions first, in their order, then labels.
    let i0 = i;
    while (i0 >= 0 && mentions[i0]!.start === start) i0--;
    let j0 = j;
    while (j0 >= 0 && given[j0]!.start === start) j0--;
    for (const m of [...mentions.slice(i0 + 1, i + 1), ...given.slice(j0 + 1, j + 1)]) {
      if (m.paragraph < paragraph - 1) return;
      if (m.end <= at) yield m;
    }
    i = i0;
    j = j0;
  }
}


function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  THE.lastIndex = 0;
  for (let m = THE.exec(text); m; m = THE.exec(text)) {
    let at = m.index + m[0].length;
    const modifiers: string[] = [];
    for (let k = 0; k < 6; k++) {
      const w = WORD.exec(text.slice(at));
      if (!w) break;
      const word = w[1]!;
      const family = categoryFamily(word);
      const rest = text.slice(at + word.length);
      const nextWord = /^\s+([\p{L}-]+)/u.exec(rest)?.[1];
      if (family && /^\p{Ll}/u.test(word) && !(nextWord && /^\p{Ll}/u.test(nextWord) && categoryFamily(nextWord))) {
        // A bare "the platform" is anaphora; a category word followed by a noun was a modifier.
        const following = /^\s+(\S+)/u.exec(rest);
        const continues = (following !== null && CONTINUES.test(following[1]!)) || rest.startsWith('-');
        if (modifiers.length > 0 && !continues) out.push({ start: m.index, end: at + word.length, family });
        break;
      }
      const lower = word.toLowerCase();
      const hyphenName = /-/.test(word) && /^\p{Lu}/u.test(word);
      if ((!/^\p{Ll}/u.test(word) && !hyphenName) || FUNCTION_WORDS.has(lower) || VERB_WORDS.has(lower) || REFERENTIAL.has(lower) || /^\d/.test(word)) break;
      if (!/^\s+$/.test(w[2]!)) break;
      modifiers.push(word);
      at += w[0].length;
    }
  }
  return out;
}
