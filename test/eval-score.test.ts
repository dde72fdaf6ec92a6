import { describe, expect, it } from 'vitest';
import type { Quote, QuoteKind } from '../src/model/types.js';
import { checkTargets } from '../src/eval/check-targets.js';
import { locateGold } from '../src/eval/locate-gold.js';
import { normalizeSpeaker, speakerMatches } from '../src/eval/match-speaker.js';
import { normalizeQuoteText } from '../src/eval/normalize-quote-text.js';
import { judgeSpeaker, scoreQuotes } from '../src/eval/score-quotes.js';
import { sumScores } from '../src/eval/sum-scores.js';
import type { GoldQuote } from '../src/eval/types.js';
import { tokenOverlap, wordTokens } from '../src/eval/word-tokens.js';

const TEXT = [
  'Parler sues Amazon over “death blow”',
  '“AWS’s decision is motivated by political animus,” the lawsuit reads. “It is also designed to reduce competition.”',
  'CEO John Matze told users to “hold on and come back” on “Mornings with Maria” on Monday.',
  'Amazon said the lawsuit has no merit and that it had flagged 98 posts.',
].join('\n');

let n = 0;
/** A predicted quote at the first occurrence of `text` in TEXT. */
function pred(kind: QuoteKind, text: string, speaker: string | null = null, source: string | null = null): Quote {
  const start = TEXT.indexOf(text);
  if (start === -1) throw new Error(`not in TEXT: ${text}`);
  return {
    id: `a#q${++n}`, article: 'a', file: 'a.txt', outlet: 'a', kind, text, speaker, source, sourceOrg: null,
    cue: null, paragraph: 0, sentence: 0, start, end: start + text.length, confidence: 1,
  };
}

const LAWSUIT = ['the lawsuit', 'Parler', 'the complaint'];
const GOLD: GoldQuote[] = [
  { kind: 'partial', text: 'death blow', speaker: 'Parler', speakerAliases: ['the lawsuit'], cue: null },
  { kind: 'direct', text: 'AWS’s decision is motivated by political animus,', speaker: 'the lawsuit', speakerAliases: LAWSUIT.slice(1), cue: 'reads' },
  { kind: 'direct', text: 'It is also designed to reduce competition.', speaker: 'the lawsuit', speakerAliases: LAWSUIT.slice(1), cue: null },
  { kind: 'partial', text: 'hold on and come back', speaker: 'John Matze', speakerAliases: ['Matze', 'CEO John Matze'], cue: 'told' },
  { kind: 'mention', text: 'Mornings with Maria', speaker: null, cue: null },
  { kind: 'indirect', text: 'the lawsuit has no merit', speaker: 'Amazon', speakerAliases: ['Amazon Web Services', 'AWS'], cue: 'said' },
  { kind: 'indirect', text: 'it had flagged 98 posts', speaker: 'Amazon', cue: 'said', uncertain: true },
];

function perfect(): Quote[] {
  return [
    pred('partial', 'death blow', 'Parler'),
    pred('direct', 'AWS’s decision is motivated by political animus,', 'the lawsuit'),
    pred('direct', 'It is also designed to reduce competition.', 'the lawsuit'),
    pred('partial', 'hold on and come back', 'John Matze'),
    pred('mention', 'Mornings with Maria'),
    pred('indirect', 'the lawsuit has no merit', 'Amazon'),
  ];
}

describe('wordTokens and tokenOverlap', () => {
  it.each([
    ['“Hold on,” he said.', ['hold', 'on', 'he', 'said']],
    ['AWS’s it[s] 98', ["aws's", 'it', 's', '98']],
    ['… “ ”', []],
  ])('%s', (text, tokens) => expect(wordTokens(text)).toEqual(tokens));

  it.each([
    ['hold on and come back', 'hold on and come back', 1],
    ['hold on and come back', '“hold on and come back,”', 1],
    ['hold on', 'hold on and come back', 0.4],
    ['the the the', 'the cat', 1 / 3],
    ['', 'anything', 0],
  ])('%s ~ %s', (a, b, overlap) => expect(tokenOverlap(a, b)).toBeCloseTo(overlap));
});

