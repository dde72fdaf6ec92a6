// Generators for the property-based tests (test/fuzz.test.ts) and the long fuzz run
// (fuzz/run.js). Plain JavaScript so that both vitest and bare node can load it.
import fc from 'fast-check';

/** @typedef {'txt' | 'md' | 'html' | 'json' | 'jsonl'} Format */
/** @typedef {{ kind: string, text: string }} FuzzInput */

export const FORMATS = /** @type {const} */ (['txt', 'md', 'html', 'json', 'jsonl']);

// ---------------------------------------------------------------------------------
// News-like text, built from fragments.

const NAMES = ['Matze', 'John Matze', 'Jeff Bezos', 'Amy Klobuchar', 'Jane Roe', 'Smith', 'Ana María López', 'O’Brien', 'D’Angelo', 'Al-Sayed', 'Mr. Lee', 'Dr. Chen', 'Sen. Ted Cruz', 'Rep. Ilhan Omar', 'Gov. Newsom', 'Parler', 'Amazon', 'AWS', 'the company', 'a spokesperson', 'officials', 'he', 'she', 'they', 'It'];
const ORGS = ['Amazon Web Services', 'Parler', 'U.S. District Court', 'Apple Inc.', 'Google LLC', 'the F.B.I.', 'the U.N.', 'Twitter', 'the Justice Department', 'Reuters', 'AP'];
const VERBS = ['said', 'says', 'told reporters', 'wrote', 'added', 'argued', 'claimed', 'warned', 'alleged', 'insisted', 'stated', 'noted', 'tweeted', 'said on Monday', 'according to', 'told CNN that', 'reads'];
const WORDS = ['the', 'a', 'platform', 'lawsuit', 'court', 'ban', 'violence', 'content', 'servers', 'allegedly', 'so-called', 'reportedly', 'may', 'some', 'critics', 'say', 'controversial', 'giant', 'was', 'is', 'not', 'over', '—', '–', '-', '(AP)', '3.5', '1,000', '$2 million', '42%', 'Jan. 9', '2021', 'U.S.', 'e.g.', 'i.e.', 'No.', 'St.', 'Inc.', 'vs.', 'etc.', 'a.m.', '...', '…', '&', '@user', '#tag', 'https://example.com/a?b=c', 'don’t', "it's", 'rock ’n’ roll', '’90s', 'naïve', 'Zürich', 'Москва', 'שלום', 'مرحبا', '東京', '😀', '👩‍👩‍👧', 'é', 'ﬁne'];
const PAIRS = [['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['«', '»'], ['»', '«'], ['„', '“'], ['‚', '‘'], ['「', '」'], ['‹', '›'], ['``', "''"], ['“', '"'], ['"', '”']];
const MARKS = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '`', '″', '＂'];
const FURNITURE = [
  'Advertisement', 'ADVERTISEMENT', 'Read more: Parler sues Amazon', 'Related: What we know', 'RELATED STORIES',
  'Share on Facebook Twitter Email', 'Share this article', 'Photo: AP', '(Photo by Jane Roe/Getty Images)', 'Image credit: Reuters',
  'Copyright 2021 The Associated Press. All rights reserved.', '© 2021 Reuters', '(Reporting by Jane Roe; Editing by John Doe)',
  'Jane Roe is a reporter at The Ledger.', 'Opinion | Our towns need buses', 'OPINION', 'Sign up for our newsletter', 'Most read',
  '- Parler sues', '* item', '1. first', '12) second', '•', '---', '***', '| a | b |', 'Click here', 'Subscribe now', 'Updated Jan. 10, 2021 3:04 p.m. ET',
];
const BYLINES = ['By Jane Roe', 'BY JANE ROE | Reuters', 'By Jane Roe and John Doe, The Ledger', 'by J. R. R. Tolkien', 'Jane Roe, AP', 'By The Associated Press', 'January 10, 2021', 'Jan. 10, 2021, 9:00 AM', 'SEATTLE (Reuters) -', 'WASHINGTON —'];
const NOISE = ['\u00a0', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\t', '\r', '\r\n', '\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\u3000', '\u202f', '\u2009', '\u200f', '\u202e', '\u0301', '\ud83d', '\ude00', '\u0000', '\u001b'];

const word = fc.constantFrom(...WORDS);
const name = fc.constantFrom(...NAMES, ...ORGS);
const verb = fc.constantFrom(...VERBS);
const words = (min, max) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '));
const pair = fc.constantFrom(...PAIRS);
const end = fc.constantFrom('.', '.', '.', '?', '!', '', ',', ':', '…', '."', '.”', '?”', ',’');

/** A sentence with a quote: balanced, unbalanced, nested, around an attribution. */
const quoted = fc.letrec((tie) => ({
  inner: fc.oneof(
    { weight: 4, arbitrary: words(0, 12) },
    { weight: 1, arbitrary: fc.tuple(words(0, 4), tie('marked'), words(0, 4)).map((p) => p.join(' ')) },
  ),
  marked: fc.oneof(
    { weight: 5, arbitrary: fc.tuple(pair, tie('inner'), end).map(([[o, c], t, e]) => `${o}${t}${e}${c}`) },
    { weight: 1, arbitrary: fc.tuple(pair, tie('inner')).map(([[o], t]) => `${o}${t}`) },
    { weight: 1, arbitrary: fc.tuple(pair, tie('inner')).map(([[, c], t]) => `${t}${c}`) },
  ),
})).marked;

const sentence = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(name, words(1, 15), end).map(([n, w, e]) => `${n} ${w}${e}`) },
  { weight: 3, arbitrary: fc.tuple(quoted, name, verb, end).map(([q, n, v, e]) => `${q} ${n} ${v}${e}`) },
  { weight: 3, arbitrary: fc.tuple(name, verb, fc.constantFrom(': ', ', ', ' that ', ' '), quoted).map((p) => p.join('')) },
  { weight: 2, arbitrary: fc.tuple(quoted, verb, name, fc.constantFrom(', ', '. ', ' — '), quoted).map(([a, v, n, s, b]) => `${a} ${v} ${n}${s}${b}`) },
  { weight: 1, arbitrary: fc.tuple(name, verb, words(1, 10), end).map(([n, v, w, e]) => `${n} ${v} ${w}${e}`) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...MARKS, ' ', '.', ','), { maxLength: 12 }).map((m) => m.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('U.S. Sen. Amy Klobuchar, D-Minn., said Inc. was fine.', 'Mr. and Mrs. J. Smith Jr. met Gen. Milley at 3 p.m. Tuesday.', 'He said: “No.” Then: “Yes.”', '“It’s over,” he said. “It’s done.”', 'The ‘so-called’ ban.', '“‘Nested,’ she said,” he said.', 'It’s “fine”', '"', '“', '”', '’', "'", 'a.b.c.d.e.f.g', '1.2.3.4', 'No. 1', '(“Really?”)', '[“Sic”]') },
);
/** How big generated inputs get: `small` keeps `npm test` quick, `normal` is for `npm run fuzz`. */
export const SIZES = {
  small: { blocks: 8, sentences: 4, unicode: 120, children: 4, records: 3 },
  normal: { blocks: 14, sentences: 6, unicode: 200, children: 5, records: 4 },
};

