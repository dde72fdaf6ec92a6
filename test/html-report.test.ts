import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCoverage } from '../src/pipeline/compare-coverage.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Comparison } from '../src/model/comparison.js';
import { plainContext } from '../src/render/context.js';
import { escapeHtml, IdRegistry } from '../src/render/html/escape-html.js';
import { renderDiffHtml } from '../src/render/render-diff-html.js';
import { runCli } from './helpers/fake-cli.js';

const CORPUS = fileURLToPath(new URL('../corpus/parler-v-aws', import.meta.url));
const INJECTION = fileURLToPath(new URL('../fixtures/html-injection', import.meta.url));

let corpus: Comparison;
let corpusHtml: string;
let injection: Comparison;
let injectionHtml: string;

beforeAll(async () => {
  corpus = compareCoverage((await readArticles([CORPUS])).articles);
  corpusHtml = renderDiffHtml(corpus, plainContext(), {});
  injection = compareCoverage((await readArticles([INJECTION])).articles);
  injectionHtml = renderDiffHtml(injection, plainContext(), {});
});

/** The page's one inline style and one inline script, and the markup with their bodies cut out. */
function split(html: string): { style: string; script: string; markup: string } {
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  return { style, script, markup: html.replace(style, '').replace(script, '') };
}

/** Every tag of the markup: data is escaped, so a `<` in the markup always opens a real tag. */
const tags = (markup: string) => markup.match(/<[^>]*>/g) ?? [];

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The two pages every structural test runs on; read lazily, after beforeAll. */
const PAGES: Record<string, () => { html: string; comparison: Comparison }> = {
  corpus: () => ({ html: corpusHtml, comparison: corpus }),
  'injection fixture': () => ({ html: injectionHtml, comparison: injection }),
};

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><svg onload=alert(1)>', '&quot;&gt;&lt;svg onload=alert(1)&gt;'],
    ["it's & that", 'it&#39;s &amp; that'],
    [42, '42'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('IdRegistry', () => {
  it('sanitises ids and keeps different things apart', () => {
    const ids = new IdRegistry(['framing']);
    expect(ids.id('a', 'dump.jsonl:3')).toBe('dump-jsonl-3');
    expect(ids.id('b', 'dump-jsonl-3')).toBe('dump-jsonl-3-2');
    expect(ids.id('a', 'anything')).toBe('dump-jsonl-3');
    expect(ids.id('c', 'framing')).toBe('framing-2');
    expect(ids.id('d', '"><svg onload=alert(1)>')).toBe('svg-onload-alert-1');
  });
});

describe.each(Object.keys(PAGES))('HTML report of the %s', (name) => {
  const html = () => PAGES[name]!().html;

  it('is one document with one inline style, one inline script and nothing to load', () => {
    const page = html();
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page.match(/<script\b/gi)).toHaveLength(1);
    expect(page.match(/<style\b/gi)).toHaveLength(1);
    const { markup } = split(page);
    for (const tag of tags(markup)) {
      expect(tag, tag).not.toMatch(/^<(img|svg|iframe|object|embed|link|base|audio|video|source|math)\b/i);
      expect(tag, tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag, tag).not.toMatch(/\b(src|srcset|action|formaction|background|poster)\s*=/i);
      expect(tag, tag).not.toMatch(/https?:|javascript:|data:|\/\//i);
    }
    // The script's opening tag has no src: it is the inline one.
    expect(page).toContain('<script>');
  });

  it('allows only its own style and script, by hash, with default-src none', () => {
    const page = html();
    const { style, script } = split(page);
    const csp = unescape(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)![1]!);
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${sha(style)}`);
    expect(csp).toContain(`script-src ${sha(script)}`);
    expect(csp).not.toContain('unsafe');
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<style>'));
  });

  it('uses sanitised, unique ids, and every #link has its target', () => {
    const { markup } = split(html());
    const ids = [...markup.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = [...markup.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(10);
    const known = new Set(ids);
    for (const href of hrefs) {
      expect(href).toMatch(/^#/);
      expect(known.has(href.slice(1)), href).toBe(true);
    }
  });

  it('has every outlet as a column header, in run order', () => {
    const { comparison } = PAGES[name]!();
    const head = /<table class="clusters"><thead>([\s\S]*?)<\/thead>/.exec(html())![1]!;
    const columns = [...head.matchAll(/<th scope="col" data-col="(\d+)">([^<]*)<\/th>/g)].map((m) => unescape(m[2]!));
    expect(columns).toEqual(comparison.framing.outlets.map((o) => o.outlet));
  });

  it('links every cell to its place in the readable copy of the article', () => {
    const { comparison } = PAGES[name]!();
    const page = html();
    for (const c of comparison.clusters) {
      for (const m of c.members) {
        const id = `${m.article}-${m.start}`.replace(/[^A-Za-z0-9_-]+/g, '-');
        expect(page, `${c.id} ${m.id}`).toContain(`href="#${id}"`);
        expect(page).toContain(` id="${id}"`);
      }
    }
  });

  it('keeps each article’s text, paragraph by paragraph, in its readable copy', () => {
    const { comparison } = PAGES[name]!();
    const { markup } = split(html());
    for (const article of comparison.articles) {
      const copyId = `article-${article.id}`.replace(/[^A-Za-z0-9_-]+/g, '-');
      const copy = new RegExp(`<article class="copy" id="${copyId}">([\\s\\S]*?)</article>`).exec(markup)![1]!;
      const paragraphs = [...copy.matchAll(/<(p|h4|h5) class="para [a-z]+" data-n="(\d+)">([\s\S]*?)<\/\1>/g)];
      const expected = article.paragraphs.filter((p) => p.end > p.start);
      expect(paragraphs).toHaveLength(expected.length);
      paragraphs.forEach((m, k) => {
        expect(unescape(m[3]!.replace(/<[^>]*>/g, ''))).toBe(article.text.slice(expected[k]!.start, expected[k]!.end));
        expect(Number(m[2])).toBe(article.paragraphs.indexOf(expected[k]!) + 1);
      });
    }
  });

  it('is the same bytes every time', () => {
    const { comparison } = PAGES[name]!();
    expect(renderDiffHtml(comparison, plainContext(), {})).toBe(html());
  });
});

describe('HTML report of the corpus', () => {
  it('marks the words an outlet added or left out of an altered quote', () => {
    const q1 = corpus.clusters.find((c) => c.type === 'quote' && c.flags.some((f) => f.type === 'words-only-here' && f.outlet === 'capitol-riot'))!;
    const row = new RegExp(`<tr id="cluster-${q1.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(corpusHtml)![1]!;
    expect(row).toContain('<ins>violated federal antitrust laws</ins>');
    expect(row).toMatch(/<del class="gap" title="[^"]+">… \d+ words<\/del>/);
    expect(row).toContain('words-only-here');
  });

  it('shows the framing panels and the filters', () => {
    for (const title of ['How each outlet describes the actors', 'Reporting verbs by source', 'Whose voice', 'Distancing, hedges and loaded words', 'Only this outlet', 'Left out']) {
      expect(corpusHtml).toContain(`<h3>${title}</h3>`);
    }
    expect(corpusHtml).toContain('“the hottest new social media platform”');
    expect(corpusHtml).toMatch(/<input type="checkbox" name="outlet" value="0" checked> filed-a-lawsuit/);
    expect(corpusHtml).toContain('<input type="radio" name="type" value="claim"> claims');
    expect(corpusHtml).toContain('<option value="0">');
    expect(corpusHtml).toContain('@media print');
  });

  it('orders rows quotes first, then claims, most widely carried first', () => {
    const rows = [...corpusHtml.matchAll(/<tr id="[^"]+" data-type="(quote|claim)" data-carried="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])] as const);
    expect(rows).toHaveLength(corpus.clusters.length);
    const firstClaim = rows.findIndex(([type]) => type === 'claim');
    expect(rows.slice(firstClaim).every(([type]) => type === 'claim')).toBe(true);
    for (const part of [rows.slice(0, firstClaim), rows.slice(firstClaim)]) {
      for (let k = 1; k < part.length; k++) expect(part[k]![1]).toBeLessThanOrEqual(part[k - 1]![1]);
    }
  });

  it('follows --outlets, --only and --min-outlets', () => {
    const html = renderDiffHtml(corpus, plainContext(), { outlets: ['capitol-riot', 'forced-offline'], only: 'quotes', minOutlets: 2 });
    const head = /<table class="clusters"><thead>([\s\S]*?)<\/thead>/.exec(html)![1]!;
    expect([...head.matchAll(/data-col="\d+">([^<]*)</g)].map((m) => m[1])).toEqual(['capitol-riot', 'forced-offline']);
    expect(html).not.toContain('data-type="claim"');
    expect(html).not.toContain('id="framing"');
    expect([...html.matchAll(/data-carried="(\d+)"/g)].every((m) => Number(m[1]) >= 2)).toBe(true);
    expect(html).not.toContain('article-000_07d689f528515764');
  });
});