describe('normalizeQuoteText', () => {
  it.each([
    ['“AWS is\u00A0violating  it,” ', 'AWS is violating it'],
    ['hold on and come back', 'hold on and come back'],
    ['political animus.', 'political animus'],
    ['it[s] contract', 'it[s] contract'],
    ['‘death blow’', 'death blow'],
    ['e\u0301tude', '\u00E9tude'],
  ])('%j → %j', (text, normal) => expect(normalizeQuoteText(text)).toBe(normal));
});

describe('speaker matching', () => {
  it.each([
    ['Parler’s CEO John Matze', 'parler john matze'],
    ['CEO John Matze', 'john matze'],
    ['Sen. Ted Cruz', 'ted cruz'],
    ['The President', 'president'],
    ['the lawsuit', 'lawsuit'],
    ["Parler's lawsuit", 'parler lawsuit'],
    ['An AWS spokesperson', 'aws spokesperson'],
    ['Dr.  Jane   Doe', 'jane doe'],
  ])('normalizeSpeaker(%j) = %j', (name, normal) => expect(normalizeSpeaker(name)).toBe(normal));

  it.each([
    [['John Matze'], ['CEO John Matze'], true],
    [['Matze'], ['Parler’s CEO John Matze'], true],
    [['President Trump'], ['Donald Trump'], true],
    [['Amazon Web Services'], ['Amazon'], true],
    [['the complaint'], ['Parler’s complaint'], true],
    [["Parler's complaint"], ['Parler’s complaint'], true],
    [['Amazon'], ['Amazonia'], false],
    [['Twitter'], ['Parler'], false],
    [[null, 'Parler'], ['the lawsuit', 'Parler'], true],
    [[null], ['Parler'], false],
  ])('%j ~ %j is %s', (predicted, gold, same) => expect(speakerMatches(predicted, gold)).toBe(same));

  it('judges a pair: correct, missing, wrong, or not counted', () => {
    const gold = { speaker: 'the lawsuit', speakerAliases: ['Parler'] };
    expect(judgeSpeaker({ speaker: 'Parler', source: null }, gold)).toBe('correct');
    expect(judgeSpeaker({ speaker: 'the suit', source: 'Parler' }, gold)).toBe('correct');
    expect(judgeSpeaker({ speaker: null, source: null }, gold)).toBe('missing');
    expect(judgeSpeaker({ speaker: 'Amazon', source: null }, gold)).toBe('wrong');
    expect(judgeSpeaker({ speaker: 'Amazon', source: null }, { speaker: null })).toBe('wrong');
    expect(judgeSpeaker({ speaker: null, source: null }, { speaker: null })).toBeNull();
  });
});

