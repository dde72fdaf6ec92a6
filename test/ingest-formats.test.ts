import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticle } from '../src/ingest/build-article.js';
import { findInputs } from '../src/ingest/find-inputs.js';
import { readArticles, sniffFormat } from '../src/ingest/read-articles.js';
import { jsonErrorOffset } from '../src/ingest/json-error-place.js';
import { readJson, readJsonLines } from '../src/ingest/read-json.js';
import { readMarkdown, stripMarkdown } from '../src/ingest/read-markdown.js';
import { readText } from '../src/ingest/read-text.js';
import type { Article } from '../src/model/types.js';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const fixture = (p: string) => path.join('fixtures/ingest', p);
const byId = (articles: Article[]) => Object.fromEntries(articles.map((a) => [a.id, a]));
const paragraphs = (a: Article) => a.paragraphs.map((p) => a.text.slice(p.start, p.end));
const sentences = (a: Article) => a.sentences.map((s) => a.text.slice(s.start, s.end));
const codes = (d: Array<{ code: string }>) => d.map((x) => x.code);

let cwd: string;
beforeAll(() => {
  cwd = process.cwd();
  if (process.cwd() !== ROOT) process.chdir(ROOT);
});
afterAll(() => {
  if (process.cwd() !== cwd) process.chdir(cwd);
});

describe('readers', () => {
  it('readText keeps the body as it is; headline and byline are found by cleaning', () => {
    const raw = readText('Parler sues Amazon\n\nby Jane Roe\n\nParler sued on Monday.', 'a.txt');
    expect(raw).toEqual({ file: 'a.txt', index: 0, body: 'Parler sues Amazon\n\nby Jane Roe\n\nParler sued on Monday.', meta: {}, diagnostics: [] });
    const article = buildArticle(raw, { id: 'a', stem: 'a' });
    expect([article.title, article.author, article.text]).toEqual(['Parler sues Amazon', 'Jane Roe', 'Parler sues Amazon\n\nParler sued on Monday.']);
  });

  it('readMarkdown reads front-matter into fields and meta, and maps body lines to file lines', () => {
    const md = readMarkdown('---\noutlet: The Ledger\ntitle: Parler sues\nsection: Tech\n---\n# Parler sues\n\nParler **sued** [Amazon](https://a.example).\n', 'a.md');
    expect([md.outlet, md.title, md.meta]).toEqual(['The Ledger', 'Parler sues', { section: 'Tech' }]);
    expect(md.body.split('\n').map((l, i) => [l, md.lineMap[i]]).filter(([l]) => l !== '')).toEqual([
      ['Parler sues', 6], ['Parler sued Amazon.', 8],
    ]);
  });

  it('buildArticle on a Markdown article joins soft-wrapped lines and keeps file lines, without being told', () => {
    const md = readMarkdown('---\ntitle: Parler sues\n---\nParler sued Amazon\non Monday.\n\nADVERTISEMENT\n', 'a.md');
    const a = buildArticle(md, { id: 'a', stem: 'a' });
    expect(a.text).toBe('Parler sues\n\nParler sued Amazon on Monday.');
    expect(a.removed).toEqual([{ reason: 'advertisement', text: 'ADVERTISEMENT', line: 7 }]);
    expect(a.meta).toEqual({});
  });

  it('stripMarkdown removes the syntax and keeps headings as their own paragraphs', () => {
    const { body, heading } = stripMarkdown([
      '# Title', 'Intro with `code`, ~~old~~ and _new_ text.', '## Section', '> quoted', '> > nested', '* item', '+ other',
      '![photo](x.jpg)', '<!-- note -->', '```', 'code block', '```', '[ref]: https://x.example', 'A [ref link][ref] and <https://y.example>.',
    ].join('\n'));
    expect(heading).toBe('Title');
    expect(body.split('\n').filter(Boolean)).toEqual([
      'Title', 'Intro with code, old and new text.', 'Section', 'quoted', 'nested', '- item', '- other', 'A ref link and https://y.example.',
    ]);
  });

  it('readJson reads an object, an array, and {articles: [...]}; records without a body are reported, not thrown', () => {
    expect(readJson('{"title":"A","text":"Body."}', 'a.json').articles.map((a) => a.body)).toEqual(['Body.']);
    expect(readJson('{"articles":[{"body":"One."},{"content":"Two."}]}', 'a.json').articles.map((a) => a.body)).toEqual(['One.', 'Two.']);
    const mixed = readJson('[{"articleBody":["P1","P2"]}, 7, {"title":"no body"}]', 'a.json');
    expect(mixed.articles.map((a) => a.body)).toEqual(['P1\n\nP2']);
    expect(mixed.diagnostics.map((d) => d.message)).toEqual([
      'a.json: article 2 is not a JSON object; it was skipped',
      'a.json: article 3 has no text, body, content or articleBody field (keys: title); name the body field with --text-field',
    ]);
    const bad = readJson('{\n  "title": "A",\n  "text": \n}', 'a.json');
    expect(bad.diagnostics).toHaveLength(1);
    expect(bad.diagnostics[0]).toMatchObject({ code: 'bad-json', severity: 'error', line: 4 });
    expect(bad.diagnostics[0]!.message).toMatch(/^a\.json:4: not valid JSON \([^\n]+ at column 1\); fix the file or save one article per line as \.jsonl$/);
  });

  it.each([
    ['{"a": }', 6], ['[1, 2', 5], ['{"a": 1} x', 9], ['{"a": "b\nc"}', 8], ['{"a": tru}', 6], ['{"a": [1, {"b": null}], "c": -1.5e3}', -1],
  ])('jsonErrorOffset(%j) is %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('readJson: --text-field comes first, the usual names still work, --outlet-field names the outlet', () => {
    const { articles } = readJson('[{"story":"S.","pub":"P"},{"text":"T.","outlet":"O"}]', 'a.json', { textField: 'story', outletField: 'pub' });
    expect(articles.map((a) => [a.body, a.outlet])).toEqual([['S.', 'P'], ['T.', 'O']]);
  });

  it('readJsonLines skips blank lines and reports bad ones with their line', () => {
    const { articles, diagnostics } = readJsonLines('{"text":"A."}\r\n\n{"text":\n{"text":"B."}\n', 'd.jsonl');
    expect(articles.map((a) => [a.body, a.index, a.meta['line']])).toEqual([['A.', 0, 1], ['B.', 1, 4]]);
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['bad-json-line', 3]]);
  });

  it.each([
    ['{"text":"a"}\n{"text":"b"}\n', 'jsonl'],
    ['{\n  "text": "a"\n}', 'json'],
    ['[{"text":"a"}]', 'json'],
    ['<!doctype html><title>x</title>', 'html'],
    ['<article><p>x</p></article>', 'html'],
    ['---\ntitle: x\n---\nBody', 'md'],
    ['# Title\n\nBody', 'md'],
    ['Parler sues Amazon\n\nBody.', 'txt'],
  ])('sniffFormat(%j) is %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });
});

