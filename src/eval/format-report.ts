import type { Diagnostic, Quote } from '../model/types.js';
import type { DatasetName, TargetResult } from './check-targets.js';
import type { DatasetScore, Measure, Place } from './sum-scores.js';
import type { GoldQuote } from './types.js';
import { formatClusterJson, formatClusterTable } from './clusters/format-clusters.js';
import { formatEventsJson, formatEventsTable } from './clusters/format-events.js';
import type { EventsReport } from './clusters/run-events.js';
import type { ClusterReport } from './clusters/run-clusters.js';
import { formatPolnearJson, formatPolnearTable } from './polnear/format-polnear.js';
import type { PolnearReport } from './polnear/types.js';
import { formatWebPagesJson, formatWebPagesTable } from './web-pages/format-web-pages.js';
import type { WebPagesReport } from './web-pages/types.js';
import { formatStoriesJson, formatStoriesTable } from './stories/format-stories.js';
import type { StoriesReport } from './stories/types.js';

/** Bumped whenever a field of the JSON report changes meaning or goes away. */
export const EVAL_SCHEMA_VERSION = 1;

/** One scored dataset and where it came from. */
export interface DatasetReport {
  name: DatasetName;
  /** The articles read, e.g. `corpus/parler-v-aws` or `fixtures/cases`. */
  source: string;
  /** The gold read, e.g. `fixtures/gold/parler-v-aws`. */
  gold: string;
  score: DatasetScore;
}

/** How the report is printed. */
export interface ReportOptions {
  /** List every miss, false positive, wrong speaker and boundary difference. */
  verbose: boolean;
}

export interface EvalReport {
  datasets: DatasetReport[];
  targets: TargetResult[];
  /** Problems with the gold, the inputs or the extractor; the run went on. */
  diagnostics: Diagnostic[];
  /** The clusters section; absent when the eval was run without compareCoverage. */
  clusters?: ClusterReport;
  /** The gold events of fixtures/gold-clusters/ beside the corpus gold; absent without compareCoverage. */
  events?: EventsReport;
  /** The PolNeAR section; absent when the eval was run without its scorer. */
  polnear?: PolnearReport;
  /** The web-pages section; absent when the eval was run without its scorer. */
  webPages?: WebPagesReport;
  /** The stories section; absent when the eval was run without groupStories. */
  stories?: StoriesReport;
}

/** Every target the report checked: the datasets', the clusters', the events', PolNeAR's, the web pages' and the stories'. */
export function reportTargets(report: EvalReport): Array<{ met: boolean }> {
  const clusters = report.clusters?.status === 'scored' ? report.clusters.targets : [];
  const polnear = report.polnear?.status === 'scored' ? report.polnear.targets : [];
  const webPages = report.webPages?.status === 'scored' ? report.webPages.targets : [];
  const stories = report.stories?.status === 'scored' ? report.stories.targets : [];
  return [...report.targets, ...clusters, ...(report.events?.targets ?? []), ...polnear, ...webPages, ...stories];
}

const num = (v: number | null): string => (v === null ? '–' : v.toFixed(3));
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;

// Long texts keep both ends, where boundary mistakes are: “AWS’s decision … animus,”
function clip(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ');
  if ([...flat].length <= max) return `“${flat}”`;
  const chars = [...flat];
  const half = Math.floor((max - 3) / 2);
  return `“${chars.slice(0, half).join('')} … ${chars.slice(-half).join('')}”`;
}

const where = (p: Place) => (p.line === null ? p.file : `${p.file}:${p.line}`);

function expected(g: GoldQuote): string {
  if (g.speaker === null) return 'no speaker';
  const aliases = g.speakerAliases ?? [];
  return aliases.length ? `${g.speaker} (or ${aliases.join(', ')})` : g.speaker;
}

function got(q: Quote): string {
  if (q.speaker === null && q.source === null) return 'no speaker';
  if (q.source === null || q.source === q.speaker) return q.speaker ?? '';
  return q.speaker === null ? `source ${q.source}` : `${q.speaker} (source ${q.source})`;
}

