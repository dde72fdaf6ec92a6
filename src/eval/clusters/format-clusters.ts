import type { ClusterTargetResult } from './cluster-targets.js';
import type { ClusterReport } from './run-clusters.js';
import type { LinkScore } from './types.js';

const num = (v: number | null): string => (v === null ? '–' : v.toFixed(3));
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;

function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = [...flat];
  if (chars.length <= max) return `“${flat}”`;
  const half = Math.floor((max - 3) / 2);
  return `“${chars.slice(0, half).join('')} … ${chars.slice(-half).join('')}”`;
}

function targetText(targets: readonly ClusterTargetResult[], measure: ClusterTargetResult['measure']): string {
  const t = targets.find((x) => x.measure === measure);
  if (!t) return '';
  const goal = typeof t.value === 'boolean' || measure.endsWith('flagged') || measure.endsWith('matched') ? 'yes' : `F1 ≥ ${t.min.toFixed(2)}`;
  return `${goal}  ${t.met ? 'met' : 'MISSED'}`;
}

/**
 * The clusters section of the text report: link precision, recall and F1 for quotes
 * and claims, the two named checks, and with `verbose` every missed and wrong link.
 *
 * @example formatClusterTable(report, { verbose: false })
 */
export function formatClusterTable(report: ClusterReport, options: { verbose: boolean }): string[] {
  if (report.status === 'unavailable') return [`clusters: not available yet (${report.reason})`];
  const s = report.score;
  const W = 30;
  const row = (name: string, m: LinkScore, target: string) =>
    `  ${pad(name, W)}${[m.precision, m.recall, m.f1].map((v) => padStart(num(v), 7)).join('')}${padStart(String(m.gold), 7)}  ${target}`.trimEnd();
  const yes = (v: boolean) => padStart(v ? 'yes' : 'no', 21);
  const lines = [
    `clusters: compareCoverage on ${report.corpus} against ${report.gold}`,
    `  ${s.goldClusters.quote + s.goldClusters.claim} gold clusters (${s.goldClusters.quote} quote, ${s.goldClusters.claim} claim), ${s.predictedClusters} predicted`,
    '',
    `  ${pad('measure', W)}${['P', 'R', 'F1'].map((h) => padStart(h, 7)).join('')}${padStart('links', 7)}  target`,
    row('quote links', s.quote, targetText(report.targets, 'quote.f1')),
    row('claim links', s.claim, targetText(report.targets, 'claim.f1')),
  ];
  if (s.alteredQuote) {
    const a = s.alteredQuote;
    lines.push(`  ${pad('altered quote flagged', W)}${yes(a.flagged)}${pad('', 7)}  ${targetText(report.targets, 'alteredQuote.flagged')}${a.flagged ? `  (${a.cluster}: ${clip(a.words.join(' '), 60)})` : ''}`);
  }
  if (s.paraphrase) {
    const p = s.paraphrase;
    const where = p.clusters.filter((c) => c.matched).map((c) => `${c.gold} in ${c.predicted}${c.via === 'flag' ? ' (flag)' : ''}`).join(', ');
    lines.push(`  ${pad('unquoted paraphrase matched', W)}${yes(p.matched)}${pad('', 7)}  ${targetText(report.targets, 'paraphrase.matched')}${where ? `  (${where})` : ''}`);
  }
  const uncounted = s.quote.uncounted + s.claim.uncounted;
  lines.push(`  not counted: ${uncounted} predicted link${uncounted === 1 ? '' : 's'} on uncertain gold or between related clusters; ${s.unmatchedMembers.length} gold member${s.unmatchedMembers.length === 1 ? '' : 's'} no predicted member stands for`);
  if (options.verbose) {
    const section = (title: string, items: string[]) => {
      lines.push('', `  ${title} (${items.length})${items.length ? ':' : ''}`, ...items.map((i) => `    ${i}`));
    };
    section('missed links', s.missedLinks.map((l) =>
      `${l.type} ${l.cluster}\n      ${l.a.outlet}  ${clip(l.a.text)}\n      ${l.b.outlet}  ${clip(l.b.text)}`));
    section('wrong links (members of different gold clusters)', s.wrongLinks.map((l) =>
      `${l.type} ${l.cluster}\n      ${l.a.outlet}  ${clip(l.a.text)}  [${l.a.gold.join(', ')}]\n      ${l.b.outlet}  ${clip(l.b.text)}  [${l.b.gold.join(', ')}]`));
    section('gold members no predicted member stands for', s.unmatchedMembers.map((m) => `${m.cluster}  ${m.file}  ${clip(m.text)}`));
    if (s.unlocated.length) section('gold members not found in the cleaned article text', s.unlocated.map((m) => `${m.cluster}  ${m.file}  ${clip(m.text)}`));
  }
  return lines;
}

/**
 * The clusters section of the JSON report; with `verbose` also every missed and wrong
 * link.
 *
 * @example formatClusterJson(report, { verbose: false }).quote.f1
 */
export function formatClusterJson(report: ClusterReport, options: { verbose: boolean }): Record<string, unknown> {
  if (report.status === 'unavailable') return { status: report.status, corpus: report.corpus, gold: report.gold, reason: report.reason };
  const s = report.score;
  const base = {
    status: report.status,
    corpus: report.corpus,
    gold: report.gold,
    goldClusters: s.goldClusters,
    predictedClusters: s.predictedClusters,
    quote: s.quote,
    claim: s.claim,
    alteredQuote: s.alteredQuote,
    paraphrase: s.paraphrase,
    unmatchedMembers: s.unmatchedMembers,
    unlocated: s.unlocated,
    targets: report.targets.map(({ measure, min, value, met }) => ({ measure, min, value, met })),
  };
  if (!options.verbose) return base;
  return { ...base, missedLinks: s.missedLinks, wrongLinks: s.wrongLinks };
}
