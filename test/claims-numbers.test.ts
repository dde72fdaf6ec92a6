import { describe, expect, it } from 'vitest';
import { findNumbers, normalizeNumbers, singular } from '../src/analyze/numbers.js';

describe('normalizeNumbers', () => {
  const rows: Array<[string, string]> = [
    ['a thirty-day notice', 'a 30 day notice'],
    ['the notice of termination of 30 days', 'the notice of termination of 30 day'],
    ['The 18-page complaint', 'The 18 page complaint'],
    ['$14 million in damages', '$14000000 in damages'],
    ['over 12 million users', 'over 12000000 user'],
    ['98 examples of posts', '98 example of posts'],
    ['98', '98'],
    ['less than thirty-hour notice', 'less than 30 hour notice'],
    ['Twenty-four hours later', '24 hour later'],
    ['one hundred and twenty-five people', '125 people'],
    ['1,500 posts', '1500 post'],
    ['1.5 billion', '1500000000'],
    ['a $2bn deal', 'a $2000000000 deal'],
    ['5% rise and 3.5 per cent', '5 percent rise and 3.5 percent'],
    ['a million users', '1000000 user'],
    ['two evenings ago', '2 evening ago'],
    ['the past 7-plus months', 'the past 7 plus months'],
    // Left alone: a lone "one", codes and ordinals, vague plurals.
    ['one of the top trending tweets', 'one of the top trending tweets'],
    ['COVID-19 and the 1st place', 'COVID-19 and the 1st place'],
    ['millions of daily tweets', 'millions of daily tweets'],
  ];
  it.each(rows)('%s → %s', (text, expected) => {
    expect(normalizeNumbers(text)).toBe(expected);
  });

  it('makes "30 days" and "thirty-day" the same words', () => {
    expect(normalizeNumbers('30 days')).toBe(normalizeNumbers('thirty-day'));
    expect(normalizeNumbers('a 30-day notice')).toBe('a 30 day notice');
  });
});

describe('findNumbers', () => {
  it('gives value, currency, percent and unit with offsets into the text', () => {
    const text = 'Brightline paid $14 million, 5% of sales, within thirty days.';
    const found = findNumbers(text);
    expect(found.map((n) => [n.value, n.currency, n.percent, n.unit])).toEqual([
      [14000000, '$', false, null],
      [5, null, true, null],
      [30, null, false, 'day'],
    ]);
    expect(found.map((n) => text.slice(n.start, n.end))).toEqual(['$14 million', '5%', 'thirty days']);
  });

  it('finds nothing in a sentence without numbers', () => {
    expect(findNumbers('Twitter declined to comment.')).toEqual([]);
  });
});

describe('singular', () => {
  const rows: Array<[string, string]> = [
    ['days', 'day'], ['examples', 'example'], ['companies', 'company'], ['boxes', 'box'], ['glass', 'glass'], ['bus', 'bus'], ['day', 'day'],
  ];
  it.each(rows)('%s → %s', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });
});
