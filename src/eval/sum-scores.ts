import type { Quote } from '../model/types.js';
import { emptyTally } from './score-quotes.js';
import type { BoundaryDifference, FalsePositive, GoldQuote, Miss, QuoteScore, SpeakerError, SpeakerTally, Tally } from './types.js';

/** A tally with its rates; a rate over nothing is null. */
export interface Measure extends Tally {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface SpeakerMeasure extends SpeakerTally {
  accuracy: number | null;
  /** Share of judged pairs where the prediction names no one but the gold does. */
  nullRate: number | null;
  /** Share of judged pairs where the prediction names the wrong speaker. */
  wrongRate: number | null;
}

/** Where in the dataset a listed item is: the article's file (or case name) and line of its cleaned text. */
export interface Place {
  file: string;
  line: number | null;
}

/** One article's score with what the report needs to place its items. */
export interface ArticleScore {
  file: string;
  text: string;
  score: QuoteScore;
  predicted: number;
  gold: number;
}

/** The micro-averaged score of a whole dataset, with every listed item placed. */
export interface DatasetScore {
  articles: number;
  goldRecords: number;
  predicted: number;
  quotes: Measure;
  exact: Measure;
  indirect: Measure;
  mentions: Measure;
  speaker: SpeakerMeasure;
  misses: (Miss & Place)[];
  falsePositives: (FalsePositive & Place)[];
  speakerErrors: (SpeakerError & Place)[];
  boundaryDifferences: (BoundaryDifference & Place)[];
  unlocated: (GoldQuote & Place)[];
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Precision, recall and F1 of a tally. */
export function measure(t: Tally): Measure {
  return { ...t, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn), f1: ratio(2 * t.tp, 2 * t.tp + t.fp + t.fn) };
}

/** Accuracy, null rate and wrong rate of a speaker tally. */
export function measureSpeakers(t: SpeakerTally): SpeakerMeasure {
  return { ...t, accuracy: ratio(t.correct, t.n), nullRate: ratio(t.missing, t.n), wrongRate: ratio(t.wrong, t.n) };
}

function add(a: Tally, b: Tally): Tally {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, uncertainMatched: a.uncertainMatched + b.uncertainMatched, uncertainMissed: a.uncertainMissed + b.uncertainMissed };
}

function lineAt(text: string, offset: number | null): number | null {
  if (offset === null) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

const startOf = (q: Quote) => q.start;

/**
 * Adds up article scores into one dataset score (micro-averaged: counts are summed,
 * then rates taken) and places every listed item at its file and line.
 *
 * @example sumScores([{ file: 'a.txt', text, score, predicted: 3, gold: 4 }]).quotes.f1
 */
export function sumScores(articles: readonly ArticleScore[]): DatasetScore {
  const total = { quotes: emptyTally(), exact: emptyTally(), indirect: emptyTally(), mentions: emptyTally() };
  const speaker: SpeakerTally = { n: 0, correct: 0, missing: 0, wrong: 0 };
  const out: Omit<DatasetScore, 'quotes' | 'exact' | 'indirect' | 'mentions' | 'speaker'> = {
    articles: articles.length,
    goldRecords: 0,
    predicted: 0,
    misses: [],
    falsePositives: [],
    speakerErrors: [],
    boundaryDifferences: [],
    unlocated: [],
  };
  for (const a of articles) {
    const s = a.score;
    for (const k of ['quotes', 'exact', 'indirect', 'mentions'] as const) total[k] = add(total[k], s[k]);
    speaker.n += s.speaker.n;
    speaker.correct += s.speaker.correct;
    speaker.missing += s.speaker.missing;
    speaker.wrong += s.speaker.wrong;
    out.goldRecords += a.gold;
    out.predicted += a.predicted;
    const at = (offset: number | null): Place => ({ file: a.file, line: lineAt(a.text, offset) });
    const byLine = <T extends Place>(items: T[]) => items.sort((x, y) => (x.line ?? Infinity) - (y.line ?? Infinity));
    out.misses.push(...byLine(s.misses.map((m) => ({ ...m, ...at(m.start) }))));
    out.falsePositives.push(...byLine(s.falsePositives.map((f) => ({ ...f, ...at(startOf(f.predicted)) }))));
    out.speakerErrors.push(...byLine(s.speakerErrors.map((e) => ({ ...e, ...at(startOf(e.predicted)) }))));
    out.boundaryDifferences.push(...byLine(s.boundaryDifferences.map((d) => ({ ...d, ...at(startOf(d.predicted)) }))));
    out.unlocated.push(...s.unlocated.map((g) => ({ ...g, file: a.file, line: null })));
  }
  return {
    ...out,
    quotes: measure(total.quotes),
    exact: measure(total.exact),
    indirect: measure(total.indirect),
    mentions: measure(total.mentions),
    speaker: measureSpeakers(speaker),
  };
}
