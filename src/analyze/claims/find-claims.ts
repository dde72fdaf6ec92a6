import type { Claim } from '../../model/comparison.js';
import type { Article, Quote } from '../../model/types.js';
import { hasActor } from './has-actor.js';
import { hasDate } from './has-date.js';
import { hasEvaluation } from './has-evaluation.js';
import { hasNumber } from './has-number.js';
import { maskQuoted, quotedShare } from './mask-quoted.js';

export interface ClaimOptions {
  /** A sentence with more than this share of its characters inside quote marks is a quote, not the outlet's claim. Default 0.5. */
  maxQuotedShare?: number;
}

const DEFAULTS: Required<ClaimOptions> = { maxQuotedShare: 0.5 };

/** What makes a sentence checkable, in the order `features` lists them. */
const DETECTORS: ReadonlyArray<[string, (text: string) => boolean]> = [
  ['number', hasNumber],
  ['date', hasDate],
  ['actor', hasActor],
  ['evaluation', hasEvaluation],
];

interface Found {
  kind: Claim['kind'];
  start: number;
  end: number;
  paragraph: number;
  sentence: number | null;
  quote: Quote | null;
  features: string[];
}

/**
 * The checkable statements of an article: every reported statement (`indirect`
 * quote) with its speaker, and every body sentence in the outlet's own voice that
 * carries a number, a date, a named actor doing something, or an evaluation.
 * Features are read with the words inside quote marks blanked out, so a number
 * someone else said is not the outlet's number. Pure; sorted by offset.
 *
 * @example findClaims(article, quotes).map((c) => [c.kind, c.features, c.text])
 *   // [['statement', ['actor'], 'Twitter declined to comment.'], …]
 */
export function findClaims(article: Article, quotes: readonly Quote[], options: ClaimOptions = {}): Claim[] {
  const { maxQuotedShare } = { ...DEFAULTS, ...options };
  const { text } = article;
  const own = quotes.filter((q) => q.article === article.id);
  const masked = maskQuoted(text, own);
  const indirect = own.filter((q) => q.kind === 'indirect');
  const found: Found[] = indirect.map((q) => ({
    kind: 'indirect',
    start: q.start,
    end: q.end,
    paragraph: q.paragraph,
    sentence: q.sentence,
    quote: q,
    features: ['attributed', ...features(masked.slice(q.start, q.end))],
  }));

  article.sentences.forEach((s, index) => {
    if (article.paragraphs[s.paragraph]?.kind !== 'body') return;
    // The reported statement stands for its sentence ("Parler claims that it is …"): a
    // second, overlapping claim would mostly repeat the attribution ("In a statement
    // released on Monday, Amazon said that …").
    if (indirect.some((q) => q.start < s.end && s.start < q.end)) return;
    if (quotedShare(text, masked, s.start, s.end) > maxQuotedShare) return;
    const why = features(masked.slice(s.start, s.end));
    if (why.length === 0) return;
    found.push({ kind: 'statement', start: s.start, end: s.end, paragraph: s.paragraph, sentence: index, quote: null, features: why });
  });

  found.sort((a, b) => a.start - b.start || a.end - b.end);
  return found.map((f, n) => ({
    id: `${article.id}#c${n + 1}`,
    article: article.id,
    file: article.file,
    outlet: article.outlet,
    kind: f.kind,
    text: text.slice(f.start, f.end),
    speaker: f.quote?.speaker ?? null,
    source: f.quote?.source ?? null,
    cue: f.quote?.cue ?? null,
    paragraph: f.paragraph,
    sentence: f.sentence,
    start: f.start,
    end: f.end,
    features: f.features,
  }));
}

function features(text: string): string[] {
  return DETECTORS.filter(([, detect]) => detect(text)).map(([name]) => name);
}
