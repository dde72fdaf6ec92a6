import type { Comparison } from '../model/comparison.js';
import { SCHEMA_VERSION, PLAIN_STYLES, type Output, type RenderContext } from './context.js';
import { toArticleRecord } from './render-articles.js';
import { toQuoteRecord } from './render-quotes.js';
import { memberCell, renderDiffTable, type DiffViewOptions } from './render-diff-table.js';
import { renderDiffHtml } from './render-diff-html.js';
import { jsonChunks } from './json-chunks.js';
import { shownFlags } from './shown-flags.js';

export type DiffFormat = 'table' | 'json' | 'md' | 'html';

/** The document `coverage diff --format json` prints: the whole comparison, every member pointing into its article. */
export function diffDocument(comparison: Comparison, options: DiffViewOptions = {}): Record<string, unknown> {
  const outlets = options.outlets;
  const keep = (outlet: string) => !outlets || outlets.includes(outlet);
  const minOutlets = options.minOutlets ?? 1;
  const clusters = comparison.clusters
    .filter((c) => (!options.only || (options.only === 'quotes' ? c.type === 'quote' : options.only === 'claims' ? c.type === 'claim' : false)))
    .filter((c) => c.outlets.filter(keep).length >= minOutlets)
    .map((c) => ({ ...c, members: c.members.filter((m) => keep(m.outlet)), flags: c.flags.filter((f) => keep(f.outlet)) }));
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: comparison.articles.filter((a) => keep(a.outlet)).map(toArticleRecord),
    quotes: comparison.quotes.filter((q) => keep(q.outlet)).map(toQuoteRecord),
    claims: comparison.claims.filter((c) => keep(c.outlet)),
    clusters,
    framing: comparison.framing,
  };
}

/** Levels written piece by piece: the document, its arrays and `framing`, and framing's arrays. */
export const DIFF_JSON_DEPTH = 3;

/**
 * `coverage diff --format json`, in pieces (`jsonChunks`): every cluster lists the outlets
 * it is `missing`, so the document grows as clusters × outlets, gigabytes at 5,000 articles.
 */
export function renderDiffJson(comparison: Comparison, _ctx: RenderContext, options: DiffViewOptions = {}): Iterable<string> {
  return withNewline(jsonChunks(diffDocument(comparison, options), DIFF_JSON_DEPTH));
}

/**
 * About how many characters the clusters' `missing` lists take in the JSON of `comparison`
 * (each name indented, quoted, with a comma and a line break): they grow as clusters ×
 * outlets, and at thousands of outlets they are nearly all of it.
 */
export function missingListChars(comparison: Comparison): number {
  const names = [...new Set(comparison.articles.map((a) => a.outlet))];
  const perName = names.reduce((n, o) => n + JSON.stringify(o).length + 10, 0) / Math.max(1, names.length);
  let chars = 0;
  for (const c of comparison.clusters) chars += c.missing.length * perName;
  return chars;
}

/** The pieces, then a line break. */
export function* withNewline(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** `coverage diff --format md`: the same comparison as Markdown tables, for reports. */
export function renderDiffMarkdown(comparison: Comparison, _ctx: RenderContext, options: DiffViewOptions = {}): string {
  const outlets = options.outlets ?? comparison.framing.outlets.map((o) => o.outlet);
  const minOutlets = options.minOutlets ?? 2;
  const out: string[] = ['# Coverage comparison', '', '| outlet | headline | words | quotes | indirect | opinion |', '| --- | --- | ---: | ---: | ---: | --- |'];
  for (const o of comparison.framing.outlets.filter((x) => outlets.includes(x.outlet))) {
    out.push(`| ${cell(o.outlet)} | ${cell(o.titles.join(' / '))} | ${o.words} | ${o.quotes} | ${o.indirect} | ${o.isOpinion ? 'yes' : ''} |`);
  }
  for (const type of ['quote', 'claim'] as const) {
    if (options.only && options.only !== `${type}s`) continue;
    out.push('', `## ${type === 'quote' ? 'Quotes' : 'Claims'} carried by ${minOutlets} or more outlets`);
    for (const c of comparison.clusters.filter((x) => x.type === type && x.outlets.filter((o) => outlets.includes(o)).length >= minOutlets)) {
      out.push('', `### ${c.id}: carried by ${c.outlets.length} of ${outlets.length}`, '');
      for (const f of shownFlags(c, outlets)) out.push(`- **${f.type}**: ${cell(f.message)}`);
      if (c.flags.length) out.push('');
      out.push('| outlet | version | speaker, cue, place |', '| --- | --- | --- |');
      for (const o of outlets) {
        const members = c.members.filter((m) => m.outlet === o);
        if (members.length === 0) out.push(`| ${cell(o)} | — | |`);
        for (const m of members) {
          const [text, meta] = memberCell(m, PLAIN_STYLES, false, c.type === 'quote');
          out.push(`| ${cell(o)} | ${cell(text!)} | ${cell(meta ?? '')} |`);
        }
      }
    }
  }
  if (!options.only || options.only === 'framing') {
    const f = comparison.framing;
    out.push('', '## Framing', '', '### How each outlet describes the actors', '', '| outlet | actor | description | kind |', '| --- | --- | --- | --- |');
    for (const d of f.descriptors.filter((x) => outlets.includes(x.outlet))) out.push(`| ${cell(d.outlet)} | ${cell(d.actor)} | ${cell(d.text)} | ${d.kind} |`);
    out.push('', '### Reporting verbs by source', '', '| outlet | source | verb | count |', '| --- | --- | --- | ---: |');
    for (const v of f.reportingVerbs.filter((x) => outlets.includes(x.outlet))) out.push(`| ${cell(v.outlet)} | ${cell(v.source ?? '—')} | ${cell(v.cue)} | ${v.count} |`);
    out.push('', '### Voice share', '', '| outlet | source | quotes | words | share | first paragraph |', '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const v of f.voice.filter((x) => outlets.includes(x.outlet))) out.push(`| ${cell(v.outlet)} | ${cell(v.source)} | ${v.quotes} | ${v.words} | ${Math.round(v.share * 100)}% | ${v.firstParagraph + 1} |`);
    out.push('', '### Distancing, hedges and loaded words', '', '| outlet | kind | word | sentence |', '| --- | --- | --- | --- |');
    for (const w of f.wordUses.filter((x) => outlets.includes(x.outlet))) out.push(`| ${cell(w.outlet)} | ${w.kind} | ${cell(w.word)} | ${cell(w.context)} |`);
    out.push('', '### Exclusives and omissions', '', '| outlet | cluster | | text |', '| --- | --- | --- | --- |');
    for (const e of f.exclusives.filter((x) => outlets.includes(x.outlet))) out.push(`| ${cell(e.outlet)} | ${e.cluster} | ${e.related ? `related to ${e.related.cluster} (${e.related.score.toFixed(2)})` : 'only here'} | ${cell(e.text)} |`);
    for (const e of f.omissions.filter((x) => outlets.includes(x.outlet))) out.push(`| ${cell(e.outlet)} | ${e.cluster} | left out (${e.carriedBy} carry it${e.related ? `; related here: ${e.related.cluster}, ${e.related.score.toFixed(2)}` : ''}) | ${cell(e.text)} |`);
  }
  return out.join('\n') + '\n';
}

export const DIFF_FORMATTERS: Record<DiffFormat, (comparison: Comparison, ctx: RenderContext, options: DiffViewOptions) => Output> = {
  table: renderDiffTable,
  json: renderDiffJson,
  md: renderDiffMarkdown,
  html: renderDiffHtml,
};
