import { describe, expect, it } from 'vitest';
import { articlesFromText, extractQuotes } from '../src/index.js';

// Titles, programmes and slogans in quote marks are names (mentions), not somebody's
// words; quotes that are somebody's words keep their kind even when written in title case.
// [sentence, the quote's words, its kind]
const CASES: Array<[string, string, 'mention' | 'direct' | 'partial']> = [
  // an outlet's possessive before the title
  ['Ruiz told ABC’s “Good Morning Ohio” that the plan was sound.', 'Good Morning Ohio', 'mention'],
  ['The mayor spoke on Fox News’ “The Evening File” on Monday.', 'The Evening File', 'mention'],
  ['The mayor’s “We Will Not Wait” message was repeated at every stop.', 'We Will Not Wait', 'mention'],
  // a verb or phrase that takes a programme
  ['She told “Fox and Neighbours” the vote was rigged.', 'Fox and Neighbours', 'mention'],
  ['In an interview with “Sunday Politics Hour,” Ruiz said the vote was close.', 'Sunday Politics Hour,', 'mention'],
  // a second title after “and”
  ['Ruiz appeared on “Face the Facts” and “Town Hall Tonight With Jo Park,” where she defended the plan.', 'Town Hall Tonight With Jo Park,', 'mention'],
  // what the title names comes after it
  ['“Late Night Live” host Sam Cole asked about the buses.', 'Late Night Live', 'mention'],
  ['A man in a “Make Our City Great Again” hat stood at the back.', 'Make Our City Great Again', 'mention'],
  ['The rally opened with “Born to Run the City,” a song by the Harbor Boys.', 'Born to Run the City,', 'mention'],
  // a kind of work before it, with or without a comma
  ['His memoir, “Bridges and Buses for All,” came out in May.', 'Bridges and Buses for All,', 'mention'],
  ['She keeps a copy of her new book “The Long Ride Home Again” at the office.', 'The Long Ride Home Again', 'mention'],
  // a work with its author; a headline cited with its reporter
  ['“The Road Home: A Mayor’s Year in Office” by Dana Ruiz sold well.', 'The Road Home: A Mayor’s Year in Office', 'mention'],
  ['Background: “Why bus plans stall in small cities,” by the Ledger’s Ana Cole.', 'Why bus plans stall in small cities,', 'mention'],
  // somebody's words, in title case or followed by "by"
  ['“We Will Win This Vote,” Ruiz said.', 'We Will Win This Vote,', 'direct'],
  ['Ruiz told reporters: “Buses Are Coming Next Year.”', 'Buses Are Coming Next Year.', 'direct'],
  ['Ruiz said the plan was “a very good deal for the city.”', 'a very good deal for the city.', 'partial'],
  ['The council promised “a full and final report” by Friday.', 'a full and final report', 'partial'],
  ['“If the permits had come on time” by the county, the buses would be running, Ruiz said.', 'If the permits had come on time', 'direct'],
];

function kindOf(sentence: string, words: string): string | undefined {
  const articles = articlesFromText(`City buses to run late\n\n${sentence}`, { format: 'txt', file: 't.txt' });
  return extractQuotes(articles).find((q) => q.text === words)?.kind;
}

describe('titles in quote marks', () => {
  it.each(CASES)('%s → “%s” is %s', (sentence, words, kind) => {
    expect(kindOf(sentence, words)).toBe(kind);
  });
});
