import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/clean/normalize-text.js';
import { splitParagraphs } from '../src/clean/split-paragraphs.js';

describe('normalizeText', () => {
  it.each([
    ['CRLF and lone CR become LF', 'one\r\ntwo\rthree', 'one\ntwo\nthree'],
    ['no-break, thin, narrow and ideographic spaces become plain', 'a\u00a0b\u2009c\u202fd\u3000e', 'a b c d e'],
    ['tabs and runs of spaces collapse, lines are trimmed', '  a\t\t b  \n  c ', 'a b\nc'],
    ['zero-width spaces, word joiners, soft hyphens and stray BOMs go', 'off\u200bline\u2060 co\u00adop \ufeffend', 'offline coop end'],
    ['decomposed accents are composed (NFC)', 'cafe\u0301', 'caf\u00e9'],
    ['line and paragraph separators, NEL and form feeds are line breaks', 'a\u2028b\u2029c\u0085d\fe', 'a\nb\nc\nd\ne'],
    ['other controls go', 'a\u0007b\u001bc', 'abc'],
    ['quote marks and apostrophes are data and stay', '“It’s ‘fine’,” "ok"', '“It’s ‘fine’,” "ok"'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('splitParagraphs', () => {
  const texts = (text: string, softWrap = false) => splitParagraphs(text, { softWrap }).map((p) => p.text);

  it('puts each line of pasted text in its own paragraph, with its line number', () => {
    expect(splitParagraphs('Headline\nFirst paragraph.\n\nSecond paragraph.')).toEqual([
      { text: 'Headline', line: 1 }, { text: 'First paragraph.', line: 2 }, { text: 'Second paragraph.', line: 4 },
    ]);
  });

  it('joins a line that continues a sentence the previous line left open', () => {
    expect(texts('The complaint says the decision was\npolitically motivated.\nDiscrimination\nParler claims it was singled out.'))
      .toEqual(['The complaint says the decision was politically motivated.', 'Discrimination', 'Parler claims it was singled out.']);
  });

  it('joins hard-wrapped blocks, with no space after a hyphen at a line end', () => {
    const wrapped = 'The county council on Thursday approved a plan to\nprotect three riverside towns from flooding after a\nfour-hour debate in which the opposition tried micro-\nmanaging the schedule.';
    expect(texts(wrapped)).toEqual(['The county council on Thursday approved a plan to protect three riverside towns from flooding after a four-hour debate in which the opposition tried micro-managing the schedule.']);
  });

  it('does not join one-line paragraphs of similar length that each end a sentence', () => {
    const lines = ['The council voted on the new transit budget on Tuesday night.', 'The mayor said the plan would add forty buses by spring.', 'Critics said the money should go to the roads instead.', 'The vote was seven to two.'];
    expect(texts(lines.join('\n'))).toEqual(lines);
  });

  it('keeps list items apart, and joins every line of a block with soft wraps (Markdown)', () => {
    expect(texts('Related:\n- One link\n- Two link')).toEqual(['Related:', '- One link', '- Two link']);
    expect(texts('Short line\nanother Short line\n- item', true)).toEqual(['Short line another Short line', '- item']);
  });

  it('maps lines through lineOf, and leaves them out where unknown', () => {
    expect(splitParagraphs('a\n\nb', { lineOf: (i) => i + 10 })).toEqual([{ text: 'a', line: 10 }, { text: 'b', line: 12 }]);
    expect(splitParagraphs('a\n\nb', { lineOf: () => undefined })).toEqual([{ text: 'a' }, { text: 'b' }]);
  });
});
