import type { StoriesReport, StoryRun, StoryTargetResult } from './types.js';

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;

function targetText(targets: readonly StoryTargetResult[], run: StoryRun): string {
  if (run.mixed || run.part !== 'all') return '';
  return targets
    .filter((t) => t.variant === run.variant)
    .map((t) => `${t.measure === 'precision' ? 'P' : 'R'} ≥ ${t.min.toFixed(2)} ${t.met ? 'met' : 'MISSED'}`)
    .join(', ');
}

function runName(run: StoryRun): string {
  const variant = run.variant === 'dated' ? 'with dates' : 'dates, URLs removed';
  return `${variant}${run.mixed ? ', mixed' : ''}${run.part === 'report' ? ', odd events' : ''}`;
}

/**
 * The stories section of the text report: one row per run, pairwise precision and
 * recall beside the targets; one line when the section was skipped.
 *
 * @example formatStoriesTable(report) // ['stories: skipped, ../shared/data/basil-dev not found; …']
 */
export function formatStoriesTable(report: StoriesReport): string[] {
  if (report.status !== 'scored') return [`stories: ${report.status}, ${report.reason}`];
  const W = 34;
  const out = [
    `stories: coverage stories on ${report.data}, ${report.events} events flattened into one folder, scored pairwise`,
    `  defaults fitted on events 1, 3, 5… in name order; "odd events" are the others (2, 4, 6…) alone${report.mixedWith ? `; mixed: with ${report.mixedWith} as other stories` : ''}`,
    '',
    `  ${pad('run', W)}${['P', 'R'].map((h) => padStart(h, 7)).join('')}${padStart('articles', 10)}${padStart('stories', 9)}  target`,
  ];
  for (const r of report.runs) {
    out.push(`  ${pad(runName(r), W)}${[r.score.precision, r.score.recall].map((v) => padStart(v.toFixed(3), 7)).join('')}${padStart(String(r.articles), 10)}${padStart(String(r.stories), 9)}  ${targetText(report.targets, r)}`.trimEnd());
    if (r.score.splitEvents.length) out.push(`    split: ${r.score.splitEvents.join(', ')}`);
  }
  return out;
}

/**
 * The stories section of the JSON report.
 *
 * @example formatStoriesJson(report).runs
 */
export function formatStoriesJson(report: StoriesReport): Record<string, unknown> {
  if (report.status !== 'scored') return { status: report.status, data: report.data, reason: report.reason };
  return {
    status: report.status,
    data: report.data,
    mixedWith: report.mixedWith,
    events: report.events,
    runs: report.runs.map((r) => ({ variant: r.variant, mixed: r.mixed, part: r.part, articles: r.articles, stories: r.stories, ...r.score })),
    targets: report.targets.map(({ variant, measure, min, value, met }) => ({ variant, measure, min, value, met })),
  };
}
