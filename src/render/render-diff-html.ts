import { createHash } from 'node:crypto';
import type { Cluster, ClusterMember, Comparison, DiffPart } from '../model/comparison.js';
import type { RenderContext } from './context.js';
import type { DiffViewOptions } from './render-diff-table.js';
import { escapeHtml, IdRegistry } from './html/escape-html.js';
import { anchorKey, copyKey, renderArticleCopy, type CopySpan } from './html/render-article-copy.js';
import { renderFramingPanels } from './html/render-framing-panels.js';
import { REPORT_SCRIPT } from './html/report-script.js';
import { REPORT_STYLE } from './html/report-style.js';
import { diffPieces, MAX_SHOWN_REMOVED } from './diff-pieces.js';
import { shownFlags } from './shown-flags.js';
import { compareCodeUnits } from '../model/compare-code-units.js';

/** Ids the page itself uses; no article, anchor or cluster may take them. */
const PAGE_IDS = ['comparison', 'framing', 'articles', 'filters', 'shown', 'outlets'];

/**
 * The report's table: its outlet columns, the cluster types shown, and its rows (quotes
 * first, then claims, most widely carried first). `coverage diff` checks its size before
 * the page is built.
 */
export function reportTable(comparison: Comparison, options: DiffViewOptions = {}): { outlets: string[]; types: string[]; clusters: Cluster[] } {
  const outlets = options.outlets ?? comparison.framing.outlets.map((o) => o.outlet);
  const shown = new Set(outlets);
  const minOutlets = options.minOutlets ?? 1;
  const types = options.only === 'quotes' ? ['quote'] : options.only === 'claims' ? ['claim'] : options.only === 'framing' ? [] : ['quote', 'claim'];
  const carried = new Map(comparison.clusters.map((c) => [c, c.outlets.reduce((n, o) => n + (shown.has(o) ? 1 : 0), 0)]));
  const clusters = comparison.clusters
    .filter((c) => types.includes(c.type) && c.members.some((m) => shown.has(m.outlet)) && carried.get(c)! >= minOutlets)
    .map((c, k) => [c, k] as const)
    .sort(([a, i], [b, j]) => types.indexOf(a.type) - types.indexOf(b.type) || carried.get(b)! - carried.get(a)! || i - j)
    .map(([c]) => c);
  return { outlets, types, clusters };
}

/**
 * `coverage diff --format html`: the comparison as one self-contained page. Outlets are
 * columns and clusters rows (quotes first, then claims, most widely carried first), with
 * `<ins>` and `<del>` for the words an outlet adds or leaves out; every cell links to its
 * place in a readable copy of the article at the bottom; filters by outlet, source,
 * cluster type and text; the framing panels as tables; a print style. The page loads
 * nothing: its Content-Security-Policy is `default-src 'none'` with only this style and
 * this script allowed, by hash. Every piece of data goes through `escapeHtml`, so an
 * article that says `<script>` shows the word.
 *
 * Shows every cluster unless `minOutlets` says otherwise (the page can filter), and
 * depends only on the comparison: the same run gives the same bytes.
 */