describe('HTML report of the injection fixture', () => {
  it('shows every payload as text', () => {
    for (const payload of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '<img src=x onerror="window.__xss=1">', 'https://evil.example/x.js', 'javascript:alert(1)']) {
      expect(injectionHtml, payload).toContain(escapeHtml(payload));
    }
    expect(injectionHtml).not.toMatch(/<(img|svg)\b/i);
    expect(injectionHtml).not.toContain('ran-a-script-from-the-source-page');
  });

  it('escapes payloads in outlet labels, headlines, authors and diff parts', () => {
    const outlet = escapeHtml('The "><svg onload=alert(1)> Ledger');
    expect(injectionHtml).toContain(`<th scope="col" data-col="0">${outlet}</th>`);
    expect(injectionHtml).toContain(`name="outlet" value="0" checked> ${outlet}</label>`);
    expect(injectionHtml).toContain(escapeHtml('Council backs data centre <img src=x onerror=alert(1)>'));
    expect(injectionHtml).toContain(escapeHtml('by Riley <b onmouseover=alert(1)>Bold</b>'));
    expect(injectionHtml).toMatch(/<ins>[^<]*script[^<]*<\/ins>/);
    expect(injectionHtml).toMatch(/<del>[^<]*onerror[^<]*<\/del>/);
  });
});

