import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { readHtml } from '../src/ingest/read-html.js';

function fixture(name: string) {
  const source = readFileSync(new URL(`../fixtures/ingest/${name}/input.html`, import.meta.url), 'utf8');
  return readHtml(source, `${name}/input.html`);
}

/** A page around a body, so inline cases only spell out what they test. */
function page(head: string, body: string): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

const LONG = 'The council met on Tuesday to discuss the harbour wall, and members spoke for an hour about costs.';

interface FixtureCase {
  name: string;
  title: string;
  outlet: string;
  author: string;
  date: string;
  url: string;
  bodySource: string;
  isOpinion: boolean;
  present: string[];
  absent: string[];
}

const fixtures: FixtureCase[] = [
  {
    name: 'html-json-ld',
    title: 'Port authority approves £40m seawall after winter storms',
    outlet: 'The Harbour Courier',
    author: 'Marta Keane',
    date: '2024-03-12T07:30:00+00:00',
    url: 'https://harbourcourier.example/news/2024/03/12/port-seawall-approved',
    bodySource: 'json-ld',
    isOpinion: false,
    present: [
      'The Port of Eastwick will build a 1.2km seawall along the harbour front',
      '“We cannot ask people to bail out their kitchens every February,” said Joan Pellow',
      'the county council & a national flood-defence grant',
      "the design 'cuts the town off from its own sea'",
      'The board said it would publish the final drawings in April.',
    ],
    absent: ['Sport', 'Accept all cookies', 'Share on Facebook', 'Photograph: Tom Hale', 'Advertisement', 'Sign up', 'More from Eastwick', 'Privacy', 'dataLayer'],
  },
  {
    name: 'html-article-element',
    title: 'Rail union calls off Friday strike after late pay offer',
    outlet: 'Midland Post',
    author: 'Luis Ortega',
    date: '2024-05-02T18:45:00-05:00',
    url: 'https://midlandpost.example/business/rail-strike-called-off',
    bodySource: 'article',
    isOpinion: false,
    present: [
      "Train drivers' union ASLEF-Midlands has called off Friday's strike",
      'a ballot that closes on May 20. “It’s not everything we asked for',
      'Commuters at Central Station greeted the news with relief. "I was going to lose a day\'s pay,"',
      '\n\nCommuters relieved\n\n',
      '- the 05:42 from Ashby\n\n- the 06:10 from Dunmore & Vale',
      'We’re glad common sense prevailed.',
      "talks on working practices 'must continue'.",
    ],
    absent: ['Home', 'Copy link', 'Share this story', 'Photo: Kim Ado', 'googletag', 'Bus drivers accept', 'Canal Street', 'May 2, 2024'],
  },
  {
    name: 'html-div-soup',
    title: 'Wildfire near Carrow forces 300 from homes',
    outlet: 'Valley Gazette',
    author: 'Priya Nair',
    date: '2023-08-19',
    url: 'https://valleygazette.example/story.php?id=88213',
    bodySource: 'densest-block',
    isOpinion: false,
    present: [
      'About 300 people were ordered to leave their homes on Saturday',
      'Winds of up to 35 mph were driving it toward the Pine Hollow & Upper Creek neighbourhoods.',
      '“We have crews on every road in and out, but this wind is not our friend,”',
      "'plenty of pens and plenty of hay'",
      'The cause of the fire is under investigation.',
    ],
    absent: ['Classifieds', 'cookies', 'Stay safe everyone', 'brush on the ridge', 'Most popular', 'loose goat', 'Copyright', '_gaq'],
  },
  {
    name: 'html-broken',
    title: 'Bridge closure to last until autumn, engineers say',
    outlet: 'Riverside Echo',
    author: 'Hannah Cole',
    date: '2024-01-09T09:00:00Z',
    url: 'https://riversideecho.example/news/bridge-closure-autumn',
    bodySource: 'article',
    isOpinion: false,
    present: [
      'engineers found cracks in two of its three arches.',
      'despite a 7.5 tonne limit, & by the flooding in November.',
      '“Nobody wants to keep this bridge closed a day longer than we have to,” said councillor Meera Shah.',
      'Temperatures < 5 degrees at night',
      'a repair bid of <£2m is still pending.',
      'The council will decide next month whether to apply for',
    ],
    absent: ['News', 'Share on WhatsApp', 'Sponsored', '<p>', '<meta'],
  },
  {
    name: 'html-opinion',
    title: 'Our towns need buses, not another bypass',
    outlet: 'The Northern Ledger',
    author: 'Ines Varga, Tom Reilly',
    date: '2024-06-21T06:00:00+01:00',
    url: 'https://northernledger.example/opinion/buses-not-bypass',
    bodySource: 'article',
    isOpinion: true,
    present: [
      'the county called it a “network adjustment”. For the 4,000 people in Kelby & Marsh',
      "It would get 'the people who are stuck' to work",
      'Councillors should pause the bypass and put buses first.',
    ],
    absent: ['Opinion', 'transport researcher', 'Comments (42)', 'long overdue', 'Home'],
  },
];