export function renderDiffHtml(comparison: Comparison, _ctx: RenderContext, options: DiffViewOptions = {}): string {
  const { outlets, types, clusters } = reportTable(comparison, options);
  const col = (outlet: string) => outlets.indexOf(outlet);
  const articles = comparison.articles.filter((a) => outlets.includes(a.outlet));
  const ids = new IdRegistry(PAGE_IDS);

  // The copies come first: they hand out the anchor ids every link below points at.
  const copies = articles.map((a) => renderArticleCopy(a, spansOf(comparison, clusters, a.id), ids));
  const clusterIds = new Map(clusters.map((c) => [c.id, ids.id(`cluster\u0000${c.id}`, `cluster-${c.id}`)]));
  const place = (article: string, start: number) => {
    const id = ids.get(anchorKey(article, start));
    return id ? `#${id}` : null;
  };
  const records = new Map<string, { article: string; start: number }>([...comparison.quotes, ...comparison.claims].map((r) => [r.id, r]));

  const sources = sourcesOf(clusters, outlets);
  const sections = [
    headerHtml(comparison, outlets, ids),
    types.length ? comparisonHtml(clusters, outlets, sources, clusterIds, place, comparison.clusters) : '',
    options.only && options.only !== 'framing' ? '' : [
      '<section id="framing">',
      '<h2>Framing</h2>',
      renderFramingPanels(comparison.framing, {
        outlets,
        place,
        record: (id) => {
          const r = records.get(id);
          return r ? place(r.article, r.start) : null;
        },
        cluster: (id) => (clusterIds.has(id) ? `#${clusterIds.get(id)}` : null),
      }),
      '</section>',
    ].join('\n'),
    ['<section id="articles">', '<h2>Articles</h2>',
      '<p class="lede">Each article as it was read, paragraphs numbered as in the table. <mark class="quote">Yellow</mark> passages are quotes, <mark class="claim">blue</mark> ones claims; <span class="descriptor">dotted</span> words describe an actor; <span class="word-use">wavy</span> ones are hedges, distancing or loaded words.</p>',
      '<div class="copies">', ...copies, '</div>', '</section>'].join('\n'),
  ].filter(Boolean);

  const title = `Coverage of ${articles.length} article${articles.length === 1 ? '' : 's'} by ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}`;
  const csp = `default-src 'none'; style-src '${hash(REPORT_STYLE)}'; script-src '${hash(REPORT_SCRIPT)}'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="coverage diff --format html">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_STYLE}</style>`,
    '</head>',
    '<body>',
    ...sections,
    `<script>${REPORT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Everything in an article the page links to: cluster members, quotes and claims, descriptors, word uses. */
function spansOf(comparison: Comparison, clusters: readonly Cluster[], article: string): CopySpan[] {
  const byRange = new Map<string, CopySpan & { labels: string[] }>();
  const add = (start: number, end: number, kind: CopySpan['kind'], label: string) => {
    const key = `${start}:${end}:${kind}`;
    const span = byRange.get(key) ?? { start, end, kind, label: '', labels: [] };
    if (!span.labels.includes(label)) span.labels.push(label);
    byRange.set(key, span);
  };
  for (const c of clusters) for (const m of c.members) if (m.article === article) add(m.start, m.end, c.type, `${c.id}: ${c.type} carried by ${c.outlets.length}`);
  for (const q of comparison.quotes) if (q.article === article && q.kind !== 'mention') add(q.start, q.end, 'quote', `${q.kind} quote`);
  for (const c of comparison.claims) if (c.article === article) add(c.start, c.end, 'claim', c.kind === 'statement' ? 'claim in its own voice' : 'reported claim');
  for (const d of comparison.framing.descriptors) if (d.article === article) add(d.start, d.end, 'descriptor', `describes ${d.actor}`);
  for (const w of comparison.framing.wordUses) if (w.article === article) add(w.start, w.end, 'word', `${w.kind}: ${w.word}`);
  return [...byRange.values()]
    .map(({ labels, ...span }) => {
      // A range in a cluster is named by its cluster; the record's own kind is then noise.
      const named = labels.filter((l) => /^[qc]\d/.test(l));
      return { ...span, label: (named.length ? named : labels).join(' · ') };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The sources heard in the shown clusters, most often first; the select's values are indices into this. */
function sourcesOf(clusters: readonly Cluster[], outlets: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const c of clusters) for (const m of c.members) if (m.source && outlets.includes(m.outlet)) counts.set(m.source, (counts.get(m.source) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0])).map(([s]) => s);
}

function headerHtml(comparison: Comparison, outlets: readonly string[], ids: IdRegistry): string {
  const rows = outlets.map((outlet) => {
    const s = comparison.framing.outlets.find((o) => o.outlet === outlet);
    const articles = comparison.articles.filter((a) => a.outlet === outlet);
    const headlines = articles.map((a) => {
      const id = ids.get(copyKey(a.id));
      const text = escapeHtml(a.title ?? '(no headline)');
      return id ? `<a href="#${id}">${text}</a>` : text;
    });
    const cells = [
      `<th scope="row">${escapeHtml(outlet)}${s?.isOpinion ? ' <span class="badge">opinion</span>' : ''}</th>`,
      `<td class="headline">${headlines.join('<br>') || '<span class="none">—</span>'}</td>`,
      ...[s?.words, s?.quotes, s?.indirect, s?.claims].map((n) => `<td class="num">${n === undefined ? '—' : escapeHtml(n)}</td>`),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  const n = comparison.articles.filter((a) => outlets.includes(a.outlet)).length;
  return [
    '<header>',
    `<h1>Coverage of ${escapeHtml(n)} article${n === 1 ? '' : 's'} by ${escapeHtml(outlets.length)} outlet${outlets.length === 1 ? '' : 's'}</h1>`,
    '<p class="lede">Which quotes and claims each outlet carried, in whose words, and how it framed the story.</p>',
    '<nav class="toc"><a href="#comparison">Quotes and claims</a><a href="#framing">Framing</a><a href="#articles">Articles</a></nav>',
    '<table class="outlets" id="outlets"><thead><tr><th scope="col">outlet</th><th scope="col">headline</th><th scope="col" class="num">words</th><th scope="col" class="num">quotes</th><th scope="col" class="num">indirect</th><th scope="col" class="num">claims</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '</header>',
  ].join('\n');
}

function comparisonHtml(
  clusters: readonly Cluster[], outlets: readonly string[], sources: readonly string[],
  clusterIds: Map<string, string>, place: (article: string, start: number) => string | null, all: readonly Cluster[],
): string {
  const out: string[] = ['<section id="comparison">', '<h2>Quotes and claims, outlet by outlet</h2>'];
  out.push('<p class="legend">Each row is one quote or claim as the outlets carried it. <ins>Green</ins> words are only in this outlet’s version, <del>red</del> ones are in the fuller version but not in this one; “…” marks a shorter quote; “—” means the outlet does not carry it. Each “¶” links to the passage in the article.</p>');
  out.push(filtersHtml(outlets, sources));
  const head = `<thead><tr><th scope="col" class="label">quote or claim</th>${outlets.map((o, i) => `<th scope="col" data-col="${i}">${escapeHtml(o)}</th>`).join('')}</tr></thead>`;
  out.push(`<table class="clusters">${head}`);
  for (const type of ['quote', 'claim'] as const) {
    const rows = clusters.filter((c) => c.type === type);
    if (rows.length === 0) continue;
    const total = all.filter((c) => c.type === type).length;
    const title = `${type === 'quote' ? 'Quotes' : 'Claims'}: ${rows.length} of ${total}`;
    out.push(`<tbody class="group-head" data-group="${type}"><tr><th scope="rowgroup" colspan="${outlets.length + 1}">${escapeHtml(title)}</th></tr></tbody>`);
    out.push('<tbody>');
    for (const c of rows) out.push(rowHtml(c, outlets, sources, clusterIds.get(c.id)!, place));
    out.push('</tbody>');
  }
  out.push('</table>');
  if (clusters.length === 0) out.push('<p class="none">No quote or claim is carried by enough outlets to show.</p>');
  out.push('</section>');
  return out.join('\n');
}

function filtersHtml(outlets: readonly string[], sources: readonly string[]): string {
  const boxes = outlets.map((o, i) => `<label><input type="checkbox" name="outlet" value="${i}" checked> ${escapeHtml(o)}</label>`).join('\n');
  const types = [['all', 'all'], ['quote', 'quotes'], ['claim', 'claims']]
    .map(([value, label]) => `<label><input type="radio" name="type" value="${value}"${value === 'all' ? ' checked' : ''}> ${label}</label>`).join('\n');
  const sourceOptions = ['<option value="">any source</option>', ...sources.map((s, i) => `<option value="${i}">${escapeHtml(s)}</option>`)].join('');
  const carriedOptions = outlets.map((_, i) => `<option value="${i + 1}">${i === 0 ? 'any number of' : `${i + 1} or more`} outlets</option>`).join('');
  return [
    // Hidden until the script runs: without it the filters could not work, and the table is whole.
    '<form id="filters" hidden>',
    `<fieldset class="outlet-filter"><legend>Outlets</legend>${boxes}</fieldset>`,
    `<fieldset class="type-filter"><legend>Show</legend>${types}</fieldset>`,
    `<label>Source <select name="source">${sourceOptions}</select></label>`,
    `<label>Carried by <select name="carried">${carriedOptions}</select></label>`,
    '<label>Words <input type="search" name="text" placeholder="filter rows by text"></label>',
    '<output id="shown" aria-live="polite"></output>',
    '</form>',
  ].join('\n');
}

function rowHtml(c: Cluster, outlets: readonly string[], sources: readonly string[], id: string, place: (article: string, start: number) => string | null): string {
  const shown = c.outlets.filter((o) => outlets.includes(o));
  const missing = outlets.filter((o) => !shown.includes(o));
  const members = c.members.filter((m) => outlets.includes(m.outlet));
  const sourceIdx = [...new Set(members.map((m) => (m.source ? sources.indexOf(m.source) : -1)).filter((i) => i >= 0))].sort((a, b) => a - b);
  const outletIdx = [...new Set(members.map((m) => outlets.indexOf(m.outlet)))].sort((a, b) => a - b);
  const flags = shownFlags(c, outlets);
  const label = [
    `<a class="id" href="#${id}">${escapeHtml(c.id)}</a><span class="badge type">${escapeHtml(c.type)}</span>`,
    `<div class="carried">carried by ${escapeHtml(shown.length)} of ${escapeHtml(outlets.length)}${missing.length ? ` · not in ${escapeHtml(missing.join(', '))}` : ''}</div>`,
    flags.length ? `<ul class="flags">${flags.map((f) => `<li><span class="flag-type">${escapeHtml(f.type)}</span>: ${escapeHtml(f.message)}</li>`).join('')}</ul>` : '',
  ].join('');
  const cells = outlets.map((o, i) => {
    const own = members.filter((m) => m.outlet === o);
    if (own.length === 0) return `<td data-col="${i}" class="absent">—</td>`;
    return `<td data-col="${i}">${own.map((m) => memberHtml(m, c.type === 'quote', place(m.article, m.start))).join('')}</td>`;
  });
  return `<tr id="${id}" data-type="${c.type}" data-carried="${shown.length}" data-outlets="${outletIdx.join(' ')}" data-sources="${sourceIdx.join(' ')}"><th scope="row" class="label">${label}</th>${cells.join('')}</tr>`;
}

/** One outlet's version, as the terminal's `memberCell` shows it: the words with differences marked, then who said it. */
function memberHtml(m: ClusterMember, showDiff: boolean, href: string | null): string {
  const quoted = m.kind === 'direct' || m.kind === 'partial';
  // Claims are the same statement in different words: a word diff of them is noise.
  const body = showDiff ? diffHtml(m.diff) : escapeHtml(m.text);
  const who = [m.speaker ?? (quoted ? 'no speaker named' : null), m.cue].filter((x): x is string => Boolean(x)).join(', ');
  // "council spokesperson Jane Doe" already names Jane Doe; "the filing" does not name Parler's lawsuit.
  const source = m.source && !(m.speaker ?? '').includes(m.source) ? ` (${m.source})` : '';
  const note = m.kind === 'unquoted' ? 'without quote marks' : m.kind === 'statement' ? 'in its own voice' : m.kind === 'indirect' ? 'reported speech' : '';
  const paragraph = `¶${escapeHtml(m.paragraph + 1)}`;
  const meta = [
    who ? `— ${escapeHtml(who + source)}` : '',
    note,
    href ? `<a href="${href}" title="read it in the article">${paragraph}</a>` : paragraph,
  ].filter(Boolean).join(' · ');
  return `<div class="member"><div class="text">${quoted ? `“${body}”` : body}</div><div class="meta">${meta}</div></div>`;
}

/**
 * A member's words with the differences from the cluster text marked, like the terminal's
 * `renderDiff`: words it leaves out at the start or end are a shorter quote, shown as "…";
 * an inner gap of more than six words is counted ("… 24 words", the words on hover).
 */
function diffHtml(parts: readonly DiffPart[]): string {
  return diffPieces(parts).map((piece) => {
    if (piece.kind === 'ellipsis') return '…';
    if (piece.kind === 'equal') return escapeHtml(piece.text);
    if (piece.kind === 'added') return `<ins>${escapeHtml(piece.text)}</ins>`;
    return piece.words <= MAX_SHOWN_REMOVED
      ? `<del>${escapeHtml(piece.text)}</del>`
      : `<del class="gap" title="${escapeHtml(piece.text)}">… ${escapeHtml(piece.words)} words</del>`;
  }).join(' ');
}