/**
 * The generators, at a size from SIZES.
 *
 * @param {{ blocks: number, sentences: number, unicode: number, children: number, records: number }} [size]
 */
export function makeArbitraries(size = SIZES.normal) {
  const paragraph = fc.array(sentence, { minLength: 1, maxLength: size.sentences }).map((s) => s.join(' '));
  const headline = fc.tuple(name, words(1, 8)).map(([n, w]) => `${n} ${w}`.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()));
  const block = fc.oneof(
    { weight: 10, arbitrary: paragraph },
    { weight: 2, arbitrary: headline },
    { weight: 2, arbitrary: fc.constantFrom(...BYLINES) },
    { weight: 2, arbitrary: fc.constantFrom(...FURNITURE) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\u00a0', '\u200b') },
    { weight: 1, arbitrary: fc.array(name, { minLength: 1, maxLength: 3 }).map((n) => n.join(', ')) },
    { weight: 1, arbitrary: fc.stringMatching(/^[\d ,.$%:-]{1,20}$/) },
  );
  const separator = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\r\n\r\n', '\r\n', '\n\n\n\n', '\n \n', '\n\u00a0\n', '\r', '\u2029');

  /** Insert noise characters (NBSP, zero-width, CR, lone surrogates, …) at random places. */
  const withNoise = (text) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(text) },
      {
        weight: 1,
        arbitrary: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 6 }).map((ins) => {
          let out = text;
          for (const [at, ch] of ins) {
            const i = out.length === 0 ? 0 : at % (out.length + 1);
            out = out.slice(0, i) + ch + out.slice(i);
          }
          return out;
        }),
      },
    );

  /** A news story as plain text: headline, byline, paragraphs, furniture, blank lines. */
  const newsText = fc
    .tuple(fc.array(block, { minLength: 0, maxLength: size.blocks }), fc.array(separator, { minLength: size.blocks, maxLength: size.blocks }))
    .map(([blocks, seps]) => blocks.map((b, i) => (i === 0 ? b : seps[i] + b)).join(''))
    .chain(withNoise);

  // ---------------------------------------------------------------------------------
  // Random Unicode.

  const SPECIAL = [
    ...MARKS, ...NOISE, '\u0300', '\u0308', '\u20dd', '\u0591', '\u05d0', '\u0627', '\u200e', '\u202a', '\u202b', '\u202c', '\u2066', '\u2069',
    '😀', '🏳️‍🌈', '👍🏽', '\ud800', '\udbff', '\udc00', '\udfff', '\ufffd', '\uffff', 'İ', 'ß', 'ǅ', 'Ⅻ', '٣', '.', ',', '!', '?', ' ', '<', '>', '&', '{', '}', '[', ']', '#', '*', '_', '-', '`', ':', '\\',
  ];
  const unit = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
    { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
    { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
    { weight: 2, arbitrary: fc.integer({ min: 0x300, max: 0x36f }).map((c) => String.fromCharCode(c)) },
    { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'E', 'Z', ' ', ' ', '\n', '\n\n', '.', 'the ', 'said ', 'U.S. ') },
  );
  /** Fully random Unicode: any code unit, lone surrogates, combining marks, RTL, emoji. */
  const unicodeText = fc.oneof(
    { weight: 3, arbitrary: fc.array(unit, { maxLength: size.unicode }).map((u) => u.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: size.unicode }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: size.unicode / 2 }) },
  );

  // ---------------------------------------------------------------------------------
  // Huge paragraphs: one line of 50–200 KB.

  /** One line of `min`–`max` characters, repeating a few generated sentences; cut anywhere (even inside a surrogate pair). */
  const hugeParagraph = (min = 50_000, max = 200_000) =>
    fc
      .tuple(fc.array(fc.oneof(sentence, unicodeText), { minLength: 1, maxLength: 6 }), fc.integer({ min, max }), fc.boolean())
      .map(([parts, size, headed]) => {
        const unitText = parts.join(' ').replace(/[\r\n\u2028\u2029\u0085]+/g, ' ') || '“';
        const line = unitText.repeat(Math.ceil(size / unitText.length)).slice(0, size);
        return headed ? `Huge story\n\n${line}` : line;
      });

  // ---------------------------------------------------------------------------------
  // Random HTML.

  const TAGS = ['p', 'div', 'article', 'main', 'section', 'span', 'a', 'b', 'i', 'em', 'strong', 'br', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'nav', 'header', 'footer', 'aside', 'table', 'tr', 'td', 'pre', 'time', 'template', 'noscript', 'iframe', 'svg', 'button', 'title', 'head', 'body', 'html', 'style', 'textarea', 'select', 'dialog', 'hr', 'img', 'meta', 'link', 'xmp', 'plaintext'];
  const ATTRS = [
    'class="article-body"', 'class="story content"', 'class="share-bar"', 'class="ad"', 'class="related-links"', 'class="byline"', 'class="author-bio"', 'class="has-sidebar"',
    'class="kicker"', 'id="comments"', 'id="story"', 'hidden', 'aria-hidden="true"', 'role="navigation"', 'role="main"', 'itemprop="articleBody"', 'itemprop="author"',
    'rel="author"', 'datetime="2021-01-10"', 'lang="en"', 'dir="rtl"', 'style="display:none"', 'class=', 'x="<p>"', "y='\"'", 'data-x="&amp;&#8217;&#xD800;&bogus;"',
  ];
  const META = [
    '<meta property="og:title" content="Parler sues Amazon | The Ledger">', '<meta property="og:site_name" content="The Ledger">', '<meta name="author" content="Jane Roe">',
    '<meta property="article:published_time" content="2021-01-10">', '<meta name="description" content="&#8220;Quoted&#8221; description">', '<meta property="og:type" content="opinion">',
    '<meta name="keywords" content="a, b, , c">', '<link rel="canonical" href="https://example.com/x">', '<meta content="no name">', '<meta property="og:title">', '<meta name="AUTHOR" content="">',
  ];
  const jsonJunk = fc.jsonValue({ maxDepth: 3 });
  const jsonLdNode = fc.record(
    {
      '@type': fc.oneof(fc.constantFrom('NewsArticle', 'OpinionNewsArticle', 'Article', 'ReportageNewsArticle', 'WebPage', 'Person', 'BlogPosting'), fc.array(fc.constantFrom('NewsArticle', 'Thing'), { maxLength: 2 }), jsonJunk),
      '@id': fc.oneof(fc.constantFrom('#a', '#b', 'https://example.com/x'), jsonJunk),
      headline: fc.oneof(headline, jsonJunk, fc.array(headline, { maxLength: 2 })),
      articleBody: fc.oneof(newsText, fc.constant(''), jsonJunk, newsText.map((t) => t.repeat(4))),
      author: fc.oneof(fc.constantFrom('Jane Roe', ''), fc.record({ '@type': fc.constant('Person'), name: fc.oneof(name, jsonJunk) }), fc.array(fc.oneof(name, fc.record({ name: fc.oneof(name, jsonJunk) }), fc.record({ '@id': fc.constant('#b') })), { maxLength: 3 }), jsonJunk),
      publisher: fc.oneof(fc.record({ name: fc.oneof(name, jsonJunk) }), fc.record({ '@id': fc.constant('#a') }), jsonJunk),
      datePublished: fc.oneof(fc.constantFrom('2021-01-10T09:00:00Z', 'yesterday', ''), jsonJunk),
      keywords: fc.oneof(fc.constantFrom('a,b,,c', ''), fc.array(fc.oneof(word, jsonJunk), { maxLength: 4 }), jsonJunk),
      mainEntityOfPage: fc.oneof(fc.constant('https://example.com/x'), fc.record({ '@id': fc.constant('#a') }), jsonJunk),
      articleSection: fc.oneof(fc.constantFrom('Opinion', 'News', 'Tech'), jsonJunk),
      description: fc.oneof(sentence, jsonJunk),
    },
    { requiredKeys: [] },
  );
  const jsonLd = fc.oneof(
    { weight: 3, arbitrary: jsonLdNode.map((n) => JSON.stringify(n)) },
    { weight: 1, arbitrary: fc.array(jsonLdNode, { maxLength: 3 }).map((n) => JSON.stringify({ '@context': 'https://schema.org', '@graph': n })) },
    { weight: 1, arbitrary: fc.tuple(jsonLdNode, jsonLdNode).map(([a, b]) => JSON.stringify({ ...a, mainEntity: b })) },
    { weight: 1, arbitrary: fc.array(jsonLdNode, { maxLength: 3 }).map((n) => JSON.stringify(n)) },
    // Broken: cut anywhere, raw newlines inside strings, CDATA wrappers, trailing junk.
    { weight: 2, arbitrary: fc.tuple(jsonLdNode, fc.nat()).map(([n, at]) => { const s = JSON.stringify(n); return s.slice(0, at % (s.length + 1)); }) },
    { weight: 1, arbitrary: jsonLdNode.map((n) => `/*<![CDATA[*/${JSON.stringify(n, null, 2).replace(/\\n/g, '\n')}/*]]>*/`) },
    { weight: 1, arbitrary: fc.tuple(jsonLdNode, unicodeText).map(([n, j]) => JSON.stringify(n) + j) },
    { weight: 1, arbitrary: unicodeText },
  );
  const htmlText = fc.oneof(
    { weight: 6, arbitrary: sentence.map(escapeSome) },
    { weight: 1, arbitrary: unicodeText },
    { weight: 1, arbitrary: fc.constantFrom('&amp;', '&#8217;', '&#x201C;', '&#0;', '&#xD800;', '&#99999999;', '&nbsp;', '&bogus;', '&', '<', '< p>', '</', '<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '<?xml version="1.0"?>') },
  );
  function escapeSome(text) {
    return text.replace(/&(?![#a-z])/g, '&amp;');
  }
  const element = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: htmlText },
      { weight: 3, arbitrary: tie('element') },
      { weight: 1, arbitrary: jsonLd.map((j) => `<script type="application/ld+json">${j}</script>`) },
      { weight: 1, arbitrary: fc.constantFrom(...META) },
      { weight: 1, arbitrary: fc.constantFrom('<script>var x = "</p>";</script>', '<script>', '<style>p{}</style>', '<!-- comment -->', '<!-- unclosed', '<br>', '<hr/>', '<img src=x alt="“quote”">', '</div>', '</p></p>', '<p', '<title>Unclosed title', '<title>T</title>') },
    ),
    element: fc
      .tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRS), { maxLength: 2 }), fc.array(tie('node'), { maxLength: size.children }), fc.integer({ min: 0, max: 5 }))
      .map(([tag, attrs, children, close]) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${children.join('\n')}${close === 0 ? '' : `</${tag}>`}`),
  })).node;

  /** A saved news page, well-formed or not: tags, unclosed tags, scripts, JSON-LD with junk. */
  const htmlPage = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.boolean(), fc.array(fc.oneof(fc.constantFrom(...META), jsonLd.map((j) => `<script type="application/ld+json">${j}</script>`), headline.map((h) => `<title>${h}</title>`)), { maxLength: 4 }), fc.array(element, { maxLength: size.children }), fc.array(paragraph.map((p) => `<p>${escapeSome(p)}</p>`), { maxLength: size.children }))
        .map(([doctype, head, body, ps]) => `${doctype ? '<!DOCTYPE html>\n' : ''}<html><head>${head.join('\n')}</head><body>${body.join('\n')}<article>${ps.join('\n')}</article></body></html>`),
    },
    { weight: 2, arbitrary: fc.array(element, { maxLength: 8 }).map((e) => e.join('')) },
    { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom('<', '>', '</', '/>', '<p>', '</p>', '<div class="', '"', '<!--', '-->', '<script>', '</script>', '&', '#', ';', 'x', ' ', '\n'), htmlText), { maxLength: 40 }).map((e) => e.join('')) },
  );

  // ---------------------------------------------------------------------------------
  // Markdown with random or broken YAML front-matter.

  const yamlValue = fc.oneof(
    fc.constantFrom('The Ledger', '"quoted"', "'single'", '"unclosed', "'unclosed", 'true', 'no', 'null', '~', '2021-01-10', '12:30', '0x1F', '1e9', '.inf', '[a, b', '{a: 1', '[]', '{}', '&anchor x', '*anchor', '!!binary aGk=', '!!str 1', '|', '>-', '- x', ': :', '#comment', '@reserved', '`tick', '%TAG', '"\\u00e9\\x"', '"\\ud800"', ''),
    sentence,
    unicodeText,
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? ''),
  );
  const yamlLine = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom('outlet', 'title', 'date', 'url', 'author', 'opinion', 'section', 'tags', 'x-y', 'Key', '_k', '1', '"q"', '? k', '- item', ''), fc.constantFrom(': ', ':', ' : ', ':\t', ':  '), yamlValue).map(([k, s, v]) => `${k}${s}${v}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('  ', '\t', '    ', ' '), yamlValue).map(([i, v]) => `${i}${v}`) },
    { weight: 1, arbitrary: fc.constantFrom('---', '...', '', '#', '- a', '  - b', 'a: &x [1]', 'b: *x', 'c: *nope', '<<: *x', '? complex', ': value', 'key: |\n  block\n  text', 'key: >\n folded') },
  );
  const frontMatter = fc
    .tuple(fc.array(yamlLine, { maxLength: 8 }), fc.constantFrom('---\n', '---\r\n', '...\n', '---', '--- \n', '', '', '-- \n', '\n'), fc.constantFrom('---\n', '---\r\n', '--- \n', '---\t\n'))
    .map(([lines, close, open]) => `${open}${lines.join(open.includes('\r') ? '\r\n' : '\n')}\n${close}`);
  const mdBlock = fc.oneof(
    { weight: 6, arbitrary: paragraph },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('# ', '## ', '###### ', '####### ', '#', '  # ', '# # '), headline, fc.constantFrom('', ' #', ' ##')).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.tuple(headline, fc.constantFrom('\n===', '\n---', '\n=')).map((p) => p.join('')) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('**', '*', '_', '__', '~~', '`', '[', '](', ')', '![', '<', '>', '\\', '[^1]', '<https://x.y>'), sentence, fc.constantFrom('**', '*', '_', '__', '~~', '`', ']', '](u)', '][r]', ')', '')).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````', '   ```js'), paragraph, fc.constantFrom('```', '~~~', '', '``')).map(([a, b, c]) => `${a}\n${b}\n${c}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('> ', '>> ', '- ', '* ', '+ ', '1. ', '  - '), sentence).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.constantFrom('<!-- comment -->', '<!-- unclosed', '-->', '---', '***', '___', '[ref]: https://x.y', '<div>html</div>', '![img](x.png)', '[link](https://x.y "t")', '| a | b |\n|---|---|') },
  );
  /** A Markdown article with random, broken or missing YAML front-matter. */
  const markdownText = fc
    .tuple(fc.oneof(frontMatter, frontMatter, fc.constant('')), fc.array(mdBlock, { maxLength: size.blocks }), separator)
    .map(([fm, blocks, sep]) => fm + blocks.join(sep === '\r' ? '\n\n' : sep))
    .chain(withNoise);

  // ---------------------------------------------------------------------------------
  // JSON and JSON Lines records.

  const record = fc.record(
    {
      title: fc.oneof(headline, jsonJunk),
      headline: fc.oneof(headline, jsonJunk),
      body: fc.oneof(newsText, jsonJunk, fc.array(paragraph, { maxLength: 3 })),
      text: fc.oneof(newsText, jsonJunk),
      content: fc.oneof(newsText, htmlPage, jsonJunk),
      outlet: fc.oneof(fc.constantFrom('The Ledger', 'Echo', '', ' '), jsonJunk),
      source: fc.oneof(fc.constantFrom('Reuters'), fc.record({ name: name }), jsonJunk),
      author: fc.oneof(name, fc.array(name, { maxLength: 3 }), fc.record({ name: name }), jsonJunk),
      date: fc.oneof(fc.constantFrom('2021-01-10', 'not a date', ''), fc.integer(), jsonJunk),
      url: fc.oneof(fc.constantFrom('https://example.com/a', 'not a url', ''), jsonJunk),
      opinion: fc.oneof(fc.boolean(), jsonJunk),
      extra: jsonJunk,
    },
    { requiredKeys: [] },
  );
  const recordJson = fc.oneof(
    { weight: 5, arbitrary: record.map((r) => JSON.stringify(r)) },
    { weight: 1, arbitrary: record.map((r) => JSON.stringify(r, null, 2)) },
    { weight: 1, arbitrary: jsonJunk.map((j) => JSON.stringify(j) ?? 'null') },
    { weight: 1, arbitrary: fc.tuple(record, fc.nat()).map(([r, at]) => { const s = JSON.stringify(r); return s.slice(0, at % (s.length + 1)); }) },
  );
  /** A JSON document: one record, an array of records, records under a key, or junk. */
  const jsonText = fc.oneof(
    { weight: 3, arbitrary: recordJson },
    { weight: 3, arbitrary: fc.array(record, { maxLength: size.records }).map((r) => JSON.stringify(r)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('articles', 'items', 'data', 'results', 'x'), fc.array(record, { maxLength: size.records })).map(([k, r]) => JSON.stringify({ [k]: r })) },
    { weight: 1, arbitrary: fc.array(fc.oneof(record, jsonJunk), { maxLength: 4 }).map((r) => JSON.stringify(r)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('\ufeff', ' ', '\n', ''), recordJson, fc.constantFrom('', '\n', ',', ']', '}', ' x')).map((p) => p.join('')) },
  );
  /** JSON Lines: records one a line, with blank lines, CRLF, broken and non-object lines. */
  const jsonlText = fc
    .tuple(fc.array(fc.oneof({ weight: 5, arbitrary: recordJson }, { weight: 1, arbitrary: fc.constantFrom('', ' ', '[]', '1', 'null', '{', '}', '{"a":', '// comment') }), { maxLength: size.records * 2 }), fc.constantFrom('\n', '\r\n', '\n\n'), fc.boolean())
    .map(([lines, nl, trailing]) => lines.join(nl) + (trailing ? nl : ''));

  // ---------------------------------------------------------------------------------
  // Everything together.

  /** One input for the per-input properties, tagged with the generator that made it. */
  const fuzzInput = fc.oneof(
    { weight: 5, arbitrary: newsText.map((text) => ({ kind: 'news', text })) },
    { weight: 2, arbitrary: unicodeText.map((text) => ({ kind: 'unicode', text })) },
    { weight: 2, arbitrary: htmlPage.map((text) => ({ kind: 'html', text })) },
    { weight: 2, arbitrary: markdownText.map((text) => ({ kind: 'markdown', text })) },
    { weight: 1, arbitrary: jsonText.map((text) => ({ kind: 'json', text })) },
    { weight: 1, arbitrary: jsonlText.map((text) => ({ kind: 'jsonl', text })) },
    { weight: 1, arbitrary: fc.array(fc.oneof(newsText, unicodeText, htmlPage, markdownText, jsonText), { minLength: 2, maxLength: 3 }).map((t) => ({ kind: 'mixed', text: t.join('\n') })) },
  );

  /** A huge input: one line of 50–200 KB, as text or inside Markdown, HTML or JSON. */
  const hugeInput = (min, max) =>
    fc.tuple(hugeParagraph(min, max), fc.constantFrom('txt', 'md', 'html', 'json')).map(([line, wrap]) => {
      switch (wrap) {
        case 'md':
          return { kind: 'huge-md', text: `---\noutlet: Huge\n---\n# Huge\n\n${line}` };
        case 'html':
          return { kind: 'huge-html', text: `<html><body><article><p>${line.replace(/[<&]/g, ' ')}</p></article></body></html>` };
        case 'json':
          return { kind: 'huge-json', text: JSON.stringify({ title: 'Huge', body: line }) };
        default:
          return { kind: 'huge-txt', text: line };
      }
    });

  /** Outlets for a group of articles about the same event, so that clustering has work to do. */
  const OUTLETS = ['The Ledger', 'Echo', 'Daily Planet', 'Courier', 'Gazette'];

  /** A small group of news articles (2–4) sharing vocabulary and quotes, for `compareCoverage`. */
  const articleGroup = fc
    .tuple(fc.array(sentence, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.array(fc.oneof(fc.nat(), sentence), { minLength: 1, maxLength: 10 }), fc.constantFrom('txt', 'md', 'html')), { minLength: 2, maxLength: 4 }))
    .map(([shared, articles]) =>
      articles.map(([parts, format], i) => {
        const paragraphs = parts.map((p) => (typeof p === 'number' ? shared[p % shared.length] : p));
        const body = paragraphs.join('\n\n');
        const text =
          format === 'md' ? `---\noutlet: ${OUTLETS[i]}\n---\n# Story ${i}\n\n${body}` :
          format === 'html' ? `<html><head><meta property="og:site_name" content="${OUTLETS[i]}"></head><body><article>${paragraphs.map((p) => `<p>${escapeSome(p).replace(/</g, '&lt;')}</p>`).join('')}</article></body></html>` :
          `Story ${i}\n\n${body}`;
        return { kind: `group-${format}`, text, format, outlet: OUTLETS[i] };
      }),
    );

  return { newsText, unicodeText, hugeParagraph, htmlPage, markdownText, jsonText, jsonlText, fuzzInput, hugeInput, articleGroup };
}
