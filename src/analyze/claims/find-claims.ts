import type { Claim } from '../../model/comparison.js';
import type { Article, Quote } from '../../model/types.js';
import { hasActor } from './has-actor.js';
import { hasDate } from './has-date.js';
import { hasEvaluation } from './has-evaluation.js';
import { hasNumber } from './has-number.js';
import { dropRestatements } from './drop-restatements.js';
import { findReporter } from './find-reporter.js';
import { hasPredicate } from './has-predicate.js';
import { joinDependent } from './join-dependent.js';
import { maskQuoted, quotedShare } from './mask-quoted.js';
import { ownSegments } from './own-segments.js';
import { contentWords, FINITE, MIN_CLAUSE_WORDS, splitClauses } from './split-clauses.js';

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
  /** A publication the clause reports ("The Ledger first reported …"), when no quote record gives the voice. */
  reporter?: { speaker: string; cue: string };
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
 * carries a number, a date, a named actor doing something, or an evaluation, or failing
 * those a finite verb of its own (`predicate`): "The suit does not contain statistics."
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
  const found: Found[] = [];
  // A reported statement is as many claims as it has clauses, each with the speaker.
  for (const q of indirect) {
    for (const c of joinDependent(splitClauses(text, masked, q.start, q.end), text)) {
      if (contentWords(masked.slice(c.start, c.end)) < MIN_CLAUSE_WORDS || !hasPredicate(text.slice(c.start, c.end))) continue;
      found.push({ kind: 'indirect', ...c, paragraph: q.paragraph, sentence: q.sentence, quote: q, features: ['attributed', ...features(masked.slice(c.start, c.end))] });
    }
  }

  article.sentences.forEach((s, index) => {
    if (article.paragraphs[s.paragraph]?.kind !== 'body') return;
    if (quotedShare(text, masked, s.start, s.end) > maxQuotedShare) return;
    // The outlet's own words around reported statements ("Parler has reportedly sued
    // Amazon on Monday …, claiming [breach of contract …]") are claims too, without
    // the attribution that introduces the statement.
    const inside = indirect.filter((q) => q.start < s.end && s.start < q.end).sort((a, b) => a.start - b.start);
    for (const segment of ownSegments(text, s.start, s.end, inside)) {
      const why = features(masked.slice(segment.start, segment.end));
      for (const c of joinDependent(splitClauses(text, masked, segment.start, segment.end), text)) {
        // A clause that is all quote (“financially devastating”) is the quote's, not the outlet's.
        if (contentWords(masked.slice(c.start, c.end)) < MIN_CLAUSE_WORDS) continue;
        // A fragment is no claim: "Mr. Lanfield", "the outgoing head of the council".
        if (!hasPredicate(masked.slice(c.start, c.end))) continue;
        // A clause of a checkable sentence is checkable: "in response to being de-platformed".
        const mine = features(masked.slice(c.start, c.end));
        // "The Daily Ledger first reported Orvel had sold the bridge": the Ledger's claim, not the outlet's.
        const reporter = findReporter(text.slice(c.start, c.end));
        if (reporter) {
          found.push({ kind: 'indirect', start: c.start + reporter.at, end: c.end, paragraph: s.paragraph, sentence: index, quote: null, reporter, features: ['attributed', ...mine] });
          continue;
        }
        // A clause with none of the features still states something when it has a finite
        // verb ("The suit does not contain statistics."): another outlet may carry it.
        // Its verb must be its own, outside quote marks and other than the cue of a quote
        // ("“We will appeal,” said Dana Reyes" states nothing of the outlet's).
        const kept = mine.length > 0 ? mine : why.length > 0 ? why : FINITE.test(masked.slice(c.start, c.end).replace(CUE_ONLY, ' ')) ? ['predicate'] : [];
        if (kept.length === 0) continue;
        found.push({ kind: 'statement', ...c, paragraph: s.paragraph, sentence: index, quote: null, features: kept });
      }
    }
  });

  found.sort((a, b) => a.start - b.start || a.end - b.end);
  // The same statement twice in one article is one claim: the first telling is kept.
  const once = dropRestatements(found.map((f) => ({ ...f, text: text.slice(f.start, f.end), speaker: f.quote?.speaker ?? f.reporter?.speaker ?? null })));
  return once.map((f, n) => ({
    id: `${article.id}#c${n + 1}`,
    article: article.id,
    file: article.file,
    outlet: article.outlet,
    kind: f.kind,
    text: f.text,
    speaker: f.speaker,
    source: f.quote?.source ?? f.reporter?.speaker ?? null,
    cue: f.quote?.cue ?? f.reporter?.cue ?? null,
    paragraph: f.paragraph,
    sentence: f.sentence,
    start: f.start,
    end: f.end,
    features: f.features,
  }));
}

/** Reporting verbs that introduce a quote: not a predicate of the outlet's own. */
const CUE_ONLY = /(?<![\p{L}’'-])(?:said|says|told|tells|added|wrote|asked)(?![\p{L}’'-])/giu;

function features(text: string): string[] {
  return DETECTORS.filter(([, detect]) => detect(text)).map(([name]) => name);
}