function targetText(targets: readonly TargetResult[], dataset: DatasetName, row: 'quotes' | 'speaker' | 'indirect'): string {
  const mine = targets.filter((t) => t.dataset === dataset && t.measure.startsWith(`${row}.`));
  if (mine.length === 0) return '';
  const status = mine.every((t) => t.met) ? 'met' : 'MISSED';
  const label: Record<TargetResult['measure'], string> = { 'quotes.f1': 'F1', 'speaker.accuracy': 'acc', 'indirect.recall': 'R', 'indirect.precision': 'P' };
  return `${mine.map((t) => `${label[t.measure]} ≥ ${t.min.toFixed(2)}`).join(' at ')}  ${status}`;
}

function table(d: DatasetReport, targets: readonly TargetResult[]): string[] {
  const s = d.score;
  const W = 30;
  const row = (name: string, cells: (number | null | '')[], n: number | '', target = '') =>
    `  ${pad(name, W)}${cells.map((c) => padStart(c === '' ? '' : num(c), 7)).join('')}${padStart(String(n), 6)}  ${target}`.trimEnd();
  const spans = (m: Measure) => [m.precision, m.recall, m.f1, ''] as (number | null | '')[];
  const lines = [
    `${d.name}: ${d.source} against ${d.gold}`,
    `  ${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.goldRecords} gold records, ${s.predicted} predictions`,
    '',
    `  ${pad('measure', W)}${['P', 'R', 'F1', 'acc'].map((h) => padStart(h, 7)).join('')}${padStart('n', 6)}  target`,
    row('quote spans, overlap ≥ 0.5', spans(s.quotes), s.quotes.tp + s.quotes.fn, targetText(targets, d.name, 'quotes')),
    row('quote spans, exact', spans(s.exact), s.exact.tp + s.exact.fn),
    row('speaker accuracy', ['', '', '', s.speaker.accuracy], s.speaker.n, targetText(targets, d.name, 'speaker')),
    row('  null rate (no speaker)', ['', '', '', s.speaker.nullRate], s.speaker.missing),
    row('  wrong rate', ['', '', '', s.speaker.wrongRate], s.speaker.wrong),
    row('indirect statements', spans(s.indirect), s.indirect.tp + s.indirect.fn, targetText(targets, d.name, 'indirect')),
    row('mentions', spans(s.mentions), s.mentions.tp + s.mentions.fn),
  ];
  const u = (k: 'quotes' | 'indirect' | 'mentions') => `${k} ${s[k].uncertainMatched} found, ${s[k].uncertainMissed} not`;
  lines.push(`  uncertain gold, not counted: ${u('quotes')}; ${u('indirect')}; ${u('mentions')}`);
  return lines;
}

function details(d: DatasetReport): string[] {
  const s = d.score;
  const lines: string[] = [];
  const section = (title: string, items: string[]) => {
    lines.push('', `  ${title} (${items.length})${items.length ? ':' : ''}`, ...items.map((i) => `    ${i}`));
  };
  section('misses', s.misses.map((m) =>
    `${where(m)}  ${m.gold.kind}  ${clip(m.gold.text)}  speaker: ${expected(m.gold)}${m.predictedAs ? `  [predicted as ${m.predictedAs}]` : ''}`));
  section('false positives', s.falsePositives.map((f) =>
    `${where(f)}  ${f.predicted.kind}  ${clip(f.predicted.text)}  speaker: ${got(f.predicted)}${f.goldAs ? `  [gold has it as ${f.goldAs}]` : ''}`));
  section('wrong speakers', s.speakerErrors.map((e) =>
    `${where(e)}  ${e.gold.kind}  ${clip(e.gold.text, 80)}\n      expected ${expected(e.gold)}\n      got      ${got(e.predicted)}`));
  section('boundary differences (matched on overlap, not exactly)', s.boundaryDifferences.map((b) =>
    `${where(b)}  ${b.gold.kind}\n      gold ${clip(b.gold.text)}\n      got  ${clip(b.predicted.text)}`));
  if (s.unlocated.length) section('gold records not found in the cleaned article text', s.unlocated.map((g) => `${g.file}  ${g.kind}  ${clip(g.text)}`));
  return lines;
}

