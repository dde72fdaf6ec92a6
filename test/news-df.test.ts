import { describe, expect, it } from 'vitest';
import { NEWS_DOCUMENTS, newsDf, newsIdf, newsWords } from '../src/lexicon/news-df.js';

describe('news document frequencies', () => {
  it('counts the background corpus', () => {
    expect(NEWS_DOCUMENTS).toBe(840);
    expect(newsDf('the')).toBeGreaterThan(800);
    expect(newsDf('qwertyuiopasdf')).toBe(0);
  });

  it('weighs rare words above common ones', () => {
    expect(newsIdf('said')).toBeLessThan(newsIdf('lawsuit'));
    expect(newsIdf('lawsuit')).toBeLessThan(newsIdf('qwertyuiopasdf'));
    expect(newsIdf('the')).toBeCloseTo(1, 1);
  });

  it('splits words as the table counts them', () => {
    expect(newsWords('Parler’s 30-day SUIT, filed.')).toEqual(["parler's", '30-day', 'suit', 'filed']);
  });
});
