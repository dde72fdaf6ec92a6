import type { WebPagesReport } from './types.js';

const num = (v: number): string => v.toFixed(3);

/**
 * The web-pages section of the text report; one line when it was skipped or failed.
 *
 * @example formatWebPagesTable(report) // ['web-pages: skipped, ../shared/data/web-pages not found; …']
 */
export function formatWebPagesTable(report: WebPagesReport): string[] {
  if (report.status !== 'scored') return [`web-pages: ${report.status}, ${report.reason}`];
  const { score: s, checks: c } = report;
  const target = report.targets.find((t) => t.measure === 'body.f1');
  return [
    `web-pages: coverage ingest on ${report.data} against its ground truth, scored by ${report.scorer} --body-only`,
    `  ${s.pages} pages, ${c.articles} articles, ${s.missing} pages without an article; ${c.msPerPage.toFixed(0)} ms a page`,
    '',
    `  body F1 ${num(s.f1)}  (P ${num(s.precision)}, R ${num(s.recall)}, exact ${num(s.accuracy)})${target ? `  F1 ≥ ${target.min.toFixed(3)}  ${target.met ? 'met' : 'MISSED'}` : ''}`,
    `  pages with a hash outlet: ${c.hashOutlets}`,
    `  dates not ISO 8601: ${c.datesNotIso} (${c.noDate} articles without a date)`,
  ];
}

/**
 * The web-pages section of the JSON report.
 *
 * @example formatWebPagesJson(report).f1
 */
export function formatWebPagesJson(report: WebPagesReport): Record<string, unknown> {
  if (report.status !== 'scored') return { status: report.status, data: report.data, reason: report.reason };
  const { score: s, checks: c } = report;
  return {
    status: report.status,
    data: report.data,
    scorer: report.scorer,
    pages: s.pages,
    missing: s.missing,
    articles: c.articles,
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    accuracy: s.accuracy,
    hashOutlets: c.hashOutlets,
    datesNotIso: c.datesNotIso,
    noDate: c.noDate,
    targets: report.targets.map(({ measure, min, value, met }) => ({ measure, min, value, met })),
  };
}