describe('readHtml fixtures', () => {
  it.each(fixtures)('$name', (c) => {
    const article = fixture(c.name);
    expect(article).toMatchObject({
      file: `${c.name}/input.html`,
      index: 0,
      title: c.title,
      outlet: c.outlet,
      author: c.author,
      date: c.date,
      url: c.url,
      bodySource: c.bodySource,
      isOpinion: c.isOpinion,
    });
    expect(article.diagnostics).toEqual([]);
    for (const sentence of c.present) expect(article.body).toContain(sentence);
    for (const furniture of c.absent) expect(article.body).not.toContain(furniture);
    expect(article.body.startsWith(c.title)).toBe(false);
    expect(article.body).not.toMatch(/\n{3,}|[ \t]{2,}|\u00a0|^\s|\s$/);
  });

  it.each(fixtures.map((c) => c.name))('%s truncated anywhere still reads', (name) => {
    const source = readFileSync(new URL(`../fixtures/ingest/${name}/input.html`, import.meta.url), 'utf8');
    for (let cut = 0; cut <= source.length; cut += Math.ceil(source.length / 40)) {
      const article = readHtml(source.slice(0, cut), 'cut.html');
      const noBody = article.diagnostics.some((d) => d.code === 'no-article-body');
      expect(article.body === '').toBe(noBody);
    }
  });

  it('keeps other useful metadata in meta', () => {
    expect(fixture('html-json-ld').meta).toEqual({
      section: 'Local news',
      keywords: ['Eastwick', 'flooding', 'Port of Eastwick'],
      description: 'The Port of Eastwick will build a 1.2km seawall after storms flooded the harbour front twice in one winter.',
      language: 'en-GB',
      dateModified: '2024-03-12T11:05:00+00:00',
      publisher: 'Harbour Courier Media Ltd',
      jsonLdType: 'NewsArticle',
    });
    expect(fixture('html-article-element').meta).toMatchObject({ section: 'Business', language: 'en-US', keywords: ['rail', 'strike', 'unions', 'transport'] });
  });

  it('gives the JSON-LD body its paragraph breaks', () => {
    expect(fixture('html-json-ld').body.split('\n\n')).toHaveLength(5);
  });
});

