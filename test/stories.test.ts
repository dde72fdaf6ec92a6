import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFeatures } from '../src/align/stories/article-features.js';
import { forEachCandidate } from '../src/align/stories/candidate-pairs.js';
import { groupStories, STORY_DEFAULTS, type Story } from '../src/align/stories/group-stories.js';
import { weighFeatures } from '../src/align/stories/weigh-features.js';
import { articlesFromText } from '../src/index.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Article } from '../src/model/types.js';
import { STORY_COLUMNS, type StoryRecord } from '../src/render/render-stories.js';
import { parseNdjson, ROOT, runCli } from './helpers/fake-cli.js';
import { prng } from '../bench/corpus.js';

/*
 * A small generator of outlet versions, independent of bench/corpus.js's (only its seeded
 * random numbers, `prng`, are shared): each fixture article is one event; every version
 * but the first drops some body paragraphs, may swap two, changes a couple of words and
 * often has its own headline.
 */

const SWAPS = ['major', 'serious', 'local', 'recent', 'formal', 'public'];

/** `count` versions of one article as plain text: version 0 as written, the others edited. */
function versions(source: string, count: number, seed: string): string[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
  const [headline, ...body] = /[.!?"”’»]$/.test(lines[0]!) ? [lines[0]!.split(/\s+/).slice(0, 8).join(' '), ...lines] : lines;
  const out: string[] = [];
  for (let v = 0; v < count; v++) {
    const r = prng(`${seed}:${v}`);
    if (v === 0) {
      out.push([headline, ...body].join('\n\n') + '\n');
      continue;
    }
    let kept = body.filter((_, i) => i === 0 || r() > 0.2);
    if (kept.length < 2) kept = body.slice(0, 2);
    if (kept.length > 2 && r() < 0.5) {
      const at = 1 + Math.floor(r() * (kept.length - 2));
      [kept[at], kept[at + 1]] = [kept[at + 1]!, kept[at]!];
    }
    kept = kept.map((p) => (r() < 0.3 ? p.replace(/\b[a-z]{6,}\b/, () => SWAPS[Math.floor(r() * SWAPS.length)]!) : p));
    const roll = r();
    const title = roll < 0.33 ? headline : roll < 0.66 ? `${headline}, officials say` : kept[0]!.split(/\s+/).slice(0, 9).join(' ').replace(/[,;:.]+$/, '');
    out.push([title, ...kept].join('\n\n') + '\n');
  }
  return out;
}

interface Made { article: Article; event: string }

const fixture = (folder: string) => readFileSync(path.join(ROOT, 'fixtures', folder, 'input.txt'), 'utf8');
const EVENT_FOLDERS = ['cases', 'heldout'].flatMap((set) => readdirSync(path.join(ROOT, 'fixtures', set)).filter((n) => !n.includes('.')).sort().map((n) => `${set}/${n}`));

function mix(events: readonly string[], perEvent: number): Made[] {
  return events.flatMap((event) => versions(fixture(event), perEvent, event).map((text, k) => ({
    event,
    article: articlesFromText(text, { file: `${event.replace('/', '-')}-${k}.txt`, outlet: `outlet-${k}`, format: 'txt' })[0]!,
  })));
}

/** Pairwise precision, recall and F1 of same-event links. */
function pairwise(made: readonly Made[], stories: readonly Story[]): { precision: number; recall: number; f1: number } {
  const storyOf = new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.id] as const)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < made.length; i++) {
    for (let j = i + 1; j < made.length; j++) {
      const truth = made[i]!.event === made[j]!.event;
      const found = storyOf.get(made[i]!.article.id) === storyOf.get(made[j]!.article.id);
      if (truth && found) tp++;
      else if (found) fp++;
      else if (truth) fn++;
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function shuffled<T>(list: readonly T[], seed: string): T[] {
  const r = prng(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const THREE = ['cases/business-news-earnings', 'cases/guillemets', 'heldout/sports-transfer'];

describe('groupStories', () => {
  it('makes three stories of three case fixtures in three outlet versions each', () => {
    const made = mix(THREE, 3);
    const stories = groupStories(made.map((m) => m.article));
    expect(stories).toHaveLength(3);
    for (const s of stories) {
      expect(s.articles).toHaveLength(3);
      expect(new Set(s.articles.map((id) => made.find((m) => m.article.id === id)!.event)).size).toBe(1);
      expect(s.outlets).toEqual(['outlet-0', 'outlet-1', 'outlet-2']);
      expect(made.map((m) => m.article.title)).toContain(s.title);
      expect(s.features.length).toBeGreaterThan(0);
    }
    expect(stories.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    const earnings = stories.find((s) => s.articles[0]!.startsWith('cases-business'))!;
    expect(earnings.features.join(' | ')).toMatch(/Halbrook|Duval|\$84\.3 million/);
  });

  it('gives the same stories, ids, titles and features for any input order', () => {
    const made = mix([...THREE, 'heldout/wire-earthquake-peru', 'cases/tabloid-style'], 4);
    const articles = made.map((m) => m.article);
    const canonical = (stories: Story[]) => stories.map((s) => ({ ...s, articles: [...s.articles].sort(), outlets: [...s.outlets].sort() }));
    const expected = canonical(groupStories(articles));
    for (const order of [[...articles].reverse(), shuffled(articles, 'a'), shuffled(articles, 'b')]) {
      const stories = groupStories(order);
      expect(canonical(stories)).toEqual(expected);
      // Inside a story, articles and outlets follow the input order.
      const place = new Map(order.map((a, i) => [a.id, i]));
      for (const s of stories) expect(s.articles).toEqual([...s.articles].sort((a, b) => place.get(a)! - place.get(b)!));
      for (const s of stories) expect(s.outlets).toEqual([...new Set(s.articles.map((id) => order.find((a) => a.id === id)!.outlet))]);
    }
  });

  it('reaches a pairwise F1 of at least 0.95 on every fixture event in five versions', () => {
    expect(EVENT_FOLDERS.length).toBeGreaterThanOrEqual(30);
    const made = mix(EVENT_FOLDERS, 5);
    const score = pairwise(made, groupStories(shuffled(made.map((m) => m.article), 'f1')));
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('proposes far fewer pairs than all of them: candidates come from the inverted index', () => {
    const made = mix(EVENT_FOLDERS.slice(0, 40), 5);
    const features = made.map((m) => articleFeatures(m.article));
    const vectors = weighFeatures(features, STORY_DEFAULTS.kindWeights, STORY_DEFAULTS.background);
    let pairs = 0;
    forEachCandidate(vectors, { queriesPerArticle: STORY_DEFAULTS.queriesPerArticle, maxDocumentFrequency: 50 }, (i, j) => {
      expect(i).toBeLessThan(j);
      pairs++;
    });
    const all = (made.length * (made.length - 1)) / 2;
    expect(pairs).toBeGreaterThanOrEqual(40 * 10);
    expect(pairs).toBeLessThan(all / 4);
  });

  it('keeps hundreds of copies of one story together when the story’s own words are too common to list every holder', () => {
    // Two events, 60 versions each; a document frequency cap of 10 makes every shared
    // feature "common": each article then proposes only its next few holders of it.
    const made = mix(THREE.slice(0, 2), 60);
    const stories = groupStories(made.map((m) => m.article), { maxDocumentFrequency: 10 });
    expect(stories).toHaveLength(2);
    for (const s of stories) {
      expect(s.articles).toHaveLength(60);
      expect(new Set(s.articles.map((id) => made.find((m) => m.article.id === id)!.event)).size).toBe(1);
    }
  });

  it('puts five outlets’ own reporting of one event, the bundled corpus, in one story', async () => {
    const { articles } = await readArticles([path.join(ROOT, 'corpus/parler-v-aws')]);
    const stories = groupStories(articles);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.articles).toEqual(articles.map((a) => a.id));
    expect(articles.map((a) => a.title)).toContain(stories[0]!.title);
  });

  it('keeps unrelated articles apart as stories of one, ordered by their article id', () => {
    const made = mix(['cases/guillemets', 'cases/business-news-earnings', 'heldout/obituary-jazz-pianist'], 1);
    const stories = groupStories(made.map((m) => m.article));
    expect(stories.map((s) => [s.id, s.articles])).toEqual([
      ['s1', ['cases-business-news-earnings-0']],
      ['s2', ['cases-guillemets-0']],
      ['s3', ['heldout-obituary-jazz-pianist-0']],
    ]);
    expect(groupStories([])).toEqual([]);
  });
});

describe('coverage stories and coverage diff --by-story', () => {
  let dir: string;
  let withSingle: string;
  const eventOfFile = new Map<string, string>();

  beforeAll(() => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'coverage-stories-'));
    dir = path.join(tmp, 'dump');
    withSingle = path.join(tmp, 'with-single');
    for (const event of THREE) {
      versions(fixture(event), 3, event).forEach((text, k) => {
        for (const root of [dir, withSingle]) {
          mkdirSync(path.join(root, `outlet-${k}`), { recursive: true });
          writeFileSync(path.join(root, `outlet-${k}`, `${event.split('/')[1]}.txt`), text);
        }
        eventOfFile.set(`outlet-${k}/${event.split('/')[1]}`, event);
      });
    }
    writeFileSync(path.join(withSingle, 'outlet-0', 'obituary.txt'), fixture('heldout/obituary-jazz-pianist'));
  });

  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('prints one JSON record per article with STORY_COLUMNS in order, three stories of one event each', async () => {
    const { code, stdout, stderr } = await runCli(['stories', dir, '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as StoryRecord[];
    expect(rows).toHaveLength(9);
    for (const r of rows) expect(Object.keys(r)).toEqual([...STORY_COLUMNS]);
    const stories = [...new Set(rows.map((r) => r.story))];
    expect(stories).toEqual(['s1', 's2', 's3']);
    for (const s of stories) {
      const members = rows.filter((r) => r.story === s);
      expect(members).toHaveLength(3);
      expect(new Set(members.map((r) => eventOfFile.get(r.article))).size).toBe(1);
      expect(members.map((r) => r.outlet)).toEqual(['outlet-0', 'outlet-1', 'outlet-2']);
      for (const r of members) expect(readFileSync(r.file, 'utf8').length).toBeGreaterThan(0);
    }
    expect(stderr).toContain('9 articles in 3 stories (0 of one article)');
  });

  it('prints the same records as NDJSON and CSV', async () => {
    const rows = JSON.parse((await runCli(['stories', dir, '--format', 'json'])).stdout) as StoryRecord[];
    expect(parseNdjson((await runCli(['stories', dir, '--format', 'ndjson'])).stdout)).toEqual(rows);
    const csv = (await runCli(['stories', dir, '--format', 'csv'])).stdout;
    expect(csv.split('\r\n')[0]).toBe(STORY_COLUMNS.join(','));
    const parsed = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(parsed).toEqual(rows.map((r) => ({ ...r, title: r.title ?? '', storyFirstDate: r.storyFirstDate ?? '', storyLastDate: r.storyLastDate ?? '' })));
    // Every row carries its story's label; these plain-text articles have no dates.
    for (const r of rows) expect(r.storyLabel.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.storyFirstDate === null && r.storyLastDate === null)).toBe(true);
  });

  it('gives a story the date range of its articles, in the table and the records', async () => {
    const dated = path.join(path.dirname(dir), 'dated');
    mkdirSync(dated, { recursive: true });
    const event = THREE[0]!;
    versions(fixture(event), 3, event).forEach((text, k) => {
      writeFileSync(path.join(dated, `v${k}.md`), `---\noutlet: outlet-${k}\ndate: 2024-03-0${k + 1}\n---\n\n${text}`);
    });
    const rows = JSON.parse((await runCli(['stories', dated, '--format', 'json'])).stdout) as StoryRecord[];
    expect(rows.map((r) => [r.story, r.storyFirstDate, r.storyLastDate])).toEqual([['s1', '2024-03-01', '2024-03-03'], ['s1', '2024-03-01', '2024-03-03'], ['s1', '2024-03-01', '2024-03-03']]);
    const table = (await runCli(['stories', dated, '--format', 'table', '--width', '120'])).stdout;
    expect(table).toContain('(3 articles, 3 outlets, 2024-03-01 – 2024-03-03)');
  });

  it('draws a table per story with its title, outlets and shared features, within the width', async () => {
    const { code, stdout } = await runCli(['stories', withSingle, '--format', 'table', '--width', '90']);
    expect(code).toBe(0);
    for (const s of ['s1', 's2', 's3']) expect(stdout).toMatch(new RegExp(`^${s}  \\S`, 'm'));
    expect(stdout.replace(/\s+/g, ' ').match(/\(3 articles, 3 outlets\)/g)).toHaveLength(3);
    expect(stdout).toContain('outlets: outlet-0, outlet-1, outlet-2');
    expect(stdout).toContain('shared: ');
    expect(stdout).toContain('1 story of one article');
    for (const line of stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(90);
  });

  it('lists only stories of at least --min-articles, and says so', async () => {
    const { code, stdout, stderr } = await runCli(['stories', withSingle, '--min-articles', '2', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as StoryRecord[];
    expect(rows.map((r) => r.article)).not.toContain('outlet-0/obituary');
    expect(new Set(rows.map((r) => r.story)).size).toBe(3);
    expect(stderr).toContain('10 articles in 4 stories (1 of one article); listing the 3 with at least 2 articles');
  });

  it('rejects a bad --threshold or --min-articles with exit 2 and one line saying what to give', async () => {
    for (const [option, value] of [['--threshold', '2'], ['--threshold', 'abc'], ['--min-articles', '0']] as const) {
      const { code, stdout, stderr } = await runCli(['stories', dir, option, value]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(option);
    }
  });

  it('documents its options with defaults and examples in --help', async () => {
    const { code, stdout } = await runCli(['stories', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`(default: "${STORY_DEFAULTS.threshold}")`);
    expect(stdout).toContain('--min-articles');
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain('coverage diff dump/ --by-story');
  });

  it('diff --by-story --format json: one comparison per story of two or more articles', async () => {
    const { code, stdout, stderr } = await runCli(['diff', withSingle, '--by-story', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as { schemaVersion: number; stories: Array<{ story: Story; comparison: { articles: Array<{ id: string }>; clusters: unknown[]; schemaVersion?: number } }> };
    expect(doc.schemaVersion).toBe(2);
    expect(doc.stories.map((s) => s.story.id)).toEqual(['s1', 's2', 's3']);
    for (const { story, comparison } of doc.stories) {
      expect(comparison.articles.map((a) => a.id)).toEqual(story.articles);
      expect(comparison.schemaVersion).toBeUndefined();
      expect(comparison.clusters.length).toBeGreaterThan(0);
    }
    expect(stderr).toContain('1 story has one article and is not compared: s4');
  });

  it('diff --by-story as a table and as Markdown: a heading per story, then its comparison', async () => {
    const table = await runCli(['diff', dir, '--by-story', '--width', '100']);
    expect(table.code).toBe(0);
    expect(table.stdout.match(/^━━ s\d {2}/gm)).toEqual(['━━ s1  ', '━━ s2  ', '━━ s3  ']);
    const md = await runCli(['diff', dir, '--by-story', '--format', 'md', '--only', 'quotes']);
    expect(md.code).toBe(0);
    expect(md.stdout.match(/^# s\d: /gm)).toHaveLength(3);
    expect(md.stdout.match(/^## Coverage comparison$/gm)).toHaveLength(3);
    expect(md.stdout).not.toContain('## Framing');
  });

  it('diff --story-threshold sets how alike articles must be; at 0.99 no story has two articles', async () => {
    const { code, stdout, stderr } = await runCli(['diff', dir, '--by-story', '--story-threshold', '0.99', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ schemaVersion: 2, stories: [] });
    expect(stderr).toContain('9 stories have one article and are not compared: s1, s2, s3, s4, s5, s6, s7, s8 and 1 more');
    expect(stderr).toContain('no story has two or more articles to compare');
    const bad = await runCli(['diff', dir, '--by-story', '--story-threshold', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--story-threshold: expected a similarity above 0 and at most 1');
  });

  it('diff --by-story refuses --format html with exit 2', async () => {
    const { code, stdout, stderr } = await runCli(['diff', dir, '--by-story', '--format', 'html']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--by-story works with --format table, md or json');
  });

  it('diff and export on a mixed folder say on stderr how many stories, the largest, and --by-story', async () => {
    const diff = await runCli(['diff', dir, '--only', 'quotes', '--format', 'json']);
    expect(diff.code).toBe(0);
    expect(diff.stderr).toMatch(/these 9 articles look like 3 stories, not one event; largest: s1 \(3 articles: [^)]+\), s2/);
    expect(diff.stderr).toContain('add --by-story');
    const out = path.join(path.dirname(dir), 'export-mixed');
    const exported = await runCli(['export', dir, '--out', out]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/these 9 articles look like 3 stories[^\n]*coverage export compares them all as one; add --by-story/);
    // One event is one story: nothing to say.
    const one = await runCli(['diff', path.join(ROOT, 'corpus/parler-v-aws'), '--only', 'quotes', '--format', 'json']);
    expect(one.stderr).not.toContain('look like');
  });

  it('export --by-story adds a story column to every table and writes stories.csv', async () => {
    const out = path.join(path.dirname(dir), 'export-by-story');
    const { code, stderr } = await runCli(['export', dir, '--by-story', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).not.toContain('look like');
    const read = (file: string) => parse(readFileSync(path.join(out, file), 'utf8'), { columns: true }) as Record<string, string>[];
    for (const file of readdirSync(out).filter((f) => f.endsWith('.csv') && f !== 'stories.csv')) {
      expect(readFileSync(path.join(out, file), 'utf8').split('\r\n')[0]!.startsWith('story,')).toBe(true);
    }
    const articles = read('articles.csv');
    expect(articles).toHaveLength(9);
    for (const story of ['s1', 's2', 's3']) {
      const members = articles.filter((a) => a.story === story);
      expect(members).toHaveLength(3);
      expect(new Set(members.map((a) => eventOfFile.get(`${a.outlet}/${path.basename(a.file, '.txt')}`))).size).toBe(1);
    }
    const stories = read('stories.csv');
    expect(Object.keys(stories[0]!)).toEqual(['id', 'label', 'firstDate', 'lastDate', 'outlets', 'articles']);
    expect(stories.map((s) => [s.id, s.outlets, s.articles])).toEqual([
      ['s1', 'outlet-0;outlet-1;outlet-2', '3'],
      ['s2', 'outlet-0;outlet-1;outlet-2', '3'],
      ['s3', 'outlet-0;outlet-1;outlet-2', '3'],
    ]);
    for (const s of stories) expect(s.label.length).toBeGreaterThan(3);
    expect(readdirSync(out)).not.toContain('analysis.json');
  });
});