describe('outlet label', () => {
  const raw = (outlet?: string) => ({ file: 'x/a.txt', index: 0, body: 'Body text.', meta: {}, diagnostics: [], ...(outlet ? { outlet } : {}) });
  it.each([
    ['metadata beats everything', raw('Meta'), { manifest: { outlet: 'Manifest' }, folder: 'folder' }, 'Meta', 'metadata'],
    ['then the manifest', raw(), { manifest: { outlet: 'Manifest', leaning: 'left' }, folder: 'folder' }, 'Manifest', 'manifest'],
    ['then the folder', raw(), { folder: 'folder' }, 'folder', 'folder'],
    ['then the file name', raw(), {}, 'a', 'file-name'],
    ['standard input', raw(), { stdin: true }, 'a', 'stdin'],
  ] as const)('%s', (_name, r, place, outlet, rule) => {
    const a = buildArticle(r, { id: 'a', stem: 'a', ...place });
    expect([a.outlet, a.outletRule]).toEqual([outlet, rule]);
  });

  it('a file called stdin.txt is labelled by its file name', () => {
    expect(buildArticle(raw(), { id: 'stdin', stem: 'stdin' }).outletRule).toBe('file-name');
  });
});

describe('fixtures through readArticles', () => {
  it('json-array: two articles, and an error for the one with a non-standard body field', async () => {
    const { articles, diagnostics } = await readArticles([fixture('json-array/articles.json')]);
    expect(articles.map((a) => [a.id, a.outlet, a.outletRule, a.title, a.author, a.date, a.url])).toEqual([
      ['articles:1', 'The Harbour Courier', 'metadata', 'Ferry fares to rise 8% from April', 'Marta Keane', '2024-02-14', 'https://harbourcourier.example/news/ferry-fares-rise'],
      ['articles:2', 'Midland Post', 'metadata', 'Rail union calls off Friday strike', 'Luis Ortega, Hannah Cole', '2024-05-02T18:45:00-05:00', 'https://midlandpost.example/business/rail-strike-called-off'],
    ]);
    expect(articles[0]!.meta).toEqual({ section: 'Transport' });
    expect(sentences(articles[0]!)).toContain('“We held prices for two years,” said Dr. Ines Varga, its chief executive.');
    expect(sentences(articles[1]!)[1]).toBe('The rail union called off Friday\'s strike after a late pay offer of 4.5% from Northline Rail Inc. on Thursday night.');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'no-text-field', severity: 'error', file: fixture('json-array/articles.json') });
    expect(diagnostics[0]!.message).toContain('article 3');
    expect(diagnostics[0]!.message).toContain('--text-field');
  });

  it('json-array with --text-field story_text: all three', async () => {
    const { articles, diagnostics } = await readArticles([fixture('json-array/articles.json')], { textField: 'story_text' });
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => a.outlet)).toEqual(['The Harbour Courier', 'Midland Post', 'Valley Gazette']);
    expect(paragraphs(articles[2]!)[1]).toBe('About 300 people left their homes near Carrow on Saturday as a wildfire spread across dry scrubland.');
  });

  it('jsonl-dump: four articles, the blank line ignored, the bad line reported by number', async () => {
    const file = fixture('jsonl-dump/dump.jsonl');
    const { articles, diagnostics } = await readArticles([file]);
    expect(articles.map((a) => [a.id, a.outlet, a.outletRule, a.meta['line']])).toEqual([
      ['dump:1', 'The Ledger', 'metadata', 1], ['dump:2', 'Riverside Echo', 'metadata', 2], ['dump:3', 'dump', 'file-name', 4], ['dump:4', 'Northern Ledger', 'metadata', 6],
    ]);
    expect(articles.map((a) => [a.title, a.author])).toEqual([
      ['Council approves bus plan', 'Jane Roe'], ['Bridge closure to last until autumn', 'Hannah Cole'], ['Port seawall approved', null], ['Towns need buses', null],
    ]);
    expect(articles[0]!.url).toBe('https://ledger.example/bus-plan');
    expect(articles[3]!.isOpinion).toBe(true);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['bad-json-line', 'error', 5]]);
    expect(diagnostics[0]!.message).toMatch(new RegExp(`^${file}:5: line is not valid JSON .*; it was skipped, the other lines were read$`));
  });

  it('jsonl-dump with --outlet-field pub', async () => {
    const { articles } = await readArticles([fixture('jsonl-dump/dump.jsonl')], { outletField: 'pub' });
    expect([articles[2]!.outlet, articles[2]!.outletRule]).toEqual(['Harbour Courier', 'metadata']);
  });

  it('markdown-front-matter: fields, meta, no Markdown syntax, a subheading, joined wrapped lines', async () => {
    const [a] = (await readArticles([fixture('markdown-front-matter/article.md')])).articles;
    expect([a!.outlet, a!.outletRule, a!.title, a!.date, a!.url, a!.author]).toEqual([
      'The Northern Ledger', 'metadata', 'County approves £12m flood defence plan', '2024-06-21', 'https://northernledger.example/news/flood-defences', 'Ines Varga',
    ]);
    expect(a!.meta).toEqual({ leaning: 'centre-left', tags: ['floods', 'county council'] });
    expect(a!.text).not.toMatch(/[#*>_[\]]|\]\(|https?:/);
    expect(a!.paragraphs.map((p) => [p.kind, a!.text.slice(p.start, p.end)])).toEqual([
      ['headline', 'County approves £12m flood defence plan'],
      ['body', 'The county council on Thursday approved a £12m plan to protect three riverside towns from flooding, after a four-hour debate.'],
      ['subheading', 'What the plan includes'],
      ['body', 'The plan pays for:'],
      ['body', '- new walls along the River Carrow'],
      ['body', '- two pumping stations'],
      ['body', '- 1.5 km of raised footpath'],
      ['body', '“We cannot wait for the next flood,” said Councillor Tom Reilly. “Every winter costs us more.”'],
      ['body', 'Opponents said the money should go to road repairs instead. The vote was 31–12.'],
    ]);
    expect(a!.removed).toEqual([{ reason: 'repeated-headline', text: 'County approves £12m flood defence plan', line: 11 }]);
  });

  it('markdown-broken-front-matter: a warning each, the body read, plain keys still used', async () => {
    const { articles } = await readArticles([fixture('markdown-broken-front-matter')]);
    const a = byId(articles);
    for (const id of ['broken-yaml', 'unclosed']) {
      expect(codes(a[id]!.diagnostics)).toEqual(['bad-front-matter']);
      expect(a[id]!.diagnostics[0]!.severity).toBe('warning');
      expect(a[id]!.diagnostics[0]!.message).toContain(fixture(`markdown-broken-front-matter/${id}.md`));
      expect(a[id]!.text).not.toMatch(/outlet:|author:|---/);
    }
    expect([a['broken-yaml']!.outlet, a['broken-yaml']!.author]).toEqual(['Riverside Echo', 'Hannah Cole']);
    expect(paragraphs(a['broken-yaml']!)).toContain('The repairs will cost £2m, the council said.');
    expect([a['unclosed']!.outlet, a['unclosed']!.author]).toEqual(['Valley Gazette', 'Priya Nair']);
    expect(a['unclosed']!.diagnostics[0]!.message).toMatch(/never ends.*close it with a --- line/);
  });

  it('text-byline-headline: headline, byline and date line', async () => {
    const [a] = (await readArticles([fixture('text-byline-headline/article.txt')])).articles;
    expect([a!.title, a!.author, a!.date]).toEqual(['City council approves new transit budget after month of debate', 'Pranali Mehta', '2021-01-11']);
    expect(a!.meta.dateText).toBe('Jan. 11, 2021');
    expect(a!.removed).toEqual([
      { reason: 'byline', text: 'by Pranali Mehta', line: 3 },
      { reason: 'byline', text: 'Published: Jan. 11, 2021', line: 5 },
    ]);
    expect(a!.paragraphs[0]).toMatchObject({ start: 0, kind: 'headline' });
    expect(sentences(a!)).toEqual([
      'City council approves new transit budget after month of debate',
      'The city council voted 7-2 on Tuesday to approve the new transit budget, ending a month of debate.',
      'Sen. Maria Lopez, D-N.Y., welcomed the vote at 5 p.m. on Tuesday.',
      'Mayor Ana Ruiz said the plan would add 40 buses by next spring.',
      '“We listened,” she said.',
      '“Now we deliver.”',
      'Critics on the council argued the money should go to road repairs in the U.S. capital’s poorer wards instead.',
    ]);
  });

  it('text-furniture: every kind of furniture removed with its reason, story paragraphs kept', async () => {
    const [a] = (await readArticles([fixture('text-furniture/article.txt')])).articles;
    expect([a!.title, a!.author, a!.isOpinion]).toEqual(['Our towns need buses, not another bypass', 'Tom Reilly', true]);
    expect(a!.removed.map((r) => `${r.line} ${r.reason}`)).toEqual([
      '1 opinion-banner', '3 byline', '5 share-prompt', '7 share-prompt', '11 image-credit', '15 advertisement', '19 related-links',
      '23 advertisement', '25 related-links', '26 related-links', '27 related-links', '28 related-links', '30 share-prompt', '34 author-bio', '35 author-bio',
    ]);
    expect(paragraphs(a!)).toEqual([
      'Our towns need buses, not another bypass',
      'The county wants to spend £90m on a bypass that will fill with traffic within a decade. It should spend a third of that on buses instead.',
      'Share prices fell 5% at Northline Bus Co. the day the plan was announced, and the company blamed the council\'s silence.',
      'Related to the bypass, the county has also delayed its cycling strategy until 2026.',
      'Advertisement revenue fell 5% at the local paper last year, which is one reason fewer reporters now sit through council meetings.',
      'A bus every ten minutes on the main corridors would cost less than the bypass\'s interest payments. Sign up to vote in the consultation closes on Friday, and everyone who cares about the county\'s future should.',
    ]);
    expect(a!.text).not.toMatch(/Getty|ADVERTISEMENT|continues below|READ MORE|Share this|Facebook|newsletter|Related Stories|About the author|Opinion:/);
  });

  it.each([
    ['wire', 'Judge blocks county law on street markets', 'Jane Roe and John Doe', ['2023-06-02T16:15:00', 'June 2, 2023, 4:15 PM'], [
      'EASTWICK, Ore. (AP) — A federal judge on Friday ruled that a county law restricting street markets is unconstitutional, saying it was “vague and substantially overbroad.”',
      'U.S. District Judge Ana Moreno said the law violated the First Amendment. The county said it would appeal.',
      '“We’re thrilled,” said Mark Ellis, a lawyer for the traders. “This is a win for everyone.”',
    ]],
    ['broadcaster', 'Storm Greta: Red weather warning issued for coastal towns', 'Jane Roe', [null, undefined], [
      'A rare red weather warning has been issued for coastal towns as Storm Greta approaches.',
      'The weather service said there was a danger to life from fast flowing or deep floodwater.',
    ]],
    ['newspaper', 'Inflation falls to 6.7% but remains highest in the region', 'Richard Okafor', ['2023-09-20T07:00:00+01:00', 'Wed 20 Sep 2023 07.00 BST'], [
      'Price rises slowed less than expected in August, piling pressure on the central bank',
      'Inflation fell unexpectedly in August, to 6.7%, official figures show.',
      'The statistics office said the annual rate fell from 6.8% in July. Economists had expected a rise to 7%.',
      'The finance minister, Ines Varga, said: “We have made good progress.”',
    ]],
    ['cable', 'Council passes stopgap budget to avert shutdown', 'Jane Roe', ['2023-09-30T16:21:00-04:00', 'September 30, 2023 4:21pm EDT'], [
      'Bill heads to the mayor',
      'The council on Saturday passed a 45-day stopgap budget, just hours before a shutdown.',
      'Council President Tom Reilly said the bill would "keep the city open." The vote was 9-2.',
      'Members of the minority largely backed the measure. Councillor Ana Ruiz called it a victory.',
    ]],
  ] as const)('text-wire-styles/%s.txt: only the story is left', async (name, title, author, date, story) => {
    const [a] = (await readArticles([fixture(`text-wire-styles/${name}.txt`)])).articles;
    expect([a!.title, a!.author, a!.date, a!.meta.dateText]).toEqual([title, author, ...date]);
    expect(paragraphs(a!)).toEqual([title, ...story]);
    expect(a!.removed.length).toBeGreaterThan(3);
  });

  it('manifest-csv: outlet and extra columns from sources.csv, the file name for a file it does not list', async () => {
    const { articles, diagnostics } = await readArticles(['fixtures/ingest/manifest-csv/*.txt']);
    expect(diagnostics).toEqual([]);
    expect(articles.map((a) => [a.id, a.outlet, a.outletRule, a.meta])).toEqual([
      ['courier-seawall', 'The Harbour Courier', 'manifest', { leaning: 'left', country: 'IE' }],
      ['ledger-bus-plan', 'The Ledger', 'manifest', { leaning: 'centre', country: 'UK' }],
      ['unlisted-story', 'unlisted-story', 'file-name', {}],
    ]);
  });

  it('manifest-csv read as a folder: sources.csv is not an article', async () => {
    const { articles } = await readArticles([fixture('manifest-csv')]);
    expect(articles.map((a) => a.id)).toEqual(['README', 'courier-seawall', 'ledger-bus-plan', 'unlisted-story']);
  });

  it('folder-outlets: the sub-folder names the outlet, front-matter beats it', async () => {
    const { articles } = await readArticles([fixture('folder-outlets')]);
    expect(articles.map((a) => [a.id, a.outlet, a.outletRule])).toEqual([
      ['README', 'README', 'file-name'],
      ['the-harbour-courier/seawall', 'the-harbour-courier', 'folder'],
      ['valley-gazette/syndicated', 'Riverside Echo', 'metadata'],
      ['valley-gazette/wildfire', 'valley-gazette', 'folder'],
    ]);
    const direct = await readArticles([fixture('folder-outlets/valley-gazette')]);
    expect(direct.articles.map((a) => [a.id, a.outlet, a.outletRule])).toEqual([['syndicated', 'Riverside Echo', 'metadata'], ['wildfire', 'wildfire', 'file-name']]);
  });

  it('hidden-and-unknown: only the article and README are read, the rest counted as skipped', async () => {
    const { articles, skipped, diagnostics } = await readArticles([fixture('hidden-and-unknown')]);
    expect(articles.map((a) => a.id)).toEqual(['README', 'article']);
    expect(skipped).toEqual({ hidden: 4, unknown: 2 });
    expect(diagnostics).toEqual([]);
  });

  it('html fixtures are read through the same pipeline', async () => {
    const { articles } = await readArticles([fixture('html-json-ld/input.html')]);
    expect([articles[0]!.outlet, articles[0]!.outletRule, articles[0]!.title]).toEqual(['The Harbour Courier', 'metadata', 'Port authority approves £40m seawall after winter storms']);
    // An HTML body is extracted, not copied: its removals have no file line.
    expect(articles[0]!.removed.every((r) => r.line === undefined)).toBe(true);
  });
});

