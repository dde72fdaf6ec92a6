import type { Descriptor } from '../../model/comparison.js';
import type { ArticleView } from './article-view.js';
import { familiesIn } from './category-words.js';
import { extendPhrase, phraseCore, PREPOSITIONS, wordBefore } from './extend-phrase.js';
import type { ActorMention } from './find-actor-mentions.js';
import { makeDescriptor } from './make-descriptor.js';

const COPULA = /^\s+(?:is|was|remains|became|has become|has been|had been)\s+(?=(?:a|an|the)\s)/;

/**
 * A name said to be a kind of thing: "Parler is a social network highly favored by
 * far-right conservative parties …" → "a social network highly favored by …". Reported as
 * kind `appositive`, pattern `copula`. The predicate must name a category (network,
 * platform, company, billionaire …) in its noun phrase, so "Parler is a violation of …"
 * is not a description; a name after a preposition is not the subject and is skipped.
 */
export function findCopulaDescriptions(view: ArticleView, mentions: readonly ActorMention[], maxWords: number): Descriptor[] {
  const { text } = view.article;
  const out: Descriptor[] = [];
  for (const m of mentions) {
    if (!m.actor.main) continue;
    const opening = COPULA.exec(text.slice(m.end, m.end + 30));
    if (!opening) continue;
    if (PREPOSITIONS.has(wordBefore(view, m.start))) continue;
    const start = m.end + opening[0].length;
    const extent = extendPhrase(view, start, maxWords);
    if (!extent || extent.words < 2) continue;
    if (familiesIn(phraseCore(text.slice(start, extent.end))).length === 0) continue;
    out.push(makeDescriptor(view, m, start, extent.end, 'appositive', 'copula'));
  }
  return out;
}
