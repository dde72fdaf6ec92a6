import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { readHtml } from '../src/ingest/read-html.js';

function fixture(name: string) {
  const source = readFileSync(new URL(`../fixtures/ingest/${name}/input.html`, import.meta.url), 'utf8');
  return readHtml(source, `${name}/input.html`);
}

// One fixture per failure class of real saved pages; each README says what the page shows.
const cases: [name: string, bodySource: string, present: string[], absent: string[]][] = [
  ['html-teaser-json-ld', 'article', ['will train the first volunteers in March.', 'sold in the village shop.'], ['first…']],
  [
    'html-link-lists',
    'article',
    ['- homework help for pupils on Tuesdays', '- a repair café on the first Thursday', 'Librarian Corin Vale said'],
    ['SWIMMING POOL', 'More from the Ashcombe Herald', 'Bus lane plan', 'robotics prize', 'Our Latest Stories', 'Harbour dredging', 'sea shanties'],
  ],
  [
    'html-inline-paragraphs',
    'densest-block',
    ['Councillors in Brambury voted', 'The festival drew 9,000 visitors', 'free parking permit for the festival weekend.'],
    ['reader line', 'Home'],
  ],
  [
    'html-split-sections',
    'densest-block',
    ['A plan to reopen the old Tarnby quarry', 'dust from blasting on the hill.\n\nThe board will visit the site', 'the week before the visit.'],
    ['Advertisement', 'About us'],
  ],
  [
    'html-div-br-post',
    'densest-block',
    ['the harbour board said on Monday.\n\nBoard chair Osric Penhale', 'priced at 4 pounds for adults.'],
    ['Home', 'Pier repairs', 'kayakers'],
  ],
  [
    'html-service-box',
    'densest-block',
    ['The night bus 7 will stop at Kelmore hospital', 'Nurses had asked for the stop'],
    ['customer service', 'subscription', 'holiday'],
  ],
];

describe('readHtml body extraction, one fixture per class of page', () => {
  it.each(cases)('%s', (name, bodySource, present, absent) => {
    const article = fixture(name);
    expect(article.bodySource).toBe(bodySource);
    expect(article.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const text of present) expect(article.body).toContain(text);
    for (const text of absent) expect(article.body).not.toContain(text);
  });

  it('reads markup escaped inside a JSON-LD articleBody as paragraphs', () => {
    const story = ['The ferry will sail all winter, the harbour board said on Monday.', 'Tickets go on sale next week at the quay office and online, priced at four pounds.'];
    const escaped = story.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('') + '&lt;figure&gt;&lt;figcaption&gt;The quay at dawn.&lt;/figcaption&gt;&lt;/figure&gt;';
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry to sail all winter', articleBody: escaped.repeat(2) });
    const article = readHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`, 'escaped.html');
    expect(article.bodySource).toBe('json-ld');
    expect(article.body.split('\n\n').slice(0, 2)).toEqual(story);
    expect(article.body).not.toMatch(/<p>|&lt;|quay at dawn/);
  });
});
