import type { Article, Quote } from '../../model/types.js';
import type { ClusterMember } from '../../model/comparison.js';
import { isContent, words, type Word } from '../words.js';
import { wordDiff, type AlignmentCache } from '../word-diff.js';
import type { Item } from './quote-item.js';

/** A stretch of an outlet's own words: a sentence, or the reported clause of an indirect statement. */
interface Passage {
  article: Article;
  start: number;
  end: number;
  id: string;
  quote: Quote | null;
  content: Set<string>;
  /** Its words, found the first time a quote matches it. */
  words?: Word[];
}

/** Sentences and indirect clauses of a run, indexed by their content words. */
export interface PassageIndex {
  passages: Passage[];
  byWord: Map<string, number[]>;
}

// "encourages"/"encourage", "clearly"/"clear": crude, but only used to compare bags of words.
export function stem(key: string): string {
  return key.length > 4 ? key.replace(/(?:ly|ing|ed|es|s)$/, '') : key;
}

const contentOf = (text: string) => new Set(words(text).map((w) => w.key).filter(isContent).map(stem));

/**
 * Indexes the passages where an outlet speaks in its own voice: indirect statements,
 * and sentences that are not mostly inside quote marks.
 */
export function indexPassages(articles: readonly Article[], quotes: readonly Quote[]): PassageIndex {
  const passages: Passage[] = [];
  const byArticle = new Map<string, Quote[]>();
  for (const q of quotes) {
    const list = byArticle.get(q.article) ?? [];
    list.push(q);
    byArticle.set(q.article, list);
  }
  // The same sentence in many outlets' copies is read once.
  const contents = new Map<string, Set<string>>();
  for (const article of articles) {
    const qs = byArticle.get(article.id) ?? [];
    article.sentences.forEach((s, k) => {
      if (article.paragraphs[s.paragraph]!.kind !== 'body') return;
      const indirect = qs.find((q) => q.kind === 'indirect' && q.start >= s.start && q.end <= s.end);
      const quoted = qs.filter((q) => q.kind === 'direct' || q.kind === 'partial').reduce((n, q) => n + Math.max(0, Math.min(s.end, q.end) - Math.max(s.start, q.start)), 0);
      if (quoted > 0.5 * (s.end - s.start)) return;
      const start = indirect ? indirect.start : s.start;
      const end = indirect ? indirect.end : s.end;
      const text = article.text.slice(start, end);
      let content = contents.get(text);
      if (!content) contents.set(text, (content = contentOf(text)));
      if (content.size < 6) return;
      passages.push({ article, start, end, id: indirect ? indirect.id : `${article.id}#s${k + 1}`, quote: indirect ?? null, content });
    });
  }
  const byWord = new Map<string, number[]>();
  passages.forEach((p, i) => {
    for (const w of p.content) {
      const list = byWord.get(w) ?? [];
      list.push(i);
      byWord.set(w, list);
    }
  });
  return { passages, byWord };
}

/**
 * Passages of other articles that carry a quote's words without quote marks, as the
 * outlet's own words or as a close paraphrase: "a spokesperson from Amazon stated that
 * clearly there is substantial content on Parler that encourages violence …" for the
 * quoted "it is clear that there is significant content on Parler that encourages and
 * incites violence …". Most of the passage's content words must be in the quote.
 */
export function findUnquoted(canonical: Item, canonicalText: string, members: readonly Item[], index: PassageIndex, alignments?: AlignmentCache): ClusterMember[] {
  const quoteContent = new Set([...members.flatMap((m) => [...m.content])].map(stem));
  const inCluster = new Set(members.map((m) => m.quote.article));
  const counts = new Map<number, number>();
  for (const w of quoteContent) {
    for (const i of index.byWord.get(w) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const out: ClusterMember[] = [];
  for (const [i, shared] of counts) {
    const p = index.passages[i]!;
    if (inCluster.has(p.article.id) || shared < 6 || shared / p.content.size < 0.6) continue;
    const text = p.article.text.slice(p.start, p.end);
    out.push({
      id: p.id, article: p.article.id, file: p.article.file, outlet: p.article.outlet, kind: 'unquoted', text,
      speaker: p.quote?.speaker ?? null, source: p.quote?.source ?? null, cue: p.quote?.cue ?? null,
      start: p.start, end: p.end, paragraph: p.article.sentences.find((s) => s.start <= p.start && p.start < s.end)?.paragraph ?? 0,
      position: Math.round((p.start / Math.max(1, p.article.text.length)) * 1000) / 1000,
      diff: wordDiff(canonical.words, (p.words ??= words(text, p.start)), canonicalText, p.article.text, alignments),
    });
  }
  return out;
}
