import { describe, expect, it } from 'vitest';
import type { Feature } from '../src/align/stories/feature.js';
import { findContentWords } from '../src/align/stories/find-content-words.js';
import { findDates } from '../src/align/stories/find-dates.js';
import { findNames } from '../src/align/stories/find-names.js';
import { findStoryNumbers } from '../src/align/stories/find-numbers.js';
import { findQuotedPhrases } from '../src/align/stories/find-quoted-phrases.js';
import { mergeLinked } from '../src/align/stories/merge-linked.js';
import { weighFeatures } from '../src/align/stories/weigh-features.js';

const values = (features: Feature[]) => features.map((f) => f.key.slice(f.key.indexOf(':') + 1));

/** Every feature points at the words it was found in. */
function expectPlaces(text: string, features: Feature[]) {
  for (const f of features) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(f.start, f.end).trim()).toBe(text.slice(f.start, f.end));
  }
}

describe('findQuotedPhrases: word 4-grams inside quote marks', () => {
  const cases: Array<[string, string[]]> = [
    ['“This train is a lifeline,” she said.', ['this train is a', 'train is a lifeline']],
    ['Tang called the results “messy but not alarming.”', ['messy but not alarming']],
    ['Holloway said: "Everything is possible."', ['everything is possible']],
    ['Borrel dismissed it as «a fiction dreamed up».', ['a fiction dreamed up']],
    ['The so-called “fiction” was not', []],
    ['Parler’s “pulling the plug” came on Sunday', ['pulling the plug']],
    ['No quotes here, only Parler’s apostrophes and AWS’ too.', []],
    ['„Wir schaffen das nicht“, sagte sie.', ['wir schaffen das nicht']],
    ['“It is over.”\n\nHe said “We will be back soon.”', ['it is over', 'we will be back', 'will be back soon']],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = findQuotedPhrases(text);
    expect(values(found).filter((v) => v.split(' ').length >= 3)).toEqual(expected);
    expectPlaces(text, found);
  });

  it('keys ignore case, curly vs straight marks and hyphenation', () => {
    const a = values(findQuotedPhrases('“A Micro-Blogging site for all”'));
    const b = values(findQuotedPhrases('"a microblogging site for all"'));
    expect(a).toEqual(b);
  });
});

describe('findNames: neighbouring capitalised words, acronyms, capitalised words inside a sentence', () => {
  const cases: Array<[string, string[]]> = [
    ['Finance chief Rob Ekwueme told analysts.', ['rob', 'rob ekwueme', 'ekwueme']],
    ['The Bank of England raised rates.', ['bank', 'bank of england', 'england']],
    ['But Duval said so.', ['duval']],
    ['Duval said so. Then Tang agreed.', ['tang']],
    ['The suit against Amazon Web Services (AWS) was filed late in the evening', ['amazon', 'amazon web', 'web', 'web services', 'services', 'aws']],
    ['The campaign was launched outside the station on a cold morning, said Mayor Hélène Borrel.', ['mayor', 'mayor hélène', 'hélène', 'hélène borrel', 'borrel']],
    ['Halbrook’s shares fell', []],
    ['Halbrook Foods’s shares fell', ['halbrook foods', 'foods']],
    // A headline in Title Case: pairs break at function words, and no single words.
    ['Parler Sues Amazon For Taking It Off AWS', ['parler sues', 'sues amazon', 'aws']],
    ['Sen. Jim Holloway, R-S.C., said on the floor of the chamber', ['jim holloway', 'holloway', 'rsc']],
    ['BREAKING news from the NHS', ['nhs']],
    ['the plan was backed by Ursula von der Leyen', ['ursula', 'ursula von der leyen', 'leyen']],
    ['he told Reuters on Friday that “Parler is finished”', ['reuters']],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = findNames(text);
    expect(values(found).sort()).toEqual([...expected].sort());
    expect(values(found)).toEqual(expected);
    expectPlaces(text, found);
  });

  it('points at the name as written', () => {
    const text = 'said Mayor Hélène Borrel, speaking outside';
    const f = findNames(text).find((x) => x.key === 'name:hélène borrel')!;
    expect(text.slice(f.start, f.end)).toBe('Hélène Borrel');
  });
});

describe('findStoryNumbers: normalised numbers, small counts and years left out', () => {
  const cases: Array<[string, string[]]> = [
    ['Net income fell to $84.3 million.', ['$84300000']],
    ['a 12% drop, then 12 percent more', ['12 percent', '12 percent']],
    ['closing two distribution centers', ['2 distribution']],
    ['only two were left, and 7', []],
    ['aid since 2016', []],
    ['more than 18,000 signatures', ['18000 signature']],
    ['a thirty-day notice', ['30 day']],
    ['The service loses €3.1 million a year.', ['€3100000']],
    ['It was 40 minutes late.\n\nThen 3 trains came.', ['40 minute', '3 train']],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = findStoryNumbers(text);
    expect(values(found)).toEqual(expected);
    expectPlaces(text, found);
  });

  it('gives offsets into the whole text, paragraph after paragraph', () => {
    const text = 'First paragraph.\n\nIt costs $14 million.';
    const [f] = findStoryNumbers(text);
    expect(text.slice(f!.start, f!.end)).toBe('$14 million');
  });
});