describe('readHtml metadata', () => {
  it('does what its doc comment says', () => {
    const article = readHtml('<title>Dam fails</title><article><p>The dam failed at dawn.</p></article>', 'dam.html');
    expect(article).toMatchObject({ title: 'Dam fails', body: 'The dam failed at dawn.', bodySource: 'article', diagnostics: [] });
  });


  const cases: [string, string, Partial<Record<'title' | 'author' | 'outlet' | 'url' | 'date', string>>][] = [
    [
      'author as an array of names and objects',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":["Ann Lee",{"@type":"Person","name":"Bo Chen"},{"name":"Ann Lee"}]}</script>',
      { title: 'H', author: 'Ann Lee, Bo Chen' },
    ],
    [
      'an @graph with @id references for author and publisher',
      '<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#p","name":"Ada Obi"},{"@type":"Organization","@id":"#o","name":"Daily Lamp"},{"@type":"ReportageNewsArticle","headline":"Flood &amp; fire","author":{"@id":"#p"},"publisher":{"@id":"#o"},"datePublished":"2024-02-01"}]}</script>',
      { title: 'Flood & fire', author: 'Ada Obi', outlet: 'Daily Lamp', date: '2024-02-01' },
    ],
    [
      'an array of JSON-LD objects, BlogPosting among them',
      '<script type="application/ld+json">[{"@type":"WebSite","name":"Site"},{"@type":"BlogPosting","headline":"Post","url":"https://b.example/post"}]</script>',
      { title: 'Post', url: 'https://b.example/post' },
    ],
    ['a " | Site" title suffix naming the site', '<title>Dam fails | The Courier</title><meta property="og:site_name" content="The Courier">', { title: 'Dam fails', outlet: 'The Courier' }],
    ['a " - Site" title suffix naming the site', '<title>Dam fails - The Courier</title><meta property="og:site_name" content="The Courier">', { title: 'Dam fails' }],
    ['a "Site | " title prefix naming the site', '<title>The Courier | Dam fails</title><meta property="og:site_name" content="The Courier">', { title: 'Dam fails' }],
    ['a title suffix that is not the site', '<title>Dam fails - again</title><meta property="og:site_name" content="The Courier">', { title: 'Dam fails - again' }],
    ['a "<" inside a closed title', '<title>Why x<y matters</title>', { title: 'Why x<y matters' }],
    ['og:title over <title>', '<title>Page | X</title><meta property="og:title" content="Real headline">', { title: 'Real headline' }],
    ['meta author with "By " and canonical link', '<meta name="author" content="By Kim Park"><link rel="canonical" href="https://c.example/a">', { author: 'Kim Park', url: 'https://c.example/a' }],
    ['microdata author name', '<div itemprop="author"><span itemprop="name">Lu Wen</span> is our science editor and has covered space for a long time.</div>', { author: 'Lu Wen' }],
    ['JSON-LD with a raw newline inside a string', '<script type="application/ld+json">{"@type":"Article","headline":"Two\nlines"}</script>', { title: 'Two lines' }],
  ];
  it.each(cases)('%s', (_name, head, expected) => {
    expect(readHtml(page(head, `<p>${LONG}</p>`), 'x.html')).toMatchObject(expected);
  });

  const opinion: [string, string, string, boolean][] = [
    ['JSON-LD OpinionNewsArticle', '<script type="application/ld+json">{"@type":"OpinionNewsArticle","headline":"H"}</script>', '', true],
    ['article:section Opinion', '<meta property="article:section" content="Opinion">', '', true],
    ['og:type containing opinion', '<meta property="og:type" content="article:opinion">', '', true],
    ['a visible kicker', '', '<span class="kicker">Opinion</span>', true],
    ['an "Opinion" link in the nav only', '', '<nav><a class="section-link" href="/opinion">Opinion</a></nav>', false],
    ['a news section', '<meta property="article:section" content="World">', '', false],
  ];
  it.each(opinion)('isOpinion from %s', (_name, head, extra, expected) => {
    expect(readHtml(page(head, `${extra}<article><p>${LONG}</p></article>`), 'x.html').isOpinion).toBe(expected);
  });

  it('reports invalid JSON-LD as a warning and falls back to meta tags', () => {
    const article = readHtml(page('<script type="application/ld+json">{"headline": </script><meta property="og:title" content="Fallback">', `<p>${LONG}</p>`), 'bad.html');
    expect(article.title).toBe('Fallback');
    expect(article.diagnostics).toEqual([expect.objectContaining({ code: 'invalid-json-ld', severity: 'warning', file: 'bad.html' })]);
  });
});

