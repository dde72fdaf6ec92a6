import type { Descriptor } from '../../model/comparison.js';
import type { Article, Quote } from '../../model/types.js';
import { viewArticle, type ArticleView } from './article-view.js';
import type { CategoryFamily } from './category-words.js';
import { describeActors } from './describe-actors.js';
import { findActorMentions } from './find-actor-mentions.js';
import { findActors, type ActorIndex } from './find-actors.js';
import { findNames } from './find-names.js';
import type { FramingOptions } from './options.js';
import { compareText, orderRun, type RunOrder } from './run-order.js';

/**
 * What the framing code learns about a run's actors before it looks at clusters: the
 * articles and quotes in run order, each article's view and names, the main actors, where
 * each article mentions them and how it describes them. Claim matching reads the actor
 * labels from it (`findActorReferences`) and `measureFraming` the rest, so a comparison
 * finds the run's actors once.
 */
export interface ActorPass {
  order: RunOrder;
  articles: Article[];
  quotes: Quote[];
  views: ArticleView[];
  actors: ActorIndex;
  /** Every descriptor, in the order `describeActors` gives them; inside quote marks too, flagged `inQuote`. */
  descriptors: readonly Descriptor[];
  categories: Map<string, Set<CategoryFamily>>;
}

/**
 * The actor pass of a run. Pure and deterministic: neither the order of `articles` within
 * an outlet nor the order of `quotes` changes it.
 */
export function findActorPass(articles: readonly Article[], quotes: readonly Quote[], opts: Required<FramingOptions>): ActorPass {
  const order = orderRun(articles);
  const sortedArticles = [...articles].sort((a, b) => order.articleRank(a.id) - order.articleRank(b.id));
  const known = new Set(sortedArticles.map((a) => a.id));
  const sortedQuotes = quotes
    .filter((q) => known.has(q.article))
    .sort((a, b) => order.articleRank(a.article) - order.articleRank(b.article) || a.start - b.start || a.end - b.end || compareText(a.id, b.id));
  // Each article's own quotes, in run order: handing every view all quotes is quadratic in a big run.
  const quotesOf = new Map<string, Quote[]>();
  for (const q of sortedQuotes) {
    const list = quotesOf.get(q.article);
    if (list) list.push(q);
    else quotesOf.set(q.article, [q]);
  }
  const views = sortedArticles.map((a) => viewArticle(a, quotesOf.get(a.id) ?? []));
  const names = views.map(findNames);
  const actors = findActors(views, names, sortedQuotes, opts);
  const mentions = names.map((n) => findActorMentions(n, actors));
  const { descriptors, categories } = describeActors(views, mentions, { ...opts, quotedDescriptors: true });
  return { order, articles: sortedArticles, quotes: sortedQuotes, views, actors, descriptors, categories };
}
