import type { Framing } from '../../model/comparison.js';
import { escapeHtml } from './escape-html.js';

/** What the panels need to know about the rest of the page. */
export interface PanelLinks {
  /** The outlets shown, in column order; a row's `data-col` is its outlet's index here. */
  outlets: readonly string[];
  /** `#…` of a place in an article's readable copy, or null when the copy has no anchor there. */
  place(article: string, start: number): string | null;
  /** `#…` of a quote or claim record (`<article>#q3`), or null. */
  record(id: string): string | null;
  /** `#…` of a cluster's row in the table, or null when the row is not shown. */
  cluster(id: string): string | null;
}

interface Row {
  outlet: string;
  /** Cells as HTML, every piece of data already escaped. */
  cells: string[];
}

/**
 * The framing panels as tables, one row per finding, each row tagged with its outlet's
 * column so the outlet filter hides it with the column: how each outlet describes the
 * actors, reporting verbs by source, whose voice is heard, distancing and loaded words,
 * what only one outlet has and what an outlet left out.
 */
export function renderFramingPanels(framing: Framing, links: PanelLinks): string {
  const shown = (outlet: string) => links.outlets.includes(outlet);
  const byOutlet = <T extends { outlet: string }>(list: readonly T[]) =>
    list.filter((x) => shown(x.outlet)).map((x, k) => [x, k] as const)
      .sort((a, b) => links.outlets.indexOf(a[0].outlet) - links.outlets.indexOf(b[0].outlet) || a[1] - b[1])
      .map(([x]) => x);
  const link = (href: string | null, html: string) => (href ? `<a href="${href}">${html}</a>` : html);
  const dash = '<span class="none">—</span>';
  const text = (value: string | null | undefined) => (value ? escapeHtml(value) : dash);

  const panels = [
    panel('How each outlet describes the actors', 'Appositives (“Parler, the free speech platform”), labels standing for an actor and relative clauses; “in a quote” means the quoted source said it, not the outlet.',
      ['outlet', 'actor', 'description', 'kind', 'in a quote'],
      byOutlet(framing.descriptors).map((d) => ({
        outlet: d.outlet,
        cells: [escapeHtml(d.actor), link(links.place(d.article, d.start), `“${escapeHtml(d.text)}”`), escapeHtml(d.kind), d.inQuote ? 'yes' : ''],
      }))),
    panel('Reporting verbs by source', 'The verb or phrase that introduced each source’s words (“said”, “claims”, “according to”).',
      ['outlet', 'source', 'verb', 'count'],
      byOutlet(framing.reportingVerbs).map((v) => ({
        outlet: v.outlet,
        cells: [text(v.source), link(v.examples[0] ? links.record(v.examples[0]) : null, escapeHtml(v.cue)), num(v.count)],
      }))),
    panel('Whose voice', 'Quoted and reported words per source, the share of all attributed words in the outlet’s articles, and the paragraph where the source is first heard.',
      ['outlet', 'source', 'speaks for', 'quotes', 'words', 'share', 'first heard'],
      byOutlet(framing.voice).map((v) => ({
        outlet: v.outlet,
        cells: [
          escapeHtml(v.source), text(v.sourceOrg), num(v.quotes), num(v.words),
          `<meter min="0" max="1" value="${escapeHtml(v.share)}"></meter> ${escapeHtml(Math.round(v.share * 100))}%`,
          link(v.firstQuote ? links.record(v.firstQuote) : null, `¶${escapeHtml(v.firstParagraph + 1)}`),
        ],
      }))),
    panel('Distancing, hedges and loaded words', 'Words outside quote marks that show stance; the word links to its sentence in the article.',
      ['outlet', 'kind', 'word', 'sentence'],
      byOutlet(framing.wordUses).map((w) => ({
        outlet: w.outlet,
        cells: [escapeHtml(w.kind), link(links.place(w.article, w.start), escapeHtml(w.word)), escapeHtml(w.context)],
      }))),
    panel('Only this outlet', 'Quotes and claims no other outlet carries.',
      ['outlet', 'cluster', 'type', 'text'],
      byOutlet(framing.exclusives).map((e) => ({
        outlet: e.outlet,
        cells: [link(links.cluster(e.cluster), escapeHtml(e.cluster)), escapeHtml(e.related ? `${e.type}, related to ${e.related.cluster} (${e.related.score.toFixed(2)})` : e.type), escapeHtml(truncate(e.text, 220))],
      }))),
    panel('Left out', 'Quotes and claims most other outlets carry but this one does not.',
      ['outlet', 'cluster', 'type', 'carried by', 'text'],
      byOutlet(framing.omissions).map((e) => ({
        outlet: e.outlet,
        cells: [link(links.cluster(e.cluster), escapeHtml(e.cluster)), escapeHtml(e.type), num(e.carriedBy), escapeHtml(truncate(e.text, 220))],
      }))),
  ];
  return panels.join('\n');

  function panel(title: string, about: string, headers: string[], rows: Row[]): string {
    const head = `<thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
    const body = rows.map((r) => `<tr data-col="${links.outlets.indexOf(r.outlet)}"><th scope="row">${escapeHtml(r.outlet)}</th>${r.cells.map((c) => `<td>${c}</td>`).join('')}</tr>`);
    return [
      '<div class="panel">',
      `<h3>${escapeHtml(title)}</h3>`,
      `<p class="about">${escapeHtml(about)}</p>`,
      rows.length ? `<table class="framing">${head}<tbody>\n${body.join('\n')}\n</tbody></table>` : '<p class="none">None found.</p>',
      '</div>',
    ].join('\n');
  }
}

function num(n: number): string {
  return `<span class="num">${escapeHtml(n)}</span>`;
}

function truncate(text: string, n: number): string {
  return text.length <= n ? text : `${text.slice(0, n - 1)}…`;
}