describe('scoreQuotes', () => {
  it('perfect predictions score 1 everywhere; the unfound uncertain record is not a miss', () => {
    const s = scoreQuotes(perfect(), GOLD, TEXT);
    expect(s.quotes).toEqual({ tp: 4, fp: 0, fn: 0, uncertainMatched: 0, uncertainMissed: 0 });
    expect(s.exact).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(s.indirect).toEqual({ tp: 1, fp: 0, fn: 0, uncertainMatched: 0, uncertainMissed: 1 });
    expect(s.mentions).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.speaker).toEqual({ n: 5, correct: 5, missing: 0, wrong: 0 });
    expect(s.misses).toEqual([]);
    expect(s.falsePositives).toEqual([]);
    expect(s.unlocated).toEqual([]);
    const total = sumScores([{ file: 'a.txt', text: TEXT, score: s, predicted: 6, gold: GOLD.length }]);
    expect([total.quotes.precision, total.quotes.recall, total.quotes.f1, total.speaker.accuracy]).toEqual([1, 1, 1, 1]);
  });

  it('a missed quote is a false negative and listed', () => {
    const s = scoreQuotes(perfect().filter((q) => q.text !== 'death blow'), GOLD, TEXT);
    expect(s.quotes).toMatchObject({ tp: 3, fp: 0, fn: 1 });
    expect(s.misses).toHaveLength(1);
    expect(s.misses[0]).toMatchObject({ category: 'quotes', gold: { text: 'death blow' }, start: TEXT.indexOf('death blow'), predictedAs: null });
    const total = sumScores([{ file: 'a.txt', text: TEXT, score: s, predicted: 5, gold: 7 }]);
    expect(total.quotes.recall).toBeCloseTo(0.75);
    expect(total.quotes.precision).toBe(1);
    expect(total.quotes.f1).toBeCloseTo(6 / 7);
    expect(total.misses[0]).toMatchObject({ file: 'a.txt', line: 1 });
  });

  it('a prediction no gold matches is a false positive', () => {
    const s = scoreQuotes([...perfect(), pred('direct', 'Parler sues Amazon', 'Parler')], GOLD, TEXT);
    expect(s.quotes).toMatchObject({ tp: 4, fp: 1, fn: 0 });
    expect(s.falsePositives.map((f) => f.predicted.text)).toEqual(['Parler sues Amazon']);
  });

  it('a quote where the gold has a mention is a quote false positive and a mention miss', () => {
    const predicted = perfect().map((q) => (q.kind === 'mention' ? { ...q, kind: 'partial' as const } : q));
    const s = scoreQuotes(predicted, GOLD, TEXT);
    expect(s.quotes).toMatchObject({ tp: 4, fp: 1, fn: 0 });
    expect(s.mentions).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(s.falsePositives[0]).toMatchObject({ category: 'quotes', goldAs: 'mention' });
    expect(s.misses[0]).toMatchObject({ category: 'mentions', predictedAs: 'partial' });
  });

  it('a wrong or missing speaker lowers accuracy and is listed', () => {
    const predicted = perfect();
    predicted[1] = { ...predicted[1], speaker: 'Amazon' };
    predicted[3] = { ...predicted[3], speaker: null };
    const s = scoreQuotes(predicted, GOLD, TEXT);
    expect(s.speaker).toEqual({ n: 5, correct: 3, missing: 1, wrong: 1 });
    expect(s.speakerErrors.map((e) => [e.gold.text, e.verdict])).toEqual([
      ['AWS’s decision is motivated by political animus,', 'wrong'],
      ['hold on and come back', 'missing'],
    ]);
    const total = sumScores([{ file: 'a.txt', text: TEXT, score: s, predicted: 6, gold: 7 }]);
    expect(total.speaker.accuracy).toBeCloseTo(0.6);
    expect(total.speaker.nullRate).toBeCloseTo(0.2);
    expect(total.speaker.wrongRate).toBeCloseTo(0.2);
  });

  it('a speaker matches through an alias, the canonical source, or a title', () => {
    const predicted = perfect();
    predicted[0] = { ...predicted[0], speaker: 'the lawsuit' }; // alias of Parler
    predicted[1] = { ...predicted[1], speaker: 'the complaint', source: 'Parler' }; // source matches an alias
    predicted[3] = { ...predicted[3], speaker: 'Parler CEO John Matze' }; // contains the name
    predicted[5] = { ...predicted[5], speaker: 'AWS' };
    expect(scoreQuotes(predicted, GOLD, TEXT).speaker).toEqual({ n: 5, correct: 5, missing: 0, wrong: 0 });
  });

  it('an uncertain gold record found is neither TP nor FP, and counted as uncertain matched', () => {
    const s = scoreQuotes([...perfect(), pred('indirect', 'it had flagged 98 posts', 'Amazon')], GOLD, TEXT);
    expect(s.indirect).toEqual({ tp: 1, fp: 0, fn: 0, uncertainMatched: 1, uncertainMissed: 0 });
    expect(s.falsePositives).toEqual([]);
    expect(s.speaker.n).toBe(6);
  });

  it('a span with extra or missing words matches on overlap but not exactly', () => {
    const predicted = perfect();
    predicted[1] = pred('direct', 'AWS’s decision is motivated by political animus,” the lawsuit reads', 'the lawsuit'); // 7 of 10 tokens
    predicted[3] = pred('partial', 'hold on and come', 'John Matze'); // 4 of 5 tokens, different text
    predicted[2] = pred('direct', 'It is also designed to reduce competition', 'the lawsuit'); // no period: still exact
    const s = scoreQuotes(predicted, GOLD, TEXT);
    expect(s.quotes).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(s.exact).toMatchObject({ tp: 2, fp: 2, fn: 2 });
    expect(s.boundaryDifferences.map((b) => b.gold.text)).toEqual(['AWS’s decision is motivated by political animus,', 'hold on and come back']);
  });

  it('a span sharing under half of the longer side’s tokens does not match', () => {
    const s = scoreQuotes([pred('partial', 'hold on', 'John Matze')], GOLD.filter((g) => g.text === 'hold on and come back'), TEXT);
    expect(s.quotes).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.speaker.n).toBe(0);
  });

  it('matches one-to-one: two predictions of one gold quote leave one false positive', () => {
    const dup = pred('partial', 'hold on and come back', 'John Matze');
    const s = scoreQuotes([dup, { ...dup, id: 'a#q99' }], GOLD.filter((g) => g.text === 'hold on and come back'), TEXT);
    expect(s.quotes).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('reports gold records whose text is not in the article', () => {
    const s = scoreQuotes([], [{ kind: 'direct', text: 'not in the text', speaker: null, cue: null }], TEXT);
    expect(s.unlocated).toHaveLength(1);
    expect(s.quotes).toMatchObject({ fn: 1 });
  });

  it('no predictions: recall and F1 are 0, precision undefined', () => {
    const total = sumScores([{ file: 'a.txt', text: TEXT, score: scoreQuotes([], GOLD, TEXT), predicted: 0, gold: 7 }]);
    expect(total.quotes).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(total.speaker.accuracy).toBeNull();
  });
});

