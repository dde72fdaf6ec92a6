import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/clean/clean-article.js';
import { articlesFromText, extractQuotes } from '../src/index.js';

const HEADLINE = 'Council approves transit budget after long debate';
const LEDE = 'The city council voted 7-2 on Tuesday to approve the new transit budget.';
const LAST = 'Critics on the council argued the money should go to road repairs instead.';

function clean(...middle: string[]) {
  return cleanArticle({ file: 't.txt', index: 0, body: [HEADLINE, LEDE, ...middle, LAST].join('\n\n'), meta: {}, diagnostics: [] });
}

function paragraphTexts(c: ReturnType<typeof cleanArticle>): string[] {
  return c.paragraphs.map((p) => c.text.slice(p.start, p.end));
}

describe('tweet-embed', () => {
  it('drops an embed that holds only its id', () => {
    const c = clean('<tweet tweet-id="912345678901234567"><tweet/>.');
    expect(paragraphTexts(c)).toEqual([HEADLINE, LEDE, LAST]);
    expect(c.removed).toEqual([{ reason: 'tweet-embed', text: '<tweet tweet-id="912345678901234567"><tweet/>.', line: 5 }]);
  });

  it('keeps the words of a tweet and drops its tags and attribute values', () => {
    const c = clean('<tweet id="912345678901234568" author="@MayorOrtiz" datetime="2024-03-05">Forty new buses by spring.</tweet>.');
    expect(paragraphTexts(c)).toEqual([HEADLINE, LEDE, 'Forty new buses by spring.', LAST]);
    expect(c.removed).toEqual([{ reason: 'tweet-embed', text: '<tweet id="912345678901234568" author="@MayorOrtiz" datetime="2024-03-05"> </tweet>', line: 5 }]);
    const other = clean('<tweet pic="" author="MayorOrtiz" timestamp="1709600000" tweet_id="912345678901234569">Show us the numbers pic.twitter.com/abc123</tweet>.');
    expect(paragraphTexts(other)).toContain('Show us the numbers pic.twitter.com/abc123.');
  });

  it('reads an attribute value broken over lines up to its closing ">"', () => {
    const c = clean('<tweet tweet-author="@JoelBrandt" tweet-date="March 5,\n2024">Show us the numbers.<tweet/>.');
    expect(paragraphTexts(c)).toEqual([HEADLINE, LEDE, 'Show us the numbers.', LAST]);
    expect(c.removed.map((r) => [r.reason, r.line])).toEqual([['tweet-embed', 5]]);
    expect(c.text).not.toContain('2024');
  });

  it('leaves story text that only talks about tweets, and an opening tag never closed', () => {
    const story = 'The mayor deleted the tweet an hour later, her office said.';
    expect(paragraphTexts(clean(story))).toContain(story);
    const open = 'A line with <tweet author="never closed';
    expect(paragraphTexts(clean(open))).toContain(open);
  });

  it('makes no record of an attribute value, and every record points into the cleaned text', () => {
    const file = fileURLToPath(new URL('../fixtures/cases/tweet-embed-markup/input.txt', import.meta.url));
    const [article] = articlesFromText(readFileSync(file, 'utf8'), { format: 'txt', file: 'input.txt' });
    expect(article!.text).not.toMatch(/<\/?tweet/);
    const quotes = extractQuotes(article!);
    expect(quotes.map((q) => q.text)).toEqual(['A promise is not a budget,', 'the numbers would be published on Friday']);
    for (const q of quotes) expect(article!.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads Markdown input the same way', () => {
    const [article] = articlesFromText(`# ${HEADLINE}\n\n${LEDE}\n\n<tweet tweet-id="912345678901234567"><tweet/>.\n\n${LAST}\n`, { format: 'md', file: 't.md' });
    expect(article!.text).not.toContain('tweet');
  });
});
