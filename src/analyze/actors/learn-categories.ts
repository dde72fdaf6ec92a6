import type { Descriptor } from '../../model/comparison.js';
import type { ArticleView } from './article-view.js';
import { categoryFamily, familiesIn, type CategoryFamily } from './category-words.js';
import type { ActorMention } from './find-actor-mentions.js';
import { phraseCore } from './extend-phrase.js';

/**
 * What the run itself calls each actor, from its appositives and predicates ("Parler,
 * the hottest new social media platform" → online; "social media giant Twitter" → online,
 * organisation) and from a name used as a modifier ("the Parler app" → online). Quoted
 * descriptions count too: a lawsuit calling Parler "a conservative microblogging
 * alternative" tells what Parler is, even if not how the outlet frames it.
 */
export function learnCategories(descriptors: readonly Descriptor[], views: readonly ArticleView[], mentions: readonly ActorMention[][]): Map<string, Set<CategoryFamily>> {
  const known = new Map<string, Set<CategoryFamily>>();
  const add = (actor: string, families: Iterable<CategoryFamily>) => {
    const set = known.get(actor) ?? new Set<CategoryFamily>();
    for (const f of families) set.add(f);
    known.set(actor, set);
  };
  for (const d of descriptors) if (d.kind !== 'relative' && d.kind !== 'label') add(d.actor, familiesIn(phraseCore(d.text)));
  views.forEach((view, k) => {
    const { text } = view.article;
    for (const m of mentions[k] ?? []) {
      if (!/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
      const next = /^\s+([\p{L}-]+)/u.exec(text.slice(m.end, m.end + 30));
      const family = next ? categoryFamily(next[1]!) : undefined;
      if (family && family !== 'person') add(m.actor.name, [family]);
    }
  });
  return known;
}
