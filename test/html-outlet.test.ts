import { describe, it, expect } from 'vitest';
import { readHtml } from '../src/ingest/read-html.js';
import { registrableDomain } from '../src/ingest/registrable-domain.js';
import { buildArticle } from '../src/ingest/build-article.js';
import { readText } from '../src/ingest/read-text.js';

const BODY = '<article><p>The ferry will keep sailing through the winter, the harbour board said on Monday.</p></article>';
const page = (head: string, body = BODY) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('registrableDomain', () => {
  it.each([
    ['https://www.nytimes.com/2016/10/11/us/story.html', 'nytimes.com'],
    ['http://news.bbc.co.uk/2/hi/uk.stm', 'bbc.co.uk'],
    ['https://www.abc.net.au/news/x', 'abc.net.au'],
    ['https://www.jaraguadosul.sc.gov.br/news/x', 'jaraguadosul.sc.gov.br'],
    ['https://blog.example.com/post', 'example.com'],
    ['https://localhost/x', undefined],
    ['http://192.168.0.1/x', undefined],
    ['ftp://files.example.com/x', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain);
  });
});

describe('outlet names from a saved page', () => {
  const publisher = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry","publisher":{"@type":"Organization","name":"Harbour Courier"}}</script>';
  it.each([
    ['JSON-LD publisher.name first', publisher + '<meta property="og:site_name" content="Courier Online">', 'Harbour Courier', 'publisher.name'],
    ['og:site_name', '<meta property="og:site_name" content="Courier Online"><meta name="application-name" content="Courier App">', 'Courier Online', 'og:site_name'],
    ['application-name', '<meta name="application-name" content="Courier App"><meta name="twitter:site" content="@courier">', 'Courier App', 'application-name'],
    ['twitter:site without its @', '<meta name="twitter:site" content="@harbourcourier">', 'harbourcourier', 'twitter:site'],
    ['the registrable domain of the canonical URL', '<link rel="canonical" href="https://www.harbourcourier.co.uk/news/ferry">', 'harbourcourier.co.uk', 'url-domain'],
    ['the registrable domain of og:url', '<meta property="og:url" content="https://m.valleygazette.example.com/ferry">', 'example.com', 'url-domain'],
  ])('%s', (_name, head, outlet, from) => {
    const article = readHtml(page(head), 'page.html');
    expect(article.outlet).toBe(outlet);
    expect(article.outletFrom).toBe(from);
  });

  it('the domain most of the page links to, when nothing names the site', () => {
    const links = [1, 2, 3, 4].map((n) => `<a href="https://www.quaynews.example.org/story/${n}">Story ${n}</a>`).join(' ');
    const article = readHtml(page('', `${BODY}<div>${links}<a href="https://ads.example.net/x">Ad</a><a href="https://twitter.com/x">t</a></div>`), 'page.html');
    expect(article.outlet).toBe('example.org');
    expect(article.outletFrom).toBe('link-domain');
  });

  it('no domain when none clearly leads', () => {
    const links = '<a href="https://one.example/a">a</a><a href="https://two.example/b">b</a>';
    expect(readHtml(page('', BODY + links), 'page.html').outlet).toBeUndefined();
  });
});

describe('outlet label of an article whose file name is a hash', () => {
  const hash = '06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85';
  it('is "unknown" with a warning saying how to name it, never the hash', () => {
    const raw = readText('The ferry will keep sailing through the winter.', `pages/${hash}.txt`);
    const article = buildArticle(raw, { id: hash, stem: hash });
    expect(article.outlet).toBe('unknown');
    expect(article.diagnostics.map((d) => d.code)).toContain('no-outlet-name');
  });
  it('a file name that is a word stays the outlet, as before', () => {
    const raw = readText('The ferry will keep sailing through the winter.', 'pages/courier.txt');
    expect(buildArticle(raw, { id: 'courier', stem: 'courier' }).outlet).toBe('courier');
  });
});
