import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assignSources } from '../src/analyze/quotes/assign-sources.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { measureFraming } from '../src/compare/measure-framing.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { readText } from '../src/ingest/read-text.js';
import type { Article } from '../src/model/types.js';

const CASES = fileURLToPath(new URL('../fixtures/framing/', import.meta.url));

function article(text: string, id = 'a', outlet = 'ledger'): Article {
  return buildArticle({ ...readText(text, `${id}.txt`), outlet }, { id, stem: id });
}

function framing(articles: Article[]) {
  const quotes = assignSources(articles.flatMap((a) => extractQuotes(a)), articles);
  return measureFraming(articles, quotes, []);
}

interface Expected {
  actor: string;
  text: string;
  kind: string;
  pattern?: string;
  inQuote?: boolean;
}

describe('descriptor cases in fixtures/framing', () => {
  const cases = readdirSync(CASES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  it('has cases', () => expect(cases.length).toBeGreaterThan(5));
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(path.join(CASES, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(CASES, name, 'expected.json'), 'utf8')) as { descriptors: Expected[] };
      const a = article(input);
      const found = framing([a]).descriptors;
      for (const d of found) expect(a.text.slice(d.start, d.end)).toBe(d.text);
      const shown = found.map((d) => ({ actor: d.actor, text: d.text, kind: d.kind, pattern: d.pattern, ...(d.inQuote ? { inQuote: true } : {}) }));
      expect(shown).toEqual(expected.descriptors.map((e) => ({ pattern: undefined, ...e })));
    });
  }
});

describe('descriptor details', () => {
  it.each([
    // [text, actor, descriptor]
    ['Parler sues Amazon\n\nJohn Matze, chief executive of Parler, said the company would sue. John Matze spoke on Monday.', 'John Matze', 'chief executive of Parler'],
    ['Parler sues Amazon\n\nParler sued Amazon, the retail giant. Amazon said Parler broke its rules.', 'Amazon', 'the retail giant'],
    ['Parler sues Amazon\n\nTwitter, who banned Trump, was not sued. Parler said Twitter got help from Amazon.', 'Twitter', 'who banned Trump'],
  ])('%s', (text, actor, descriptor) => {
    const found = framing([article(text)]).descriptors;
    expect(found.map((d) => [d.actor, d.text])).toContainEqual([actor, descriptor]);
  });

  it('points a label at the name it refers back to and gives its sentence', () => {
    const a = article('Parler sues Amazon\n\nParler, the free speech platform, sued Amazon on Monday. Amazon forced the conservative platform offline. Parler sued.');
    const label = framing([a]).descriptors.find((d) => d.kind === 'label')!;
    expect(label).toMatchObject({ actor: 'Parler', text: 'the conservative platform', inQuote: false, context: 'Amazon forced the conservative platform offline.' });
    // The label refers back past Amazon (not known as a platform) to Parler.
    expect(a.text.slice(label.mentionStart!, label.mentionEnd!)).toBe('Parler');
  });

  it('flags an appositive inside quote marks with the quote it is in', () => {
    const a = article('Parler sues Amazon\n\n“AWS provides that service to Parler, a conservative microblogging alternative,” the filing reads. Parler sued Amazon.');
    const d = framing([a]).descriptors.find((x) => x.text === 'a conservative microblogging alternative')!;
    expect(d).toMatchObject({ actor: 'Parler', inQuote: true, quote: 'a#q1' });
  });

  it('can leave quoted descriptions out', () => {
    const a = article('Parler sues Amazon\n\n“AWS provides that service to Parler, a conservative microblogging alternative,” the filing reads. Parler sued Amazon.');
    const quotes = extractQuotes(a);
    expect(measureFraming([a], quotes, [], { quotedDescriptors: false }).descriptors).toEqual([]);
  });

  it('joins an acronym and a longer name to one actor', () => {
    const a = article('Parler sues Amazon\n\nParler sued Amazon Web Services (AWS) on Monday. AWS said Parler broke the rules, and Amazon said the suit has no merit.');
    const actors = framing([a]).actors!;
    expect(actors.find((x) => x.name === 'Amazon')?.aliases).toEqual(['AWS', 'Amazon', 'Amazon Web Services']);
  });
});
