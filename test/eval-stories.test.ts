import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { groupStories } from '../src/align/stories/group-stories.js';
import { formatStoriesTable } from '../src/eval/stories/format-stories.js';
import { evalStories } from '../src/eval/stories/run-stories.js';
import { scorePairs } from '../src/eval/stories/score-pairs.js';

describe('scorePairs', () => {
  it.each([
    // ids, stories, events, precision, recall
    [['a', 'b', 'c'], { a: 's1', b: 's1', c: 's2' }, { a: 'e1', b: 'e1', c: 'e2' }, 1, 1],
    [['a', 'b', 'c'], { a: 's1', b: 's2', c: 's3' }, { a: 'e1', b: 'e1', c: 'e1' }, 1, 0],
    [['a', 'b', 'x'], { a: 's1', b: 's1', x: 's1' }, { a: 'e1', b: 'e1' }, 1 / 3, 1],
    [['x', 'y'], { x: 's1', y: 's1' }, {}, 1, 1],
  ])('%j grouped as %j', (ids, stories, events, precision, recall) => {
    const s = scorePairs(ids, new Map(Object.entries(stories)), (id) => (events as Record<string, string>)[id]);
    expect(s.precision).toBeCloseTo(precision);
    expect(s.recall).toBeCloseTo(recall);
  });

  it('names the events split across stories', () => {
    expect(scorePairs(['a', 'b'], new Map([['a', 's1'], ['b', 's2']]), () => 'e1').splitEvents).toEqual(['e1']);
  });
});

describe('evalStories', () => {
  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

  it('says in one line that it skipped when the data is absent', async () => {
    const report = await evalStories({ dir: '/nonexistent/basil-dev', label: 'nowhere/basil-dev', mixDir: null, mixLabel: '', group: groupStories });
    expect(report.status).toBe('skipped');
    const lines = formatStoriesTable(report);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^stories: skipped, nowhere\/basil-dev not found/);
  });

  it('flattens the events, removes dates and URLs for the undated runs, and scores the grouping', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-stories-'));
    dirs.push(dir);
    const events: Record<string, string[]> = {
      'ev-a': ['Quarry owner Dalmar Venn fined over Pelham Creek spill', 'Dalmar Venn, who runs the Pelham Creek quarry, was fined $412,000 on Tuesday after silt from the quarry reached the creek. "We regret the spill," Venn said.'],
      'ev-b': ['Orvale council approves Brisket Lane tram depot', 'The Orvale council voted 7 to 2 to build a tram depot on Brisket Lane, councillor Imogen Tashby said, at a cost of $38 million.'],
    };
    const seen: string[] = [];
    for (const [event, [title, body]] of Object.entries(events)) {
      mkdirSync(path.join(dir, event));
      for (const outlet of ['ledger', 'herald']) {
        writeFileSync(path.join(dir, event, `${outlet}.md`), `---\noutlet: ${outlet}\ntitle: "${title}"\ndate: 2021-05-0${event === 'ev-a' ? 3 : 9}\nurl: https://example.org/${event}\n---\n\n# ${title}\n\n${body}\n\n${outlet === 'ledger' ? `Reported by the ${outlet} on ${event}.` : ''}\n`);
      }
    }
    const group = (articles: Parameters<typeof groupStories>[0]) => {
      seen.push(articles.map((a) => `${path.basename(a.file)}:${a.date ?? 'undated'}:${a.url ?? 'no-url'}`).sort().join(' '));
      return groupStories(articles);
    };
    const report = await evalStories({ dir, label: 'basil', mixDir: null, mixLabel: '', group });
    expect(report.status).toBe('scored');
    if (report.status !== 'scored') return;
    expect(report.events).toBe(2);
    expect(report.runs.map((r) => `${r.variant}/${r.part}/${r.articles}`)).toEqual(['dated/all/4', 'dated/report/2', 'undated/all/4', 'undated/report/2']);
    expect(seen[0]).toBe('ev-a-herald.md:2021-05-03:https://example.org/ev-a ev-a-ledger.md:2021-05-03:https://example.org/ev-a ev-b-herald.md:2021-05-09:https://example.org/ev-b ev-b-ledger.md:2021-05-09:https://example.org/ev-b');
    expect(seen[2]).toBe('ev-a-herald.md:undated:no-url ev-a-ledger.md:undated:no-url ev-b-herald.md:undated:no-url ev-b-ledger.md:undated:no-url');
    const all = report.runs.find((r) => r.variant === 'undated' && r.part === 'all')!;
    expect(all.score).toMatchObject({ precision: 1, recall: 1, truePairs: 2, foundPairs: 2 });
    expect(report.targets.map((t) => t.met)).toEqual([true, true, true, true]);
    expect(formatStoriesTable(report).join('\n')).toMatch(/dates, URLs removed +1\.000 +1\.000/);
  });
});
