import type { Descriptor } from '../../model/comparison.js';
import type { ArticleView } from './article-view.js';
import type { CategoryFamily } from './category-words.js';
import type { ActorMention } from './find-actor-mentions.js';
import { findAppositives } from './find-appositives.js';
import { findCloseAppositives } from './find-close-appositives.js';
import { findCopulaDescriptions } from './find-copula-descriptions.js';
import { findFrontedAppositives } from './find-fronted-appositives.js';
import { findLabels } from './find-labels.js';
import { findRelativeClauses } from './find-relative-clauses.js';
import { learnCategories } from './learn-categories.js';

/**
 * How each article describes the main actors: appositives, close appositives, predicates
 * and relative clauses attached to a name, then labels ("the tech titan") given to the
 * actor they refer back to, using what the whole run calls each actor. One record per
 * stretch of text: where two rules find overlapping phrases, the first rule listed wins.
 */
export function describeActors(
  views: readonly ArticleView[],
  mentions: readonly ActorMention[][],
  options: { maxDescriptorWords: number; quotedDescriptors: boolean },
): { descriptors: Descriptor[]; categories: Map<string, Set<CategoryFamily>> } {
  const attached = views.map((view, k) => {
    const ms = mentions[k] ?? [];
    const found = [
      ...findAppositives(view, ms, options.maxDescriptorWords),
      ...findCopulaDescriptions(view, ms, options.maxDescriptorWords),
      ...findRelativeClauses(view, ms, options.maxDescriptorWords),
      ...findCloseAppositives(view, ms),
      ...findFrontedAppositives(view, ms),
    ];
    return dropOverlaps(found);
  });
  const categories = learnCategories(attached.flat(), views, mentions);
  const descriptors = views.flatMap((view, k) => {
    const own = attached[k]!;
    const labels = findLabels(view, mentions[k] ?? [], categories, own);
    return [...own, ...labels].filter((d) => options.quotedDescriptors || !d.inQuote);
  });
  return { descriptors, categories };
}

function dropOverlaps(found: Descriptor[]): Descriptor[] {
  const kept: Descriptor[] = [];
  for (const d of found) if (!kept.some((k) => k.start < d.end && d.start < k.end)) kept.push(d);
  return kept;
}
