import { describe, expect, it } from 'vitest';
import { hedges } from 'hedges';
import { weasels } from 'weasels';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { HEDGE_STOP_LIST } from '../src/compare/find-hedge-words.js';
import { WEASEL_STOP_LIST } from '../src/compare/find-weasel-words.js';
import { measureFraming } from '../src/compare/measure-framing.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { readText } from '../src/ingest/read-text.js';

function wordUses(body: string) {
  const a = buildArticle({ ...readText(`Parler sues Amazon\n\n${body}`, 'a.txt'), outlet: 'ledger' }, { id: 'a', stem: 'a' });
  const uses = measureFraming([a], extractQuotes(a), []).wordUses;
  for (const w of uses) expect(a.text.slice(w.start, w.end)).toBe(w.word);
  return uses;
}

describe('word uses', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Parler has reportedly sued Amazon over the so-called ban.', [['distancing', 'reportedly'], ['distancing', 'so-called']]],
    // "alleged" distances only as an adjective; as a verb it reports.
    ['Parler alleged that Amazon broke the deal. The alleged breach cost Parler dearly.', [['distancing', 'alleged']]],
    ['It has been reported that Parler sued.', [['distancing', 'It has been reported']]],
    // Inside quote marks the words are the source's.
    ['“AWS is apparently motivated by political animus,” Parler said. The move was apparently political.', [['distancing', 'apparently']]],
    ['The controversial social network blasted the baseless claims.', [['loaded', 'controversial'], ['loaded', 'blasted'], ['loaded', 'baseless']]],
    ['Big Tech companies launched coordinated attacks on free speech.', [['loaded', 'Big Tech'], ['loaded', 'coordinated attacks'], ['loaded', 'free speech']]],
    // "will" and "about" are on the stop-list: too common in news to tell anything.
    ['The platform will likely survive, perhaps for about a week.', [['hedge', 'likely'], ['hedge', 'perhaps']]],
    ['Experts say the damage is significantly larger.', [['weasel', 'Experts'], ['weasel', 'significantly']]],
    ['Threats also appeared on Twitter. The move appears to be political.', [['hedge', 'appears']]],
    // The longest entry wins: "quite clearly", not "clearly".
    ['The deal was quite clearly broken.', [['hedge', 'quite clearly']]],
    // Whole words only: "about" is not in "roundabout", "right" not in "far-right".
    ['The roundabout answer came from the far-right.', [['loaded', 'far-right']]],
    // Scare quotes: short, lowercase mentions; titles and slogans are not.
    ['It failed to remove “egregious content” posted on “Mornings with Maria” and “Hang Mike Pence”.', [['scare-quote', 'egregious content']]],
    ['Parler sued Amazon on Monday in Seattle.', []],
  ])('%s', (body, expected) => {
    expect(wordUses(body).map((w) => [w.kind, w.word])).toEqual(expected);
  });

  it('gives each use its sentence as context and the list entry it matched', () => {
    const [use] = wordUses('Parler sued. BIG TECH firms were blamed.');
    expect(use).toMatchObject({ kind: 'loaded', word: 'BIG TECH', entry: 'big tech', context: 'BIG TECH firms were blamed.', outlet: 'ledger', article: 'a' });
  });

  it('keeps its stop-lists to entries of the npm lists', () => {
    for (const w of HEDGE_STOP_LIST) expect(hedges).toContain(w);
    for (const w of WEASEL_STOP_LIST) expect(weasels).toContain(w);
  });
});