describe('readHtml body', () => {
  const cases: [string, string, string, string][] = [
    ['<br> inside a paragraph is a space', `<article><p>${LONG}<br>Second line.</p></article>`, `${LONG} Second line.`, 'article'],
    ['two <br> in a row split paragraphs', `<article><div>${LONG}<br><br>Next one.</div></article>`, `${LONG}\n\nNext one.`, 'article'],
    ['list items become "- " paragraphs', `<article><p>${LONG}</p><ul><li>One</li><li>Two &amp; three</li></ul></article>`, `${LONG}\n\n- One\n\n- Two & three`, 'article'],
    ['headings stay their own paragraphs', `<article><p>${LONG}</p><h2>Costs</h2><p>More.</p></article>`, `${LONG}\n\nCosts\n\nMore.`, 'article'],
    ['table rows become lines', `<article><p>${LONG}</p><table><tr><td>Ward</td><td>Votes</td></tr></table></article>`, `${LONG}\n\nWard | Votes`, 'article'],
    ['<main> when there is no <article>', `<main><p>${LONG}</p></main>`, LONG, 'main'],
    ['the <article> with most paragraph text', `<article><p>Short teaser text here.</p></article><article><p>${LONG}</p><p>${LONG}</p></article>`, `${LONG}\n\n${LONG}`, 'article'],
    ['teaser <article> cards lose to the densest block', `<div><p>${LONG}</p><p>${LONG}</p></div><article><p>A short card about another story.</p></article>`, `${LONG}\n\n${LONG}`, 'densest-block'],
    ['a link-heavy block loses to prose', `<div><p><a href="/1">${LONG}</a></p><p><a href="/2">${LONG}</a></p></div><div><p>${LONG}</p></div>`, LONG, 'densest-block'],
    ['an article container with a share-ish state class is kept', `<div class="story-content social-share-enabled"><p>${LONG}</p><div class="share-bar">Share this</div></div>`, LONG, 'densest-block'],
    ['a layout wrapper named after its sidebar is kept', `<div class="layout-with-sidebar"><div><p>${LONG}</p></div><div class="sidebar"><p>Most read</p></div></div>`, LONG, 'densest-block'],
    ['a comment thread longer than the story is dropped', `<article><p>${LONG}</p><div id="comments"><p>${LONG} Reply 1.</p><p>${LONG} Reply 2.</p></div></article>`, LONG, 'article'],
    ['bylines, author boxes and kickers are dropped', `<article><span class="kicker">Politics</span><h1>Dam fails</h1><div class="byline">By Ann Lee</div><p>${LONG}</p><div class="author-bio">Ann Lee covers the harbour.</div></article>`, LONG, 'article'],
    ['a page wrapped in one <form> is kept', `<form id="aspnetForm"><div><p>${LONG}</p></div><form><button>Go</button></form></form>`, LONG, 'densest-block'],
    ['a headline repeated at the top is dropped', `<article><h1>Dam fails</h1><p>${LONG}</p></article>`, LONG, 'article'],
    ['invisible and no-break characters are cleaned', `<article><p>Soft\u00adhyphen&nbsp;and&#8203;zero ${LONG}</p></article>`, `Softhyphen andzero ${LONG}`, 'article'],
  ];
  it.each(cases)('%s', (_name, body, expected, source) => {
    const article = readHtml(page('<title>Dam fails</title>', body), 'x.html');
    expect(article.body).toBe(expected);
    expect(article.bodySource).toBe(source);
  });

  const ld = (body: string): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Dam fails', articleBody: body })}</script>`;
  const jsonLd: [string, string, string, string][] = [
    ['blank-line breaks are kept', `${LONG}\n\n${LONG}\n\nEnd.`, `${LONG}\n\n${LONG}\n\nEnd.`, 'json-ld'],
    ['single newlines are breaks when there are no blank lines', `${LONG}\n${LONG}\n${LONG}`, `${LONG}\n\n${LONG}\n\n${LONG}`, 'json-ld'],
    ['HTML inside articleBody is walked', `<p>${LONG}</p><p>${LONG} &amp; more</p>`, `${LONG}\n\n${LONG} & more`, 'json-ld'],
    ['entities inside articleBody are decoded', `${LONG} It&#8217;s ${LONG}`, `${LONG} It’s ${LONG}`, 'json-ld'],
    ['a short teaser falls back to the page', 'Just a teaser.', LONG, 'article'],
  ];
  it.each(jsonLd)('JSON-LD articleBody: %s', (_name, body, expected, source) => {
    const article = readHtml(page(ld(body), `<article><p>${LONG}</p></article>`), 'x.html');
    expect(article.body).toBe(expected);
    expect(article.bodySource).toBe(source);
  });

  const empty: [string, string][] = [
    ['an empty file', ''],
    ['only furniture', page('<title>T</title>', '<nav><a href="/">Home</a></nav><footer>© 2024</footer><div class="share">Share</div>')],
    ['only a script', '<script>document.write("hello world, this is a very long string of script text")</script>'],
    ['binary-looking garbage', '\u0000\u0001<<<>>>&&&;;'],
  ];
  it.each(empty)('no body in %s → empty body and a no-article-body diagnostic', (_name, source) => {
    const article = readHtml(source, 'saved/page.html');
    expect(article.body).toBe('');
    expect(article.bodySource).toBeUndefined();
    expect(article.diagnostics).toEqual([
      {
        code: 'no-article-body',
        severity: 'error',
        file: 'saved/page.html',
        message: 'saved/page.html: no article text found in the HTML; save the page with its article text or pass the text as .txt',
      },
    ]);
  });

  const broken = ['<p>Unclosed <b>bold <i>and italic', '<div><div><div><p>' + LONG, '<html><body><p>a < b && c > d ' + LONG, '<!-- never closed ' + LONG, '<title>T'];
  it.each(broken)('never throws on %j', (source) => {
    expect(() => readHtml(source, 'b.html')).not.toThrow();
  });
});