describe('coverage diff --format html', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'coverage-html-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the page to --output', async () => {
    const file = path.join(dir, 'report.html');
    const result = await runCli(['diff', INJECTION, '--format', 'html', '--output', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(injectionHtml);
  });

  it('writes it to stdout without --output, colour or not', async () => {
    const result = await runCli(['diff', INJECTION, '--format', 'html'], { tty: true, env: {} });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(injectionHtml);
  });
});

describe('a report too large for a browser', () => {
  // At 5,000 outlets the report would be a table of 360 million cells; it is refused with
  // what to do, before it is built. Here the limit is lowered to the corpus's size.
  it('is refused in one line naming the size and the options that make it smaller', async () => {
    const { checkReportSize } = await import('../src/cli/commands/diff.js');
    const outlets = corpus.framing.outlets.length;
    const rows = corpus.clusters.length;
    expect(() => checkReportSize(corpus, {}, rows * outlets)).not.toThrow();
    let message = '';
    try {
      checkReportSize(corpus, {}, rows * outlets - 1);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`a table of ${rows} clusters × ${outlets} outlets`);
    expect(message).toMatch(/--outlets a,b,c.*--min-outlets 2 \(\d+ clusters\)/);
    expect(message).not.toContain('\n');
    // What the message offers is enough: fewer rows, or fewer columns.
    expect(() => checkReportSize(corpus, { minOutlets: 2 }, rows * outlets - 1)).not.toThrow();
    expect(() => checkReportSize(corpus, { outlets: corpus.framing.outlets.slice(0, 2).map((o) => o.outlet) }, rows * outlets - 1)).not.toThrow();
  });
});
