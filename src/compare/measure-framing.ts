import type { Cluster, Framing } from '../model/comparison.js';
import type { Article, Quote } from '../model/types.js';
import { findActorPass, type ActorPass } from '../analyze/actors/actor-pass.js';
import { collectWordUses } from './collect-word-uses.js';
import { countReportingVerbs } from './count-reporting-verbs.js';
import { findExclusives } from './find-exclusives.js';
import { findOmissions } from './find-omissions.js';
import { measureVoice } from './measure-voice.js';
import { framingOptions, type FramingOptions } from '../analyze/actors/options.js';
import { compareText } from '../analyze/actors/run-order.js';
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
export function measureFraming(articles: Article[], quotes: Quote[], clusters: Cluster[], options: FramingOptions = {}, pass?: ActorPass): Framing {
  const opts = framingOptions(options);
  // A pass of the same articles and quotes (compareCoverage makes one for claim matching first).
  const { order, articles: sortedArticles, quotes: sortedQuotes, views, actors, descriptors: found, categories } = pass ?? findActorPass(articles, quotes, opts);
  const sortedClusters = [...clusters].sort((a, b) => compareText(a.type, b.type) || compareText(a.id, b.id));
  const descriptors = found.filter((d) => opts.quotedDescriptors || !d.inQuote);

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
