import type { Quote, QuoteKind } from '../model/types.js';
import { locateGold } from './locate-gold.js';
import { matchSpans, type Span, type SpanMatch } from './match-spans.js';
import { speakerMatches } from './match-speaker.js';
import { normalizeQuoteText } from './normalize-quote-text.js';
import type { GoldQuote, QuoteScore, SpeakerTally, Tally } from './types.js';
import { tokenOverlap } from './word-tokens.js';

/** Two spans match when they share at least this share of the longer one's tokens. */
export const OVERLAP_THRESHOLD = 0.5;

type Category = 'quotes' | 'indirect' | 'mentions';

const CATEGORY: Record<QuoteKind, Category> = { direct: 'quotes', partial: 'quotes', indirect: 'indirect', mention: 'mentions' };

interface Item<T> extends Span {
  record: T;
}

/** A tally with nothing counted yet. */
export function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, uncertainMatched: 0, uncertainMissed: 0 };
}

function tallyMatches(matches: readonly SpanMatch[], predicted: number, gold: readonly Item<GoldQuote>[]): Tally {
  const t = emptyTally();
  const matched = new Set(matches.map((m) => m.gold));
  for (const m of matches) {
    if (gold[m.gold].record.uncertain) t.uncertainMatched++;
    else t.tp++;
  }
  t.fp = predicted - matches.length;
  gold.forEach((g, j) => {
    if (matched.has(j)) return;
    if (g.record.uncertain) t.uncertainMissed++;
    else t.fn++;
  });
  return t;
}

/** How a matched pair's speaker compares, or null when neither side names one. */
export function judgeSpeaker(predicted: Pick<Quote, 'speaker' | 'source'>, gold: Pick<GoldQuote, 'speaker' | 'speakerAliases'>): 'correct' | 'missing' | 'wrong' | null {
  const hasPredicted = predicted.speaker !== null || predicted.source !== null;
  if (gold.speaker === null) return hasPredicted ? 'wrong' : null;
  if (!hasPredicted) return 'missing';
  return speakerMatches([predicted.speaker, predicted.source], [gold.speaker, ...(gold.speakerAliases ?? [])]) ? 'correct' : 'wrong';
}

function bestOtherKind<T extends { kind: QuoteKind }>(span: Span, others: readonly Item<T>[]): QuoteKind | null {
  let best: { kind: QuoteKind; score: number } | null = null;
  for (const o of others) {
    const s = tokenOverlap(span.text, o.text);
    if (s >= OVERLAP_THRESHOLD && (best === null || s > best.score)) best = { kind: o.record.kind, score: s };
  }
  return best?.kind ?? null;
}

/**
 * Scores one article's predicted quotes against its gold records. Quote spans (direct
 * and partial together), indirect statements and mentions are each matched one-to-one
 * on token overlap ≥ 0.5; quote spans are also matched on exact normalised text. A
 * prediction in the wrong category (a quote where the gold has a mention) is a false
 * positive in its own category and leaves a miss in the other. Uncertain gold records
 * are neither misses nor false positives. Speakers are judged over every matched quote
 * and indirect pair where either side names one. `text` is the article's cleaned text,
 * used to place gold records so repeated quotes pair with their own copy.
 *
 * @example scoreQuotes(extractQuotes(article), gold.quotes, article.text).quotes.tp
 */
export function scoreQuotes(predicted: readonly Quote[], gold: readonly GoldQuote[], text: string): QuoteScore {
  const places = locateGold(gold, text);
  const goldItems: Item<GoldQuote>[] = gold.map((g, i) => ({ record: g, text: g.text, start: places[i]?.start ?? null, end: places[i]?.end ?? null }));
  const predictedItems: Item<Quote>[] = predicted.map((p) => ({ record: p, text: p.text, start: p.start, end: p.end }));
  const speaker: SpeakerTally = { n: 0, correct: 0, missing: 0, wrong: 0 };
  const score: QuoteScore = {
    quotes: emptyTally(),
    exact: emptyTally(),
    indirect: emptyTally(),
    mentions: emptyTally(),
    speaker,
    misses: [],
    falsePositives: [],
    speakerErrors: [],
    boundaryDifferences: [],
    unlocated: gold.filter((_, i) => places[i] === null),
  };

  for (const category of ['quotes', 'indirect', 'mentions'] as const) {
    const p = predictedItems.filter((x) => CATEGORY[x.record.kind] === category);
    const g = goldItems.filter((x) => CATEGORY[x.record.kind] === category);
    const matches = matchSpans(p, g, tokenOverlap, OVERLAP_THRESHOLD);
    score[category] = tallyMatches(matches, p.length, g);

    const matchedPredicted = new Set(matches.map((m) => m.predicted));
    const matchedGold = new Set(matches.map((m) => m.gold));
    const otherGold = goldItems.filter((x) => CATEGORY[x.record.kind] !== category);
    const otherPredicted = predictedItems.filter((x) => CATEGORY[x.record.kind] !== category);
    p.forEach((x, i) => {
      if (!matchedPredicted.has(i)) score.falsePositives.push({ category, predicted: x.record, goldAs: bestOtherKind(x, otherGold) });
    });
    g.forEach((x, j) => {
      if (!matchedGold.has(j) && !x.record.uncertain) score.misses.push({ category, gold: x.record, start: x.start, predictedAs: bestOtherKind(x, otherPredicted) });
    });

    if (category === 'mentions') continue;
    for (const m of matches) {
      const pair = { predicted: p[m.predicted].record, gold: g[m.gold].record };
      const verdict = judgeSpeaker(pair.predicted, pair.gold);
      if (verdict !== null) {
        speaker.n++;
        if (verdict === 'correct') speaker.correct++;
        else {
          speaker[verdict]++;
          score.speakerErrors.push({ category, ...pair, verdict });
        }
      }
      if (category === 'quotes' && normalizeQuoteText(pair.predicted.text) !== normalizeQuoteText(pair.gold.text)) {
        score.boundaryDifferences.push(pair);
      }
    }

    if (category === 'quotes') {
      const same = (a: string, b: string) => {
        const left = normalizeQuoteText(a);
        return left !== '' && left === normalizeQuoteText(b) ? 1 : 0;
      };
      score.exact = tallyMatches(matchSpans(p, g, same, 1), p.length, g);
    }
  }
  return score;
}
