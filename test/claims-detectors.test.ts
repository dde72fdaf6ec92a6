import { describe, expect, it } from 'vitest';
import { hasActor } from '../src/analyze/claims/has-actor.js';
import { hasDate } from '../src/analyze/claims/has-date.js';
import { hasEvaluation } from '../src/analyze/claims/has-evaluation.js';
import { hasNumber } from '../src/analyze/claims/has-number.js';

type Row = [sentence: string, expected: boolean];

describe('hasNumber', () => {
  const rows: Row[] = [
    ['The 18-page complaint was filed in Seattle.', true],
    ['Retailers were given a thirty-day notice.', true],
    ['It has reported 98 examples to Parler of posts that encourage violence.', true],
    ['The app has over 12 million users.', true],
    ['Shares fell 8% in early trading.', true],
    ['Sales rose 3.5 per cent.', true],
    ['The fine was $14 million.', true],
    ['The deal is worth $2bn.', true],
    ['Two evenings ago, users began to flee.', true],
    ['One hundred and twenty people signed.', true],
    ['Millions of users fled the platform.', false],
    ['One of the top trending tweets was deleted.', false],
    ['The platform grew after the 2020 election.', false],
    ['COVID-19 changed the rules.', false],
    ['About 2000 users signed up.', true],
    ['Twitter declined to comment.', false],
  ];
  it.each(rows)('%s → %s', (sentence, expected) => {
    expect(hasNumber(sentence)).toBe(expected);
  });
});

describe('hasDate', () => {
  const rows: Row[] = [
    ['Parler went dark early Monday.', true],
    ['The riots at the Capitol last week shocked the country.', true],
    ['Parler filed the suit on January 11.', true],
    ['The platform grew after the 2020 election.', true],
    ['The exodus began two days ago.', true],
    ['Apple followed suit yesterday.', true],
    ['The law took effect in May.', true],
    ['The ruling is dated 1/11/2021.', true],
    ['It took effect this past weekend.', true],
    ['The platform may march on without its host.', false],
    ['May I ask a question?', false],
    ['Twitter declined to comment.', false],
    ['The fine was $2,000 per day.', false],
  ];
  it.each(rows)('%s → %s', (sentence, expected) => {
    expect(hasDate(sentence)).toBe(expected);
  });
});

describe('hasActor', () => {
  const rows: Row[] = [
    ['Twitter declined to comment.', true],
    ['Parler sued Amazon’s cloud-computing business.', true],
    ['Parler specifically cited how Twitter just signed a deal.', true],
    ['Due to this possibility, Amazon made the move to suspend the apps.', true],
    ['Amazon Web Services removed the Parler app from its cloud services.', true],
    ['Eric and Donald Trump Jr. are very active on the platform.', true],
    ['Parler is seeking a temporary restraining order.', true],
    ['The suit came hours after the servers went dark.', false],
    ['The lawsuit reads,', false],
    ['However, the company disagreed.', false],
    ['Millions of Parler users fled.', false],
    ['Parler’s lawsuit further highlights the hypocrisy.', false],
    ['On Monday the platform went dark.', false],
    ['Clearly, the issue is elsewhere.', false],
  ];
  it.each(rows)('%s → %s', (sentence, expected) => {
    expect(hasActor(sentence)).toBe(expected);
  });
});

describe('hasEvaluation', () => {
  const rows: Row[] = [
    ['Parler, the hottest new social media platform, has filed a lawsuit.', true],
    ['Trump has tried to undermine it with baseless fraud claims.', true],
    ['The recall is a severe blow for a fledgling brand.', true],
    ['Coordinated attacks by ultra-liberal Big Tech companies.', true],
    ['Clearly, that is not the issue here.', true],
    ['Its popularity grew immensely after the election.', true],
    ['Parler filed suit in Seattle federal court.', false],
    ['Make sure the bikes are unplugged.', false],
    ['The company reported 40 injuries in March.', false],
  ];
  it.each(rows)('%s → %s', (sentence, expected) => {
    expect(hasEvaluation(sentence)).toBe(expected);
  });
});
