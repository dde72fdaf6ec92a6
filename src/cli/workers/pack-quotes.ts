import type { Article, Quote, QuoteKind } from '../../model/types.js';

/**
 * A quote as a worker thread sends it: only what its article does not already say. Its
 * id, article, file, outlet and text follow from the article (`<article>#q<n>`, and
 * `text` is the article's text from `start` to `end`), and sources are named later.
 */
type PackedQuote = [
  kind: QuoteKind, speaker: string | null, cue: string | null, paragraph: number, sentence: number | null, start: number, end: number, confidence: number,
  rule: string | null, speakerStart: number | null, speakerEnd: number | null, cueStart: number | null, cueEnd: number | null,
];

/** A quote that does not follow that shape (none does today) is sent whole. */
export type QuoteOnTheWire = PackedQuote | Quote;

// The fields of a quote made by extractQuotes, in its order; a quote with any other is sent whole.
const FIELDS = ['id', 'article', 'file', 'outlet', 'kind', 'text', 'speaker', 'source', 'sourceOrg', 'cue', 'paragraph', 'sentence', 'start', 'end', 'confidence', 'rule', 'speakerStart', 'speakerEnd', 'cueStart', 'cueEnd'];

/**
 * Packs an article's quotes for the trip from a worker thread: copying the article's
 * strings into every quote made the copying cost as much as a tenth of the work.
 * `unpackQuotes` gives back quotes equal field for field, in the same key order.
 */
export function packQuotes(quotes: readonly Quote[], article: Article): QuoteOnTheWire[] {
  return quotes.map((q, n) => (derivable(q, n, article) ? [q.kind, q.speaker, q.cue, q.paragraph, q.sentence, q.start, q.end, q.confidence, q.rule, q.speakerStart, q.speakerEnd, q.cueStart, q.cueEnd] : q));
}

/** The quotes `packQuotes` packed, under the article's id (which may have been made unique since). */
export function unpackQuotes(packed: readonly QuoteOnTheWire[], article: Article): Quote[] {
  return packed.map((p, n) => {
    if (!Array.isArray(p)) return p;
    const [kind, speaker, cue, paragraph, sentence, start, end, confidence, rule, speakerStart, speakerEnd, cueStart, cueEnd] = p;
    return {
      id: `${article.id}#q${n + 1}`, article: article.id, file: article.file, outlet: article.outlet,
      kind, text: article.text.slice(start, end), speaker, source: null, sourceOrg: null, cue, paragraph, sentence, start, end, confidence,
      rule, speakerStart, speakerEnd, cueStart, cueEnd,
    };
  });
}

function derivable(q: Quote, n: number, article: Article): boolean {
  const keys = Object.keys(q);
  return keys.length === FIELDS.length && keys.every((k, i) => k === FIELDS[i])
    && q.id === `${article.id}#q${n + 1}` && q.article === article.id && q.file === article.file && q.outlet === article.outlet
    && q.source === null && q.sourceOrg === null && q.text === article.text.slice(q.start, q.end);
}