describe('findDates: days of months, months, weekdays, years', () => {
  const cases: Array<[string, string[]]> = [
    ['since Jan. 3, 2021', ['january 3', '2021']],
    ['on 3 January', ['january 3']],
    ['on the 3rd of January', ['january 3']],
    ['late on Thursday', ['thursday']],
    ['in March the council', ['march']],
    ['you may go, it may rain', []],
    ['elected in May 2020', ['may', '2020']],
    ['not since 1997', ['1997']],
    ['Sept. 11 attacks', ['september 11']],
    ['a 2020% rise', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = findDates(text);
    expect(values(found)).toEqual(expected);
    expectPlaces(text, found);
  });
});

describe('findContentWords: every word but function words, in the singular', () => {
  const cases: Array<[string, string[]]> = [
    ['The carriages are empty', ['carriage', 'empty']],
    ['and it was the', []],
    ['U.S. protesters', ['protester']],
    ['Parler’s servers', ['parler', 'server']],
    ['in 2021 and 40', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const found = findContentWords(text);
    expect(values(found)).toEqual(expected);
    expectPlaces(text, found);
  });
});

describe('weighFeatures: rarer features weigh more', () => {
  it('weighs by kind × ln(1 + (N + background)/df), dates without the background, and every article has its norm', () => {
    const f = (key: string, kind: Feature['kind'] = 'word'): Feature => ({ kind, key: `${kind}:${key}`, start: 0, end: 1 });
    const v = weighFeatures([
      { distinct: [f('said'), f('borrel', 'name'), f('thursday', 'date')] },
      { distinct: [f('said'), f('borrel', 'name')] },
      { distinct: [f('said'), f('halbrook')] },
      { distinct: [f('said')] },
    ], { quote: 1, name: 1.5, number: 1.5, date: 1, word: 1 }, 6);
    const weightOf = (article: number, key: string) => v.weights[article]![[...v.ids[article]!].indexOf(v.keys.indexOf(key))]!;
    expect(weightOf(0, 'word:said')).toBeCloseTo(Math.log(1 + 10 / 4));
    expect(weightOf(0, 'name:borrel')).toBeCloseTo(1.5 * Math.log(1 + 10 / 2));
    expect(weightOf(0, 'date:thursday')).toBeCloseTo(Math.log(1 + 4 / 1));
    expect(weightOf(2, 'word:halbrook')).toBeCloseTo(Math.log(11));
    expect(v.norms[3]).toBeCloseTo(Math.log(1 + 10 / 4));
    expect([...v.df]).toEqual([4, 2, 1, 1]);
  });
});

describe('mergeLinked: groups without chaining', () => {
  const clique = (members: number[], similarity: number) => members.flatMap((a, i) => members.slice(i + 1).map((b) => ({ a, b, similarity })));
  const cases: Array<[string, number, ReturnType<typeof clique>, number[][]]> = [
    ['two events of four bridged by a stray link stay two', 8, [...clique([0, 1, 2, 3], 0.8), ...clique([4, 5, 6, 7], 0.8), { a: 3, b: 4, similarity: 0.2 }], [[0, 1, 2, 3], [4, 5, 6, 7]]],
    ['two events bridged by two stray links stay two', 8, [...clique([0, 1, 2, 3], 0.8), ...clique([4, 5, 6, 7], 0.8), { a: 3, b: 4, similarity: 0.2 }, { a: 2, b: 5, similarity: 0.2 }], [[0, 1, 2, 3], [4, 5, 6, 7]]],
    // Each joins a group it links to a third of (1 of 2, 1 of 3); the fifth would link to 1 of 4.
    ['a chain of six articles stops at four', 6, [0, 1, 2, 3, 4].map((a) => ({ a, b: a + 1, similarity: 0.5 })), [[0, 1, 2, 3], [4, 5]]],
    ['a short version linked to a third of its event joins', 4, [...clique([0, 1, 2], 0.8), { a: 2, b: 3, similarity: 0.3 }], [[0, 1, 2, 3]]],
    ['an article linked to nothing is alone', 3, [{ a: 0, b: 2, similarity: 0.4 }], [[0, 2], [1]]],
  ];
  it.each(cases)('%s', (_, count, links, expected) => {
    expect(mergeLinked(count, links, 0.3)).toEqual(expected);
    expect(mergeLinked(count, [...links].reverse(), 0.3)).toEqual(expected);
  });
});