describe('corpus acceptance', () => {
  it('reads the five parler-v-aws articles cleanly', async () => {
    const { articles, diagnostics } = await readArticles(['corpus/parler-v-aws']);
    expect(diagnostics).toEqual([]);
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      expect(a.outletRule).toBe('manifest');
      expect(a.diagnostics).toEqual([]);
      for (const furniture of ['Embed from Getty Images', 'Advertisement', 'Related:', 'Source credit', 'Read more']) expect(a.text).not.toContain(furniture);
      for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).not.toMatch(/\bU\.S\.$/);
      for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(a.text.slice(p.start, p.end).trim());
    }
    const a = byId(articles);
    expect(a['002_14da902b4dbb1bd7']!.author).toBe('Pranali Mehta');
    expect(articles.filter((x) => x.isOpinion).map((x) => x.id)).toEqual(['004_55f501144331fa01']);
    expect(a['000_07d689f528515764']!.title).toBeNull();
    expect(a['000_07d689f528515764']!.paragraphs.filter((p) => p.kind === 'subheading').map((p) => a['000_07d689f528515764']!.text.slice(p.start, p.end)))
      .toEqual(['Parler seeks temporary restraining order', 'Discrimination', 'Twitter users flee en masse', 'Parler goes dark']);
    expect(a['001_6d474535bdaee0cf']!.title).toBe('Parler sues Amazon Web Services after being forced offline');
  });
});

