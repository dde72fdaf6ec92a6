import type { PolnearReport, PolnearTargetResult } from './types.js';

const num = (v: number): string => v.toFixed(3);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const LABEL: Record<PolnearTargetResult['measure'], string> = { 'speaker.accuracy': 'acc', 'attribution.recall': 'R', 'records.precision': 'P', 'quotes.f1': 'F1' };

function targetText(targets: readonly PolnearTargetResult[], measure: PolnearTargetResult['measure']): string {
  const t = targets.find((x) => x.measure === measure);
  return t ? `${LABEL[measure]} ≥ ${t.min.toFixed(2)}  ${t.met ? 'met' : 'MISSED'}` : '';
}

/**
 * The PolNeAR section of the text report, in the columns of the dataset tables, each
 * figure beside its target; one line when the section was skipped or failed.
 *
 * @example formatPolnearTable(report) // ['polnear: skipped, ../shared/data/polnear not found; …']
 */
export function formatPolnearTable(report: PolnearReport): string[] {
  if (report.status !== 'scored') return [`polnear: ${report.status}, ${report.reason}`];
  const s = report.score;
  const W = 30;
  // Cells: P, R, F1, acc; '' leaves one empty.
  const row = (name: string, cells: (number | '')[], n: number | '', target = '') =>
    `  ${pad(name, W)}${cells.map((c) => padStart(c === '' ? '' : num(c), 7)).join('')}${padStart(String(n), 6)}  ${target}`.trimEnd();
  return [
    `polnear: coverage quotes on ${report.data}/text against its annotations, scored by ${report.scorer} (_v2 figures)`,
    `  ${count(report.articles, 'article')}, ${count(report.records, 'record')}, ${count(s.quotes.gold, 'gold quote')}, ${count(s.attribution.gold, 'speech attribution')}`,
    '',
    `  ${pad('measure', W)}${['P', 'R', 'F1', 'acc'].map((h) => padStart(h, 7)).join('')}${padStart('n', 6)}  target`,
    row('quote spans, word F1 ≥ 0.5', [s.quotes.precision, s.quotes.recall, s.quotes.f1, ''], s.quotes.gold, targetText(report.targets, 'quotes.f1')),
    row('speaker accuracy', ['', '', '', s.speaker.accuracy], '', targetText(report.targets, 'speaker.accuracy')),
    row('  named sources', ['', '', '', s.speaker.named], ''),
    row('  pronoun sources', ['', '', '', s.speaker.pronoun], s.speaker.pronounGold),
    row('speech attributions', ['', s.attribution.recall, '', ''], s.attribution.gold, targetText(report.targets, 'attribution.recall')),
    row('records in annotated content', [s.records.precision, '', '', ''], report.records, targetText(report.targets, 'records.precision')),
  ];
}

/**
 * The PolNeAR section of the JSON report: where the figures come from, the figures,
 * and the targets; or the status and reason.
 *
 * @example formatPolnearJson(report).speaker.accuracy
 */
export function formatPolnearJson(report: PolnearReport): Record<string, unknown> {
  if (report.status !== 'scored') return { status: report.status, data: report.data, split: report.split, reason: report.reason };
  const s = report.score;
  return {
    status: report.status,
    data: report.data,
    split: report.split,
    scorer: report.scorer,
    articles: report.articles,
    predicted: report.records,
    quotes: s.quotes,
    speaker: s.speaker,
    attribution: s.attribution,
    records: s.records,
    targets: report.targets.map(({ measure, min, value, met }) => ({ measure, min, value, met })),
  };
}