/**
 * The report as text: one table per dataset with the targets beside the numbers, then
 * the clusters and PolNeAR sections, and with `verbose` every miss, false positive,
 * wrong speaker and boundary difference.
 *
 * @example formatTable(report, { verbose: false })
 */
export function formatTable(report: EvalReport, options: ReportOptions): string {
  const out: string[] = [];
  for (const d of report.datasets) {
    out.push(...table(d, report.targets));
    if (options.verbose) out.push(...details(d));
    out.push('');
  }
  if (report.clusters) out.push(...formatClusterTable(report.clusters, options), '');
  if (report.events && report.events.events.length > 0) out.push(...formatEventsTable(report.events, options), '');
  if (report.polnear) out.push(...formatPolnearTable(report.polnear), '');
  if (report.webPages) out.push(...formatWebPagesTable(report.webPages), '');
  if (report.stories) out.push(...formatStoriesTable(report.stories), '');
  const targets = reportTargets(report);
  if (targets.length) {
    const missed = targets.filter((t) => !t.met).length;
    out.push(missed === 0 ? 'all targets met' : `${missed} of ${targets.length} targets missed`);
  }
  if (options.verbose) out.push('Lines count in the cleaned article text.');
  return `${out.join('\n')}\n`;
}

function quoteJson(q: Quote) {
  return { kind: q.kind, text: q.text, speaker: q.speaker, source: q.source, start: q.start, end: q.end };
}

function goldJson(g: GoldQuote) {
  return { kind: g.kind, text: g.text, speaker: g.speaker, speakerAliases: g.speakerAliases ?? [], uncertain: g.uncertain ?? false };
}

/**
 * The report as JSON (`schemaVersion` 1): per dataset the counts and rates of every
 * measure and its targets; with `verbose` also every listed item.
 *
 * @example JSON.parse(formatJson(report, { verbose: false })).datasets[0].quotes.f1
 */
export function formatJson(report: EvalReport, options: ReportOptions): string {
  const datasets = report.datasets.map((d) => {
    const s = d.score;
    const base = {
      name: d.name,
      source: d.source,
      gold: d.gold,
      articles: s.articles,
      goldRecords: s.goldRecords,
      predicted: s.predicted,
      quotes: s.quotes,
      exact: s.exact,
      speaker: s.speaker,
      indirect: s.indirect,
      mentions: s.mentions,
      targets: report.targets.filter((t) => t.dataset === d.name).map(({ measure, min, value, met }) => ({ measure, min, value, met })),
    };
    if (!options.verbose) return base;
    return {
      ...base,
      misses: s.misses.map((m) => ({ file: m.file, line: m.line, category: m.category, gold: goldJson(m.gold), predictedAs: m.predictedAs })),
      falsePositives: s.falsePositives.map((f) => ({ file: f.file, line: f.line, category: f.category, predicted: quoteJson(f.predicted), goldAs: f.goldAs })),
      speakerErrors: s.speakerErrors.map((e) => ({ file: e.file, line: e.line, category: e.category, verdict: e.verdict, gold: goldJson(e.gold), predicted: quoteJson(e.predicted) })),
      boundaryDifferences: s.boundaryDifferences.map((b) => ({ file: b.file, line: b.line, gold: goldJson(b.gold), predicted: quoteJson(b.predicted) })),
      unlocated: s.unlocated.map((g) => ({ file: g.file, gold: goldJson(g) })),
    };
  });
  const json = {
    schemaVersion: EVAL_SCHEMA_VERSION,
    targetsMet: reportTargets(report).every((t) => t.met),
    datasets,
    ...(report.clusters ? { clusters: formatClusterJson(report.clusters, options) } : {}),
    ...(report.events ? { events: formatEventsJson(report.events, options) } : {}),
    ...(report.polnear ? { polnear: formatPolnearJson(report.polnear) } : {}),
    ...(report.webPages ? { webPages: formatWebPagesJson(report.webPages) } : {}),
    ...(report.stories ? { stories: formatStoriesJson(report.stories) } : {}),
    problems: report.diagnostics.map(({ code, severity, file, message }) => ({ code, severity, file, message })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
