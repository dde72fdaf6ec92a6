import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/ingest/read-articles.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { assignSources } from '../src/analyze/quotes/assign-sources.js';
import { findDescribedPeople } from '../src/analyze/quotes/find-described-people.js';
import { linkDescription, readDescription } from '../src/analyze/quotes/link-descriptions.js';

describe('readDescription', () => {
  const cases: Array<[string, Partial<ReturnType<typeof readDescription>> | null]> = [
    ['the Texas governor', { head: 'governor', features: ['state:texas'], office: [] }],
    ['the former secretary of state', { head: 'secretary', office: ['former'], complement: 'state' }],
    ['the former secretary of', { head: 'secretary', office: ['former'], complement: null }],
    ['the Wisconsin Republican', { head: 'republican', features: ['state:wisconsin', 'party:republican'] }],
    ['the GOP front-runner', { head: 'front-runner', features: ['party:republican'] }],
    ['the vice president', { head: 'president', office: ['vice'] }],
    ['the billionaire businessman', { head: 'businessman', also: ['billionaire'] }],
    ['the campaign manager', { head: 'manager', qualifiers: ['campaign'] }],
    ['Indiana Governor', { head: 'governor', features: ['state:indiana'] }],
    ['Governor', { head: 'governor', features: [] }],
    ['Gov. Greg Abbott', null],
    ['a Republican', null],
    ['the senators', null],
    ['the president’s spokesman', null],
    ['the company', null],
    ['the New Hampshire Union Leader', null],
    ['governor', null],
  ];
  for (const [speaker, expected] of cases) {
    it(speaker, () => {
      const found = readDescription(speaker);
      if (expected === null) expect(found).toBeNull();
      else expect(found).toMatchObject(expected);
    });
  }
});

/** The person the description stands for when it is read at the first "said" after `description` in the text. */
function link(text: string, speaker: string): string | null {
  const description = readDescription(speaker);
  if (!description) throw new Error(`not a description: ${speaker}`);
  const at = text.toLowerCase().indexOf(`${speaker.toLowerCase()} said`);
  if (at < 0) throw new Error(`no “${speaker} said” in the text`);
  return linkDescription(description, findDescribedPeople(text), at, text);
}

describe('linkDescription', () => {
  const cases: Array<[string, string, string | null]> = [
    // A title before the name, with or without a place.
    ['Texas Gov. Greg Abbott signed the bill. The Texas governor said it was overdue.', 'the Texas governor', 'Greg Abbott'],
    ['Gov. Greg Abbott signed the bill. The governor said it was overdue.', 'the governor', 'Greg Abbott'],
    // An appositive after the name.
    ['Greg Abbott, the Texas governor, signed the bill. The governor said it was overdue.', 'the governor', 'Greg Abbott'],
    ['Lena Park, the former secretary of state, spoke first. The former secretary of state said little.', 'the former secretary of state', 'Lena Park'],
    ['Abbott, a Republican, signed the bill. The Republican said it was overdue.', 'the Republican', 'Abbott'],
    // Party and state from a tag.
    ['Sen. Tom Reyes (R-Texas) and Sen. Ada Moss (I-Vt.) met. The Vermont senator said no.', 'the Vermont senator', 'Ada Moss'],
    ['Rep. Dana Whitfield (R-Ohio) wrote the letter. The Ohio Republican said so.', 'the Ohio Republican', 'Dana Whitfield'],
    // Office modifiers agree both ways.
    ['President Alan Forsythe and Vice President Nora Veld flew in. The president said hello.', 'the president', 'Alan Forsythe'],
    ['President Alan Forsythe and Vice President Nora Veld flew in. The vice president said hello.', 'the vice president', 'Nora Veld'],
    ['Former President Ray Hollis and President Alan Forsythe met. The former president said hello.', 'the former president', 'Ray Hollis'],
    ['Former President Ray Hollis spoke. The president said hello.', 'the president', null],
    // Two people fit, or the place does not: no guess.
    ['Sen. Paul Arkwright and Sen. Ruth Calloway toured the site. The senator said it was dry.', 'the senator', null],
    ['Sen. Tom Reyes toured the site. The Florida senator said it was dry.', 'the Florida senator', null],
    ['Sen. Tom Reyes (R-Texas) toured the site. The Florida senator said it was dry.', 'the Florida senator', null],
    // Named with the title only later: only someone already in the story by name.
    ['Pence arrived first. The governor said he was pleased. Gov. Mike Pence then left.', 'the governor', 'Mike Pence'],
    ['The governor said he was pleased. Later, Gov. Mike Pence spoke.', 'the governor', null],
    // Never an organisation or a place.
    ['The Justice Department filed the brief. The justice said nothing.', 'the justice', null],
    ['Crowds filled President Street. The president said nothing.', 'the president', null],
    ['The Dallas Water Board met. The board chairman said nothing.', 'the board chairman', null],
  ];
  for (const [text, speaker, expected] of cases) {
    it(`${speaker} in “${text}”`, () => {
      expect(link(text, speaker)).toBe(expected);
    });
  }

  it('does not read names in a headline, which is set in title case', () => {
    const text = 'Judge Hands Mayor A Win In Court\n\nA judge ruled on Monday. The judge said it was final.';
    const paragraphs = [
      { start: 0, end: 41, kind: 'headline' as const },
      { start: 43, end: text.length, kind: 'body' as const },
    ];
    expect(findDescribedPeople(text, paragraphs)).toEqual([]);
  });
});

describe('assignSources with descriptions', () => {
  it('names the person in source and keeps the speaker as written', async () => {
    const input = fileURLToPath(new URL('../fixtures/cases/description-tied-to-person/input.txt', import.meta.url));
    const { articles } = await readArticles([input]);
    const quotes = assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
    expect(quotes.map((q) => [q.speaker, q.source])).toEqual([
      ['Governor', 'Marla Quintero'],
      ['the Texas governor', 'Marla Quintero'],
      ['the president', 'Alan Forsythe'],
      ['the vice president', 'Nora Veld'],
      ['Elliot Brandt', 'Elliot Brandt'],
      ['the former secretary', 'Elliot Brandt'],
      ['the Ohio Republican', 'Dana Whitfield'],
      ['the senator', 'senator'],
      ['the Dallas Water Board', 'Dallas Water Board'],
      ['the board chairman', 'board chairman'],
    ]);
  });
});
