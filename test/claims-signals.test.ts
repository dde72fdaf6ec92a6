import { describe, expect, it } from 'vitest';
import { disagreeNumbers } from '../src/align/claims/agree-numbers.js';
import { keepMutualBest } from '../src/align/claims/mutual-best.js';
import { readPolarity, samePolarity } from '../src/align/claims/read-polarity.js';
import { dropRestatements } from '../src/analyze/claims/drop-restatements.js';
import { findReporter } from '../src/analyze/claims/find-reporter.js';
import { hasPredicate } from '../src/analyze/claims/has-predicate.js';
import { joinDependent } from '../src/analyze/claims/join-dependent.js';
import type { ClaimVector } from '../src/align/claims/weigh-tokens.js';

const same = (a: string, b: string) => samePolarity(readPolarity(a), a, readPolarity(b), b);

describe('readPolarity / samePolarity: negation and modality never make two statements one claim', () => {
  it.each([
    ['Tom Orvel pleaded guilty to fraud.', 'Tom Orvel pleaded not guilty to fraud.', false],
    ['Tom Orvel will plead not guilty to fraud.', 'Tom Orvel pleaded guilty to fraud.', false],
    ['The council approved the sale.', 'The council will approve the sale.', false],
    ['Brightline could recall the bikes.', 'Brightline recalled the bikes.', false],
    ['Velora denied hiring the inspectors.', 'Velora hired the inspectors.', false],
    ['The mayor did not formally sign the order.', 'The mayor signed the order.', false],
    ['The mayor didn’t sign the order.', 'The mayor signed the order.', false],
    // Both negated, or both forecast: agreement.
    ['Orvel has no plans to sell the mill.', 'Orvel has no plan to sell the mill, aides say.', true],
    ['The council would approve the sale, Orvel said.', 'The council will approve the sale.', true],
    // A negation on a word the other claim does not have says nothing about it.
    ['The suit has no merit.', 'The suit was filed in Kettle County.', true],
    // A negation reaches one word: "not confident" does not negate what follows the comma.
    ['Officials were not confident, and the plan stalled.', 'The plan stalled.', true],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(same(a, b)).toBe(expected);
  });
});

describe('keepMutualBest: each claim joins at most its best match in another article', () => {
  it('keeps the pair that is each side’s best and drops the weaker rival', () => {
    // Claims 0 and 1 are of article 0; claim 2 of article 1.
    const links = [{ a: 0, b: 2, similarity: 0.5 }, { a: 1, b: 2, similarity: 0.4 }];
    expect(keepMutualBest(links, [0, 0, 1])).toEqual([{ a: 0, b: 2, similarity: 0.5 }]);
  });
  it('keeps a claim’s best in each other article, one per article', () => {
    const links = [{ a: 0, b: 1, similarity: 0.4 }, { a: 0, b: 2, similarity: 0.6 }];
    expect(keepMutualBest(links, [0, 1, 2])).toEqual(links);
  });
  it('drops a link that is best for one end only', () => {
    // 1 likes 0 best, but 0 likes 2 (same article as 1) better.
    const links = [{ a: 0, b: 1, similarity: 0.4 }, { a: 0, b: 2, similarity: 0.6 }, { a: 1, b: 3, similarity: 0.1 }];
    expect(keepMutualBest(links, [0, 1, 1, 2])).toEqual([{ a: 0, b: 2, similarity: 0.6 }, { a: 1, b: 3, similarity: 0.1 }]);
  });
});

describe('disagreeNumbers: values, not units', () => {
  const vector = (numbers: string[]): ClaimVector => ({ keys: [], weights: [], norm: 0, names: new Set(), numbers: new Set(numbers), roles: new Map(), implied: new Set(), when: new Set() });
  it.each([
    [['2 heartland'], ['2 state'], false],
    [['12'], ['40'], true],
    [['30 day', '30'], ['30'], false],
    [[], ['40'], false],
  ])('%j / %j → %s', (a, b, expected) => {
    expect(disagreeNumbers(vector(a), vector(b))).toBe(expected);
  });
});

describe('hasPredicate: fragments are not claims', () => {
  it.each([
    ['Mr. Lanfield', false],
    ['Like Lanfield', false],
    ['the outgoing head of the Kettle port authority', false],
    ['from 2009 to 2013', false],
    ['Velora recalled 900 bikes', true],
    ['after being forced offline', true],
    ['which lasted from 2009 to 2013', true],
  ])('%s → %s', (text, expected) => {
    expect(hasPredicate(text)).toBe(expected);
  });
});

describe('findReporter: a clause another publication reported is in its voice', () => {
  it.each([
    ['The Daily Ledger first reported Orvel had sold the bridge for $5 million.', 'The Daily Ledger', 'Orvel had sold the bridge for $5 million.'],
    ['Harbor News has reported that the council approved the sale.', 'Harbor News', 'the council approved the sale.'],
    ['The Kettle Times revealed on Sunday that Velora paid the inspectors.', 'The Kettle Times', 'Velora paid the inspectors.'],
  ])('%s', (clause, speaker, rest) => {
    const r = findReporter(clause)!;
    expect(r.speaker).toBe(speaker);
    expect(clause.slice(r.at)).toBe(rest);
  });
  it.each([
    'The Daily Ledger reported the sale on Sunday.',
    'Orvel sold the bridge, records show.',
    'The council voted 7-2 to approve the sale.',
  ])('none in %s', (clause) => {
    expect(findReporter(clause)).toBeNull();
  });
});

describe('dropRestatements: the same statement twice in one article is one claim', () => {
  const claim = (text: string, speaker: string | null = null, kind = 'statement') => ({ kind, speaker, text });
  it('keeps the first telling of a restated claim', () => {
    const kept = dropRestatements([claim('The council voted 7-2 to approve the sale.'), claim('Orvel resigned.'), claim('The council voted 7-2 to approve the sale on Monday.')]);
    expect(kept.map((c) => c.text)).toEqual(['The council voted 7-2 to approve the sale.', 'Orvel resigned.']);
  });
  it('keeps the same words in two voices, and claims that share only some words', () => {
    const two = [claim('Orvel sold the Kettle Street bridge for $5 million', 'the Daily Ledger', 'indirect'), claim('Orvel sold the Kettle Street bridge for $5 million', 'the Harbor Times', 'indirect')];
    expect(dropRestatements(two)).toHaveLength(2);
    expect(dropRestatements([claim('The council voted 7-2 to approve the sale.'), claim('The council voted 5-4 to reject the new budget.')])).toHaveLength(2);
  });
});

describe('joinDependent: a relative clause is joined to the clause before it', () => {
  const spans = (text: string, pieces: string[]) => pieces.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length }));
  it('joins "which …" and keeps connective clauses apart', () => {
    const text = 'Orvel sold the Kettle bridge, which had been closed since 2019, after the council voted 7-2.';
    const joined = joinDependent(spans(text, ['Orvel sold the Kettle bridge', 'which had been closed since 2019', 'after the council voted 7-2.']), text);
    expect(joined.map((s) => text.slice(s.start, s.end))).toEqual(['Orvel sold the Kettle bridge, which had been closed since 2019', 'after the council voted 7-2.']);
  });
  it('leaves a relative clause that opens the list as it is', () => {
    const text = 'who also served on the Kettle board';
    expect(joinDependent(spans(text, [text]), text)).toEqual([{ start: 0, end: text.length }]);
  });
});
