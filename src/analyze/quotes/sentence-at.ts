import { firstIndex } from '../../model/first-index.js';
import type { Article, Sentence } from '../../model/types.js';

/** Index of the sentence that holds offset `at`, or null (a headline or subheading has none). */
export function sentenceIndexAt(article: Article, at: number): number | null {
  const sentences = article.sentences;
  if (!inOrder(sentences)) {
    const k = sentences.findIndex((s) => s.start <= at && at < s.end);
    return k < 0 ? null : k;
  }
  // Sentences in order and apart: the only one that can hold `at` is the last that starts at or before it.
  const k = lastAtOrBefore(sentences, (s) => s.start <= at);
  return k >= 0 && at < sentences[k]!.end ? k : null;
}

/** Where the sentence that holds `at` starts, or `fallback`. */
export function sentenceStartAt(article: Article, at: number, fallback: number): number {
  const k = sentenceIndexAt(article, at);
  return k === null ? fallback : article.sentences[k]!.start;
}

/** Whether the sentence that holds `at` (a closing mark) ends by `end`, just after the mark, with more of the paragraph after it. */
export function sentenceEndsAt(article: Article, at: number, end: number): boolean {
  const k = sentenceIndexAt(article, at);
  if (k === null) return false;
  const s = article.sentences[k]!;
  return s.end <= end && article.sentences[k + 1] !== undefined && article.sentences[k + 1]!.paragraph === s.paragraph;
}

/** The sentence before the one that starts at `start`, skipping subheadings (they have none). */
export function previousSentence(article: Article, start: number): Sentence | null {
  const sentences = article.sentences;
  // In order, the sentences that end by `start` are a prefix: look back from its end.
  let k = inOrder(sentences) ? lastAtOrBefore(sentences, (s) => s.end <= start) : sentences.length - 1;
  for (; k >= 0; k--) {
    const s = sentences[k]!;
    if (s.end <= start && article.paragraphs[s.paragraph]!.kind === 'body') return s;
  }
  return null;
}

// Whether each sentence starts at or after the end of the one before (segmentSentences makes them so).
const ordered = new WeakMap<readonly Sentence[], boolean>();
function inOrder(sentences: readonly Sentence[]): boolean {
  let known = ordered.get(sentences);
  if (known === undefined) {
    known = sentences.every((s, k) => s.start <= s.end && (k === 0 || sentences[k - 1]!.end <= s.start));
    ordered.set(sentences, known);
  }
  return known;
}

/** Index of the last item for which `test` holds, when it holds for a prefix of the list; -1 when for none. */
function lastAtOrBefore<T>(list: readonly T[], test: (item: T) => boolean): number {
  return firstIndex(list, (item) => !test(item)) - 1;
}
