import type { Descriptor } from '../../model/comparison.js';
import { contextAt, isInQuote, quoteHolding, type ArticleView } from './article-view.js';
import type { ActorMention } from './find-actor-mentions.js';

/** Builds a descriptor record for `[start, end)`, attached to the actor named at `mention`. */
export function makeDescriptor(
  view: ArticleView,
  mention: ActorMention,
  start: number,
  end: number,
  kind: Descriptor['kind'],
  pattern: NonNullable<Descriptor['pattern']>,
): Descriptor {
  const inQuote = isInQuote(view, start, end);
  const quote = inQuote ? quoteHolding(view, start, end) : null;
  return {
    outlet: view.article.outlet,
    article: view.article.id,
    actor: mention.actor.name,
    text: view.article.text.slice(start, end),
    kind,
    start,
    end,
    pattern,
    mentionStart: mention.start,
    mentionEnd: mention.end,
    inQuote,
    ...(quote ? { quote: quote.id } : {}),
    context: contextAt(view, start),
  };
}