describe('locateGold', () => {
  it('places repeated texts on successive occurrences and tolerates no-break spaces', () => {
    const text = 'He said “political resentment” twice: “political resentment”. Then “no\u0020merit”.';
    const places = locateGold([
      { kind: 'indirect', text: 'political resentment', speaker: 'Parler', cue: null },
      { kind: 'indirect', text: 'political resentment', speaker: 'Parler', cue: null },
      { kind: 'partial', text: 'no\u00A0merit', speaker: null, cue: null },
    ], text);
    expect(places.map((p) => p?.start)).toEqual([9, 39, text.indexOf('no merit')]);
  });
});

describe('checkTargets', () => {
  it('meets and misses targets, and leaves out a dataset that was not scored', () => {
    const good = sumScores([{ file: 'a.txt', text: TEXT, score: scoreQuotes(perfect(), GOLD, TEXT), predicted: 6, gold: 7 }]);
    const bad = sumScores([{ file: 'a.txt', text: TEXT, score: scoreQuotes([], GOLD, TEXT), predicted: 0, gold: 7 }]);
    expect(checkTargets({ corpus: good }).every((t) => t.met)).toBe(true);
    expect(checkTargets({ corpus: good }).map((t) => t.dataset)).not.toContain('cases');
    const missed = checkTargets({ corpus: bad, cases: good }).filter((t) => !t.met).map((t) => t.measure);
    expect(missed).toEqual(['quotes.f1', 'speaker.accuracy', 'indirect.recall', 'indirect.precision']);
  });
});
