import { describe, expect, it } from 'vitest';
import { segmentSentences, splitSentences } from '../src/analyze/sentences/split-sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

// [input, expected sentences], in the style of compromise's tests.
const CASES: Array<[string, string[]]> = [
  // Abbreviations that never end a sentence.
  ['Sen. Lindsey Graham, R-S.C., spoke on Monday. He left early.', ['Sen. Lindsey Graham, R-S.C., spoke on Monday.', 'He left early.']],
  ['Mr. Smith went to Washington. He stayed a week.', ['Mr. Smith went to Washington.', 'He stayed a week.']],
  ['Dr. Ines Varga and Gov. Ron DeSantis, R-Fla., met. Nothing came of it.', ['Dr. Ines Varga and Gov. Ron DeSantis, R-Fla., met.', 'Nothing came of it.']],
  ['The case is Parler v. Amazon. It was filed in Seattle.', ['The case is Parler v. Amazon.', 'It was filed in Seattle.']],
  // Initialisms and company suffixes inside a sentence.
  ['Rioters stormed the U.S. Capitol on Jan. 6. Congress resumed that night.', ['Rioters stormed the U.S. Capitol on Jan. 6.', 'Congress resumed that night.']],
  ['Amazon Web Services, Inc. (“AWS”) signed a deal. Twitter did too.', ['Amazon Web Services, Inc. (“AWS”) signed a deal.', 'Twitter did too.']],
  ['Acme Inc. said it would appeal. The hearing is in May.', ['Acme Inc. said it would appeal.', 'The hearing is in May.']],
  ['They met at 5 p.m. on Monday in Washington, D.C. for an hour. Then they left.', ['They met at 5 p.m. on Monday in Washington, D.C. for an hour.', 'Then they left.']],
  ['Eric and Donald Trump Jr. are active on the platform. Both post daily.', ['Eric and Donald Trump Jr. are active on the platform.', 'Both post daily.']],
  // …but they do end one when the next word opens a sentence.
  ['Parler was hosted in the U.S. The next day it went dark.', ['Parler was hosted in the U.S.', 'The next day it went dark.']],
  ['The suit names Acme Inc. The company declined to comment.', ['The suit names Acme Inc.', 'The company declined to comment.']],
  ['The meeting ended at 5 p.m. The vote was delayed.', ['The meeting ended at 5 p.m.', 'The vote was delayed.']],
  ['The plan was signed on Main St. The council approved it.', ['The plan was signed on Main St.', 'The council approved it.']],
  // Initials.
  ['J.R.R. Tolkien wrote the books. They sold well.', ['J.R.R. Tolkien wrote the books.', 'They sold well.']],
  ['John F. Kennedy spoke in Berlin. It was 1963.', ['John F. Kennedy spoke in Berlin.', 'It was 1963.']],
  ['E. Jean Carroll testified on Tuesday. The jury listened.', ['E. Jean Carroll testified on Tuesday.', 'The jury listened.']],
  ['The war ended with World War I. The peace did not last.', ['The war ended with World War I.', 'The peace did not last.']],
  // "No." before a number is an abbreviation; "no." at the end of a sentence is a word.
  ['He was ranked No. 1 in the state. He still is.', ['He was ranked No. 1 in the state.', 'He still is.']],
  ['Sen. Jim DeMint said no. Then he left.', ['Sen. Jim DeMint said no.', 'Then he left.']],
  ['Asked again, she said “no.” Then she hung up.', ['Asked again, she said “no.”', 'Then she hung up.']],
  // Numbers and decimals.
  ['Shares rose 3.5 percent to $12.75 on Monday. Analysts were surprised.', ['Shares rose 3.5 percent to $12.75 on Monday.', 'Analysts were surprised.']],
  ['The vote was 7-2. Critics objected.', ['The vote was 7-2.', 'Critics objected.']],
  ['It happened in 2020. 2021 was worse.', ['It happened in 2020.', '2021 was worse.']],
  // Ellipses inside a sentence; a lone ellipsis goes with the sentence before it.
  ['He paused … and went on. Nobody spoke.', ['He paused … and went on.', 'Nobody spoke.']],
  ['The company said the plan was... unusual. Shares fell.', ['The company said the plan was... unusual.', 'Shares fell.']],
  ['“This really is a double standard. … We see all sorts of content,” he said.', ['“This really is a double standard. …', 'We see all sorts of content,” he said.']],
  // Quotations: several sentences inside one quote are kept, in order.
  ['“We will fight. We will win,” she said. Then she left.', ['“We will fight.', 'We will win,” she said.', 'Then she left.']],
  ['“AWS is violating the Act.” The filing goes on.', ['“AWS is violating the Act.”', 'The filing goes on.']],
  ['He read the letter: “It is over. Go home.” Nobody moved.', ['He read the letter: “It is over.', 'Go home.”', 'Nobody moved.']],
  // A question mark or exclamation inside quotes followed by lower case does not end the sentence.
  ['“Why now?” she asked. He shrugged.', ['“Why now?” she asked.', 'He shrugged.']],
  ['“Is this it?” asked Jane Doe, the mayor. Nobody answered.', ['“Is this it?” asked Jane Doe, the mayor.', 'Nobody answered.']],
  ['He shouted “Fire!” and everyone ran. It was a drill.', ['He shouted “Fire!” and everyone ran.', 'It was a drill.']],
  ['“Why now?” Matze asked. He got no answer.', ['“Why now?” Matze asked.', 'He got no answer.']],
  ['“Why now?” He shrugged and left.', ['“Why now?”', 'He shrugged and left.']],
  ['“Hang Mike Pence.’ But AWS did nothing.', ['“Hang Mike Pence.’', 'But AWS did nothing.']],
  // Closing brackets and plain question marks.
  ['He spoke briefly (as usual.) Then he left.', ['He spoke briefly (as usual.)', 'Then he left.']],
  ['Who pays? The taxpayer does.', ['Who pays?', 'The taxpayer does.']],
  // Nothing to split.
  ['', []],
  ['No terminator at all', ['No terminator at all']],
];

describe('splitSentences', () => {
  it.each(CASES)('%s', (input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  it('gives offsets into the text, shifted by the offset, with no white space at either end', () => {
    const text = 'Parler sued Amazon. It lost.';
    const spans = splitSentences(text, 100);
    expect(spans).toEqual([{ start: 100, end: 119 }, { start: 120, end: 128 }]);
  });

  it('stays linear on a 2 MB paragraph full of abbreviations', () => {
    const text = 'The council met at the U.S. Capitol on Jan. 6 with Sen. Roe and said no. '.repeat(28_000);
    const spans = splitSentences(text);
    expect(spans.length).toBe(28_000);
    expect(text.slice(spans[1]!.start, spans[1]!.end)).toBe('The council met at the U.S. Capitol on Jan. 6 with Sen. Roe and said no.');
  });
});

describe('segmentSentences', () => {
  it('gives the headline as one sentence, subheadings none, and points every sentence at its paragraph', () => {
    const text = 'Parler sues Amazon. Again\n\nParler goes dark\n\nParler sued on Monday. It lost.';
    const result = segmentSentences(text, [
      { start: 0, end: 25, kind: 'headline' },
      { start: 27, end: 43, kind: 'subheading' },
      { start: 45, end: text.length, kind: 'body' },
    ]);
    expect(result.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Parler sues Amazon. Again', 0],
      ['Parler sued on Monday.', 2],
      ['It lost.', 2],
    ]);
  });
});
