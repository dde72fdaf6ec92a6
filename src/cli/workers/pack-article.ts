import type { Article, Paragraph, ParagraphKind, Sentence } from '../../model/types.js';

const KINDS: readonly ParagraphKind[] = ['headline', 'subheading', 'body'];

/**
 * An article as a worker thread sends it: its paragraphs and sentences as runs of numbers
 * (start, end, kind or paragraph), which copy as bytes, instead of an object each. Any that
 * do not have exactly those fields, in that order, travel as they are.
 */
export type ArticleOnTheWire = Omit<Article, 'paragraphs' | 'sentences'> & {
  paragraphs: Paragraph[] | Int32Array;
  sentences: Sentence[] | Int32Array;
};

/** Packs an article for the trip from a worker thread; `unpackArticle` gives back an equal one, keys in the same order. */
export function packArticle(article: Article): ArticleOnTheWire {
  return { ...article, paragraphs: packParagraphs(article.paragraphs), sentences: packSentences(article.sentences) };
}

export function unpackArticle(article: ArticleOnTheWire): Article {
  const { paragraphs, sentences } = article;
  const out: Paragraph[] = [];
  if (paragraphs instanceof Int32Array) {
    for (let k = 0; k < paragraphs.length; k += 3) out.push({ start: paragraphs[k]!, end: paragraphs[k + 1]!, kind: KINDS[paragraphs[k + 2]!]! });
  }
  const said: Sentence[] = [];
  if (sentences instanceof Int32Array) {
    for (let k = 0; k < sentences.length; k += 3) said.push({ start: sentences[k]!, end: sentences[k + 1]!, paragraph: sentences[k + 2]! });
  }
  return { ...article, paragraphs: paragraphs instanceof Int32Array ? out : paragraphs, sentences: sentences instanceof Int32Array ? said : sentences };
}

function packParagraphs(paragraphs: Paragraph[]): Paragraph[] | Int32Array {
  const packed = new Int32Array(paragraphs.length * 3);
  for (const [k, p] of paragraphs.entries()) {
    const kind = KINDS.indexOf(p.kind);
    if (!hasKeys(p, 'start', 'end', 'kind') || kind < 0 || !fits(p.start) || !fits(p.end)) return paragraphs;
    packed.set([p.start, p.end, kind], k * 3);
  }
  return packed;
}

function packSentences(sentences: Sentence[]): Sentence[] | Int32Array {
  const packed = new Int32Array(sentences.length * 3);
  for (const [k, s] of sentences.entries()) {
    if (!hasKeys(s, 'start', 'end', 'paragraph') || !fits(s.start) || !fits(s.end) || !fits(s.paragraph)) return sentences;
    packed.set([s.start, s.end, s.paragraph], k * 3);
  }
  return packed;
}

function hasKeys(record: object, ...names: string[]): boolean {
  const keys = Object.keys(record);
  return keys.length === names.length && keys.every((k, i) => k === names[i]);
}

const fits = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;
