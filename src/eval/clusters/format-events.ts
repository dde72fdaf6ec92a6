import { formatClusterJson } from './format-clusters.js';
import type { EventReport, EventsReport } from './run-events.js';

type ScoredReport = Extract<EventReport, { status: 'scored' }>['report'];
import type { LinkScore } from './types.js';

const num = (v: number | null): string => (v === null ? '–' : v.toFixed(3));
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;

/**
 * The events section of the text report: per gold event of fixtures/gold-clusters/ the
 * claim and quote link precision and recall, then the sums per split against the
 * held-out targets. With `verbose`, the missed and wrong links of the fit events only:
 * held-out events are for reporting, never for reading errors.
 *
 * @example formatEventsTable(report, { verbose: false })
 */
export function formatEventsTable(report: EventsReport, options: { verbose: boolean }): string[] {
  const W = 26;
  const cells = (m: LinkScore) => `${padStart(num(m.precision), 7)}${padStart(num(m.recall), 7)}${padStart(String(m.gold), 6)}`;
  const lines = [
    `events: compareCoverage on each gold event of ${report.dir}`,
    '',
    `  ${pad('event', W)}${pad('split', 9)}${padStart('claim P', 7)}${padStart('R', 7)}${padStart('links', 6)}  ${padStart('quote P', 7)}${padStart('R', 7)}${padStart('links', 6)}`,
  ];
  for (const e of report.events) {
    if (e.status === 'skipped') lines.push(`  ${pad(e.event, W)}${pad(e.split, 9)}skipped: ${e.reason}`);
    else lines.push(`  ${pad(e.event, W)}${pad(e.split, 9)}${cells(e.report.score.claim)}  ${cells(e.report.score.quote)}`);
  }
  for (const t of report.totals) {
    if (t.events === 0) continue;
    lines.push(`  ${pad(`all ${t.split} (${t.events})`, W)}${pad(t.split, 9)}${cells(t.claim)}  ${cells(t.quote)}`);
  }
  for (const t of report.targets) lines.push(`  target ${pad(t.measure, 26)} ≥ ${t.min.toFixed(2)}: ${num(t.value)}  ${t.met ? 'met' : 'MISSED'}`);
  if (options.verbose) {
    for (const e of report.events) {
      if (e.status !== 'scored' || e.split !== 'fit') continue;
      const s = e.report.score;
      lines.push('', `  ${e.event} (fit): missed links (${s.missedLinks.length}), wrong links (${s.wrongLinks.length})`);
      for (const l of s.missedLinks) lines.push(`    missed ${l.type} ${l.cluster}: ${l.a.outlet} “${l.a.text}” / ${l.b.outlet} “${l.b.text}”`);
      for (const l of s.wrongLinks) lines.push(`    wrong ${l.type} ${l.cluster}: ${l.a.outlet} “${l.a.text}” [${l.a.gold.join(', ')}] / ${l.b.outlet} “${l.b.text}” [${l.b.gold.join(', ')}]`);
    }
  }
  return lines;
}

/**
 * The events section of the JSON report. Held-out events give their figures only, even
 * with `verbose`.
 *
 * @example formatEventsJson(report, { verbose: false }).totals
 */
export function formatEventsJson(report: EventsReport, options: { verbose: boolean }): Record<string, unknown> {
  return {
    dir: report.dir,
    events: report.events.map((e) => e.status === 'skipped'
      ? { event: e.event, gold: e.gold, split: e.split, status: e.status, reason: e.reason }
      : { event: e.event, split: e.split, ...(e.split === 'fit' ? formatClusterJson(e.report, options) : figuresOnly(e.report)) }),
    totals: report.totals,
    targets: report.targets.map(({ measure, min, value, met }) => ({ measure, min, value, met })),
  };
}

/** A held-out event's figures, without the member texts the fit events list. */
function figuresOnly(report: ScoredReport): Record<string, unknown> {
  const s = report.score;
  return { status: report.status, corpus: report.corpus, gold: report.gold, goldClusters: s.goldClusters, predictedClusters: s.predictedClusters, quote: s.quote, claim: s.claim };
}