describe('bad input', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'coverage-ingest-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('a missing path is reported and the other paths are still read', async () => {
    const { articles, diagnostics } = await readArticles(['no/such/file.txt', fixture('text-byline-headline/article.txt')]);
    expect(articles).toHaveLength(1);
    expect(diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([['missing-path', 'error', 'no/such/file.txt: no such file or folder; check the path']]);
  });

  it('a glob that matches nothing, and a folder with no articles, are errors', async () => {
    mkdirSync(path.join(tmp, 'empty-folder'));
    writeFileSync(path.join(tmp, 'empty-folder', 'notes.pdf'), '%PDF-1.4');
    const { diagnostics, skipped } = await readArticles([path.join(tmp, 'empty-folder'), 'fixtures/ingest/*.nothing']);
    expect(codes(diagnostics)).toEqual(['no-articles', 'no-match']);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(skipped.unknown).toBe(1);
  });

  it('a file of unknown type named directly is an error that says what to convert it to', async () => {
    const { diagnostics } = await readArticles([fixture('hidden-and-unknown/report.pdf')]);
    expect(diagnostics[0]).toMatchObject({ code: 'unknown-type', severity: 'error' });
    expect(diagnostics[0]!.message).toContain('pdftotext report.pdf report.txt');
  });

  it.each([
    ['bad-binary/report.txt', 0, [['binary-file', 'error']]],
    ['bad-empty/article.txt', 0, [['empty-file', 'warning']]],
    ['bad-whitespace-only/article.txt', 0, [['empty-file', 'warning']]],
    ['bad-invalid-utf8/article.txt', 1, [['invalid-utf8', 'warning']]],
    ['bad-windows-1252/article.txt', 1, [['invalid-utf8', 'warning']]],
    ['bad-utf16/article.txt', 1, [['utf16', 'warning']]],
    ['bad-utf8-bom/article.txt', 1, []],
    ['html-broken/input.html', 1, []],
  ] as const)('%s: %i article(s), diagnostics %j', async (file, count, expected) => {
    const { articles, diagnostics } = await readArticles([fixture(file)]);
    expect(articles).toHaveLength(count);
    const all = [...diagnostics, ...articles.flatMap((a) => a.diagnostics)];
    expect(all.map((d) => [d.code, d.severity])).toEqual(expected);
    for (const d of all) {
      expect(d.message.startsWith(fixture(file))).toBe(true);
      expect(d.message).not.toContain('\n');
    }
  });

  it('CRLF line ends, no-break spaces and decomposed accents are normalised; .ndjson is JSON Lines', async () => {
    const crlf = path.join(tmp, 'crlf.txt');
    writeFileSync(crlf, 'Cafe\u0301 owners welcome plan\r\n\r\nThe council\u00a0voted 7-2.\r\n\r\nADVERTISEMENT\r\n\r\nIt passed.\r\n');
    const [a] = (await readArticles([crlf])).articles;
    expect(a!.text).toBe('Caf\u00e9 owners welcome plan\n\nThe council voted 7-2.\n\nIt passed.');
    expect(a!.removed).toEqual([{ reason: 'advertisement', text: 'ADVERTISEMENT', line: 5 }]);
    const nd = path.join(tmp, 'dump.ndjson');
    writeFileSync(nd, '{"text":"One."}\n{"text":"Two."}\n');
    expect((await readArticles([nd])).articles.map((x) => [x.id, x.text])).toEqual([['dump:1', 'One.'], ['dump:2', 'Two.']]);
  });

  it('a UTF-8 BOM does not reach the text, and invalid bytes become U+FFFD', async () => {
    const bom = (await readArticles([fixture('bad-utf8-bom/article.txt')])).articles[0]!;
    expect(bom.text.startsWith('The city council voted')).toBe(true);
    const bad = (await readArticles([fixture('bad-invalid-utf8/article.txt')])).articles[0]!;
    expect(bad.text).toContain('\uFFFD');
  });

  it('standard input: read once, format given or sniffed', async () => {
    const stdin = (text: string) => {
      const s = new PassThrough();
      s.end(text);
      return s;
    };
    const given = await readArticles(['-'], { stdin: stdin('{"text":"A."}\n{"text":"B."}\n'), stdinFormat: 'jsonl' });
    expect(given.articles.map((a) => [a.id, a.file, a.outlet, a.outletRule])).toEqual([['stdin:1', '<stdin>', 'stdin', 'stdin'], ['stdin:2', '<stdin>', 'stdin', 'stdin']]);
    const sniffed = await readArticles(['-'], { stdin: stdin('---\noutlet: The Ledger\n---\nBody text.') });
    expect([sniffed.articles[0]!.outlet, sniffed.articles[0]!.text]).toEqual(['The Ledger', 'Body text.']);
  });

  it('a 10 MB file with no line breaks is read in one piece', async () => {
    const file = path.join(tmp, 'one-line.txt');
    const sentence = 'The council met at the U.S. Capitol on Jan. 6 and Sen. Roe said no. ';
    writeFileSync(file, sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length)));
    const { articles, diagnostics } = await readArticles([file]);
    expect(diagnostics).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs).toHaveLength(1);
    expect(articles[0]!.sentences.length).toBe(Math.ceil((10 * 1024 * 1024) / sentence.length));
  }, 30_000);

  it('findInputs never opens hidden folders or node_modules, but counts them', () => {
    const root = path.join(tmp, 'project');
    mkdirSync(path.join(root, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(path.join(root, '.git', 'objects'), { recursive: true });
    mkdirSync(path.join(root, 'news'), { recursive: true });
    for (const f of ['node_modules/pkg/a.txt', 'node_modules/pkg/b.md', '.git/objects/c.txt', 'news/story.txt', 'news/.draft.txt']) writeFileSync(path.join(root, f), 'Text.');
    const found = findInputs([root]);
    expect(found.inputs.map((i) => (i.kind === 'file' ? path.relative(root, i.path) : '-'))).toEqual([path.join('news', 'story.txt')]);
    expect(found.skipped).toEqual({ hidden: 3, unknown: 0 });
  });

  it('a folder with a named pipe, links back to its parent, a link to a file and a broken link: each article read once, the pipe skipped with a warning, the run finishing (a pipe read waited forever; fast-glob walked the parent links to the system limit, reading every article 40 times)', async () => {
    const root = path.join(tmp, 'links');
    mkdirSync(path.join(root, 'news'), { recursive: true });
    writeFileSync(path.join(root, 'news', 'a.txt'), 'Parler sued Amazon on Monday, the company said.');
    writeFileSync(path.join(root, 'news', 'b.txt'), 'Amazon said it would fight the lawsuit.');
    symlinkSync('..', path.join(root, 'news', 'up'));
    symlinkSync('../news', path.join(root, 'news', 'again'));
    symlinkSync('a.txt', path.join(root, 'news', 'same-as-a.txt'));
    symlinkSync('/no/such/target.txt', path.join(root, 'news', 'broken.txt'));
    execFileSync('mkfifo', [path.join(root, 'news', 'pipe.txt')]);

    const found = findInputs([root]);
    const files = found.inputs.map((i) => (i.kind === 'file' ? path.relative(root, i.path) : '-'));
    expect(files.filter((f) => f.endsWith('a.txt') || f.endsWith('b.txt')).map((f) => path.basename(f)).sort()).toEqual(['a.txt', 'b.txt']);
    expect(files.some((f) => f.endsWith('pipe.txt'))).toBe(false);
    expect(found.diagnostics.map((d) => [d.code, d.severity, path.relative(root, d.file!)])).toEqual([['not-a-file', 'warning', path.join('news', 'pipe.txt')]]);

    const { articles, diagnostics } = await readArticles([root]);
    expect(articles).toHaveLength(2);
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['not-a-file', 'unreadable-file']);
    // An absolute pattern finds the same two, and skips what is not a file.
    const byPattern = findInputs([path.join(root, 'news', '*.txt')]);
    expect(byPattern.inputs.map((i) => (i.kind === 'file' ? path.basename(i.path) : '-')).filter((f) => f !== 'broken.txt')).toEqual(['a.txt', 'b.txt']);
  }, 20_000);

  it('a file or standard input over 256 MB is an error naming it and what to do, and the other files are read (it crashed the run: a string longer than V8 allows)', async () => {
    const root = path.join(tmp, 'too-large');
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, 'ok.txt'), 'Parler sued Amazon on Monday, the company said.');
    for (const name of ['huge.txt', 'dump.jsonl']) {
      // Sparse: the size is all that is looked at.
      const fd = openSync(path.join(root, name), 'w');
      ftruncateSync(fd, 257 * 2 ** 20);
      closeSync(fd);
    }
    const { articles, diagnostics } = await readArticles([root]);
    expect(articles.map((a) => a.id)).toEqual(['ok']);
    expect(diagnostics.map((d) => [d.code, d.severity, path.basename(d.file!)])).toEqual([['file-too-large', 'error', 'dump.jsonl'], ['file-too-large', 'error', 'huge.txt']]);
    expect(diagnostics[0]!.message).toMatch(/is 257 MB, more than the 256 MB read as one text; pipe it in instead, which reads one line at a time: coverage quotes - --format ndjson </);
    expect(diagnostics[1]!.message).toMatch(/split it into smaller files/);

    const MB = Buffer.alloc(2 ** 20, 'a');
    const stdin = Readable.from((function* () {
      for (let k = 0; k < 257; k++) yield MB;
    })());
    const piped = await readArticles(['-'], { stdin, stdinFormat: 'txt' });
    expect(piped.articles).toEqual([]);
    expect(piped.diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
  }, 30_000);

  it('a manifest at the top labels files in sub-folders; a broken manifest is a warning', async () => {
    const root = path.join(tmp, 'manifested');
    mkdirSync(path.join(root, 'ledger'), { recursive: true });
    writeFileSync(path.join(root, 'ledger', 'a.txt'), 'Body text.');
    writeFileSync(path.join(root, 'coverage.json'), JSON.stringify([{ file: 'ledger/a.txt', outlet: 'The Ledger' }]));
    const { articles } = await readArticles([root]);
    expect([articles[0]!.outlet, articles[0]!.outletRule]).toEqual(['The Ledger', 'manifest']);
    writeFileSync(path.join(root, 'coverage.json'), '{ not json');
    const broken = await readArticles([root]);
    expect([broken.articles[0]!.outlet, broken.articles[0]!.outletRule]).toEqual(['ledger', 'folder']);
    expect(broken.diagnostics.map((d) => [d.code, d.severity])).toEqual([['bad-manifest', 'warning']]);
  });
});
