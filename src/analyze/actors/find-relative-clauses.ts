import type { Descriptor } from '../../model/comparison.js';
import type { ArticleView } from './article-view.js';
import { extendPhrase, PREPOSITIONS, wordBefore } from './extend-phrase.js';
import type { ActorMention } from './find-actor-mentions.js';
import { makeDescriptor } from './make-descriptor.js';

const RELATIVE = /^,\s+(?=(?:which|who|whose)\b)/;

/**
 * Non-restrictive relative clauses after a name: "Parler, which launched in 2018, has …" →
 * "which launched in 2018". Left out when the name follows a preposition, where the clause
 * may belong to the noun before it: "its contract with Parler, which requires AWS to …".
 */
export function findRelativeClauses(view: ArticleView, mentions: readonly ActorMention[], maxWords: number): Descriptor[] {
  const { text } = view.article;
  const out: Descriptor[] = [];
  for (const m of mentions) {
    if (!m.actor.main) continue;
    const opening = RELATIVE.exec(text.slice(m.end, m.end + 20));
    if (!opening) continue;
    if (PREPOSITIONS.has(wordBefore(view, m.start))) continue;
    const start = m.end + opening[0].length;
    const extent = extendPhrase(view, start, maxWords);
    if (!extent || extent.words < 2) continue;
    out.push(makeDescriptor(view, m, start, extent.end, 'relative', 'relative'));
  }
  return out;
}
