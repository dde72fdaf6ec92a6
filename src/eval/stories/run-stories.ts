import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Story, StoryOptions } from '../../align/stories/group-stories.js';
import { readArticles } from '../../ingest/read-articles.js';
import type { Article } from '../../model/types.js';
import { scorePairs } from './score-pairs.js';
import { checkStoryTargets } from './story-targets.js';
import type { StoriesReport, StoryRun, StoryVariant } from './types.js';
import { compareCodeUnits } from '../../model/compare-code-units.js';

/** `groupStories`, injected so that the eval's own tests need not group real dumps. */
export type GroupStories = (articles: readonly Article[], options?: Partial<StoryOptions>) => Story[];

export interface StoriesEvalInput {
  /** The basil-dev folder (one folder per event, one Markdown file per outlet), and its name in the report. */
  dir: string;
  label: string;
  /** PolNeAR's dev/text, mixed in as other stories when it is there; null leaves the mixed runs out. */
  mixDir: string | null;
  mixLabel: string;
  group: GroupStories;
}

// Front-matter lines that give the grouping dates: "date:" and "url:" (a URL often holds the date and the slug).
const DATED_LINE = /^(date|url)\s*:/;

/** A copy of an article file without the date and url lines of its front-matter. */
function undate(text: string): string {
  return text.replace(/^---\r?\n([\s\S]*?)\r?\n---/, (_, fm: string) => `---\n${fm.split(/\r?\n/).filter((l) => !DATED_LINE.test(l)).join('\n')}\n---`);
}

/**
 * Groups the events of basil-dev, flattened into one folder of unique file names
 * (`<event>-<outlet>.md`, front-matter kept) in a temporary folder, and scores the
 * stories pairwise against the events: with the front-matter as given (`dated`) and
 * with its date and url lines removed (`undated`); over all events, and over the 2nd,
 * 4th, 6th… alone (in name order), which the defaults were not fitted on (`report`); and, when PolNeAR dev is there, with its 84 articles mixed in as other
 * stories. No data folder is a skipped section.
 *
 * @example await evalStories({ dir, label: '../shared/data/basil-dev', mixDir, mixLabel, group: groupStories })
 */
export async function evalStories(input: StoriesEvalInput): Promise<StoriesReport> {
  const data = input.label;
  if (!existsSync(input.dir)) return { status: 'skipped', data, reason: `${input.label} not found; set COVERAGE_SHARED_DATA to the folder that holds basil-dev/, or give --basil <dir>` };
  const events = readdirSync(input.dir).filter((e) => statSync(path.join(input.dir, e)).isDirectory()).sort(compareCodeUnits);
  if (events.length === 0) return { status: 'skipped', data, reason: `${input.label} holds no event folders` };
  const mixFiles = input.mixDir && existsSync(input.mixDir) ? readdirSync(input.mixDir).filter((f) => f.endsWith('.txt')).sort() : [];

  const runs: StoryRun[] = [];
  for (const variant of ['dated', 'undated'] as StoryVariant[]) {
    runs.push(await run(input, events, variant, false, 'all', []));
    runs.push(await run(input, events.filter((_, k) => k % 2 === 1), variant, false, 'report', []));
    if (mixFiles.length) runs.push(await run(input, events, variant, true, 'all', mixFiles));
  }
  return { status: 'scored', data, mixedWith: mixFiles.length ? `${input.mixLabel} (${mixFiles.length} articles)` : null, events: events.length, runs, targets: checkStoryTargets(runs) };
}

async function run(input: StoriesEvalInput, events: readonly string[], variant: StoryVariant, mixed: boolean, part: StoryRun['part'], mixFiles: readonly string[]): Promise<StoryRun> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'coverage-stories-'));
  try {
    const eventOfFile = new Map<string, string>();
    for (const e of events) {
      for (const f of readdirSync(path.join(input.dir, e)).filter((x) => /\.(md|txt|html?)$/.test(x)).sort()) {
        const name = `${e}-${f}`;
        const text = readFileSync(path.join(input.dir, e, f), 'utf8');
        writeFileSync(path.join(tmp, name), variant === 'undated' ? undate(text) : text);
        eventOfFile.set(name, e);
      }
    }
    for (const f of mixFiles) {
      // PolNeAR names its files outlet_date_slug.txt: the outlet and date go into front-matter, as a scrape would have them.
      const [outlet, date] = f.split('_');
      const front = `---\noutlet: ${outlet}\n${variant === 'dated' && /^\d{4}-\d\d-\d\d$/.test(date ?? '') ? `date: ${date}\n` : ''}---\n\n`;
      writeFileSync(path.join(tmp, `other-${f.replace(/\.txt$/, '.md')}`), front + readFileSync(path.join(input.mixDir!, f), 'utf8'));
    }
    const { articles } = await readArticles([tmp]);
    const stories = input.group(articles);
    const storyOf = new Map<string, string>();
    for (const s of stories) for (const id of s.articles) storyOf.set(id, s.id);
    const eventOf = new Map(articles.map((a) => [a.id, eventOfFile.get(path.basename(a.file))]));
    const score = scorePairs(articles.map((a) => a.id), storyOf, (id) => eventOf.get(id));
    return { variant, mixed, part, articles: articles.length, stories: stories.length, score };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
