import { describe, it, expect } from 'vitest';
import { normalizeDate } from '../src/ingest/normalize-date.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { readText } from '../src/ingest/read-text.js';

describe('normalizeDate', () => {
  it.each([
    ['2016-10-11', '2016-10-11'],
    ['2016-10-11T14:05:00Z', '2016-10-11T14:05:00Z'],
    ['2016-10-11T14:05:00.250-04:00', '2016-10-11T14:05:00.250-04:00'],
    ['2016-10-11T14:05:00+0000', '2016-10-11T14:05:00+00:00'],
    ['2016-10-11 14:05:00', '2016-10-11T14:05:00'],
    ['2016-10-11 14:05:00 GMT', '2016-10-11T14:05:00+00:00'],
    ['2016/10/11', '2016-10-11'],
    ['Tue, 11 Oct 2016 14:05:00 -0400', '2016-10-11T14:05:00-04:00'],
    ['Tue Oct 11 2016 14:05:00 GMT+0000 (Coordinated Universal Time)', '2016-10-11T14:05:00+00:00'],
    ['October 11, 2016', '2016-10-11'],
    ['Oct. 11, 2016', '2016-10-11'],
    ['11 October 2016', '2016-10-11'],
    ['Tuesday 11th October 2016', '2016-10-11'],
    ['October 11, 2016 2:05 pm EDT', '2016-10-11T14:05:00-04:00'],
    ['02:05:00 PM EDT Oct 11, 2016', '2016-10-11T14:05:00-04:00'],
    ['Tue 11 Oct 2016 14.05 BST', '2016-10-11T14:05:00+01:00'],
    ['11.10.2016', '2016-10-11'],
    ['13/10/2016', '2016-10-13'],
    ['10/13/2016', '2016-10-13'],
    ['terça-feira, 11 de outubro de 2016 às 14:05', '2016-10-11T14:05:00'],
    ['11. Oktober 2016', '2016-10-11'],
    ['1476194700', '2016-10-11T14:05:00Z'],
    ['1476194700000', '2016-10-11T14:05:00Z'],
    // A zone name that means several places gives the local time without an offset.
    ['02:05 PM IST Oct 11, 2016', '2016-10-11T14:05:00'],
  ])('%s → %s', (text, iso) => {
    expect(normalizeDate(text)).toBe(iso);
  });

  it.each([
    ['day and month order unknown', '03/04/2016'],
    ['no year', 'October 11'],
    ['relative', 'Published 3 hours ago'],
    ['no such day', '2016-02-30'],
    ['a placeholder year', '0001-01-01T00:00:00Z'],
    ['not a date', 'Breaking news'],
  ])('%s: %s → undefined', (_case, text) => {
    expect(normalizeDate(text)).toBeUndefined();
  });
});

describe('article dates', () => {
  const withDate = (date: string) => buildArticle({ ...readText('The ferry sails all winter.', 'a.txt'), date }, { id: 'a', stem: 'a' });

  it('become ISO 8601 and keep the text as written in meta.dateText', () => {
    const a = withDate('Tue, 11 Oct 2016 14:05:00 -0400');
    expect(a.date).toBe('2016-10-11T14:05:00-04:00');
    expect(a.meta.dateText).toBe('Tue, 11 Oct 2016 14:05:00 -0400');
    expect(a.diagnostics).toEqual([]);
  });

  it('an ISO date as written adds no dateText', () => {
    expect(withDate('2016-10-11').meta).not.toHaveProperty('dateText');
  });

  it('an unreadable date is a warning and no date, never a guess', () => {
    const a = withDate('03/04/2016');
    expect(a.date).toBeNull();
    expect(a.meta.dateText).toBe('03/04/2016');
    expect(a.diagnostics).toEqual([expect.objectContaining({ code: 'unreadable-date', severity: 'warning', file: 'a.txt' })]);
    expect(a.diagnostics[0]!.message).toContain('YYYY-MM-DD');
  });
});
