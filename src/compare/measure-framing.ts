import type { Cluster, Framing } from '../model/comparison.js';
import type { Article, Quote } from '../model/types.js';
import { viewArticle } from './article-view.js';
import { collectWordUses } from './collect-word-uses.js';
import { countReportingVerbs } from './count-reporting-verbs.js';
import { describeActors } from './describe-actors.js';
import { findActorMentions } from './find-actor-mentions.js';
import { findActors } from './find-actors.js';
import { findExclusives } from './find-exclusives.js';
import { findNames } from './find-names.js';
import { findOmissions } from './find-omissions.js';
import { measureVoice } from './measure-voice.js';
import { framingOptions, type FramingOptions } from './options.js';
import { compareText, orderRun } from './run-order.js';
import { summarizeOutlets } from './summarize-outlets.js';

/**
 * The per-outlet framing panels of a run: outlet summaries, how the main actors are
 * described, reporting verbs, stance words, whose voice is heard, and which quotes and
 * claims an outlet alone carries or leaves out. Every record points back at an article
 * and offsets. Pure and deterministic: outlets keep the order in which `articles` first
 * names them, and neither the order of `quotes` and `clusters` nor of articles within an
 * outlet changes the result.
 *
 * @example measureFraming(articles, assignSources(articles.flatMap((a) => extractQuotes(a)), articles), [])
 *   .descriptors.map((d) => [d.actor, d.text]) // [['Parler', 'the hottest new social media platform'], …]
 */
export function measureFraming(articles: Article[], quotes: Quote[], clusters: Cluster[], options: FramingOptions = {}): Framing {
  const opts = framingOptions(options);
  const order = orderRun(articles);
  const sortedArticles = [...articles].sort((a, b) => order.articleRank(a.id) - order.articleRank(b.id));
  const known = new Set(sortedArticles.map((a) => a.id));
  const sortedQuotes = quotes
    .filter((q) => known.has(q.article))
    .sort((a, b) => order.articleRank(a.article) - order.articleRank(b.article) || a.start - b.start || a.end - b.end || compareText(a.id, b.id));
  const sortedClusters = [...clusters].sort((a, b) => compareText(a.type, b.type) || compareText(a.id, b.id));

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
  const { descriptors, categories } = describeActors(views, mentions, opts);

  const byPlace = <T extends { article: string; start: number; end: number }>(a: T, b: T) =>
    order.articleRank(a.article) - order.articleRank(b.article) || a.start - b.start || a.end - b.end;
  return {
    outlets: summarizeOutlets(sortedArticles, sortedQuotes, sortedClusters, order),
    descriptors: descriptors.sort((a, b) => byPlace(a, b) || compareText(a.actor, b.actor)),
    reportingVerbs: countReportingVerbs(views, sortedQuotes, sortedClusters, order),
    wordUses: views.flatMap(collectWordUses).sort((a, b) => byPlace(a, b) || compareText(a.kind, b.kind)),
    voice: measureVoice(new Map(sortedArticles.map((a) => [a.id, a.text])), sortedQuotes, order),
    exclusives: findExclusives(sortedClusters, order),
    omissions: findOmissions(sortedClusters, order),
    actors: actors.main.map((a) => ({
      name: a.name,
      aliases: a.aliases,
      kind: a.kind,
      mentions: a.mentions,
      articles: a.articles,
      categories: [...(categories.get(a.name) ?? [])].sort(),
    })),
  };
}
