import type { Cluster, ClusterMember, Comparison, DiffPart } from '../model/comparison.js';
import type { RenderContext, Styles } from './context.js';
import { columns, equalWidths, wrap } from './layout.js';
import { diffPieces, MAX_SHOWN_REMOVED } from './diff-pieces.js';
import { shownFlags } from './shown-flags.js';

export interface DiffViewOptions {
  /** Outlets to show as columns, in this order (default: all, in run order). */
  outlets?: string[];
  /** Which parts to show. */
  only?: 'quotes' | 'claims' | 'framing';
  /** Show clusters carried by at least this many outlets (default 2 in the table; 1 shows exclusives too). */
  minOutlets?: number;
}

/** Below this many columns per outlet, outlets are stacked under each other instead. */
const MIN_COLUMN = 24;
const SEP = ' │ ';

/**
 * The side-by-side view: a header with the outlets, their headlines and sizes; one block
 * per cluster, most widely carried first, with each outlet's version (differing words
 * highlighted, speaker and cue under it, "—" where the outlet has nothing); then the
 * framing panels. Fits `ctx.width`.
 */
export function renderDiffTable(comparison: Comparison, ctx: RenderContext, options: DiffViewOptions = {}): string {
  const s = ctx.styles;
  const outlets = options.outlets ?? comparison.framing.outlets.map((o) => o.outlet);
  const minOutlets = options.minOutlets ?? 2;
  const out: string[] = [];
  out.push(...header(comparison, outlets, ctx));
  const show = (type: 'quote' | 'claim') => comparison.clusters.filter((c) => c.type === type && c.members.some((m) => outlets.includes(m.outlet)) && c.outlets.filter((o) => outlets.includes(o)).length >= minOutlets);
  if (!options.only || options.only === 'quotes') {
    const clusters = show('quote');
    out.push('', rule(s.bold(`QUOTES carried by ${minOutlets > 1 ? `${minOutlets} or more outlets` : 'any outlet'}: ${clusters.length} of ${comparison.clusters.filter((c) => c.type === 'quote').length}`), ctx));
    for (const c of clusters) out.push('', ...block(c, outlets, ctx));
  }
  if (!options.only || options.only === 'claims') {
    const clusters = show('claim');
    out.push('', rule(s.bold(`CLAIMS carried by ${minOutlets > 1 ? `${minOutlets} or more outlets` : 'any outlet'}: ${clusters.length} of ${comparison.clusters.filter((c) => c.type === 'claim').length}`), ctx));
    for (const c of clusters) out.push('', ...block(c, outlets, ctx));
  }
  if (!options.only || options.only === 'framing') out.push('', ...framingPanels(comparison, outlets, ctx));
  return out.join('\n') + '\n';
}

function rule(title: string, ctx: RenderContext): string {
  return wrap(title, ctx.width).join('\n');
}

function header(comparison: Comparison, outlets: string[], ctx: RenderContext): string[] {
  const s = ctx.styles;
  const lines = [s.bold(`Coverage of ${comparison.articles.length} article${comparison.articles.length === 1 ? '' : 's'} by ${outlets.length} outlet${outlets.length === 1 ? '' : 's'}`)];
  const labelWidth = Math.min(24, Math.max(...outlets.map((o) => o.length)) + 1);
  const textWidth = ctx.width - labelWidth - SEP.length;
  for (const summary of comparison.framing.outlets.filter((o) => outlets.includes(o.outlet))) {
    const title = summary.titles.filter(Boolean).join(' / ') || '(no headline)';
    const facts = `${summary.words} words · ${summary.quotes} quotes · ${summary.indirect} indirect${summary.isOpinion ? ' · OPINION' : ''}`;
    lines.push(...columns([[s.bold(summary.outlet)], [title, s.dim(facts)]], [labelWidth, textWidth], SEP));
  }
  return lines;
}

function block(cluster: Cluster, outlets: string[], ctx: RenderContext): string[] {
  const s = ctx.styles;
  const carried = cluster.outlets.filter((o) => outlets.includes(o));
  const missing = outlets.filter((o) => !carried.includes(o));
  const score = typeof cluster.score === 'number' ? ` · score ${cluster.score.toFixed(2)}` : '';
  const title = `${s.bold(cluster.id)} · ${cluster.type} carried by ${carried.length} of ${outlets.length}${score}${missing.length ? s.dim(` · not in ${missing.join(', ')}`) : ''}`;
  const lines = wrap(title, ctx.width);
  for (const flag of shownFlags(cluster, outlets)) {
    lines.push(...wrap(`${s.yellow('!')} ${s.yellow(flag.type)}: ${flag.message}`, ctx.width));
  }
  const cells = outlets.map((outlet) => {
    const members = cluster.members.filter((m) => m.outlet === outlet);
    return members.length ? members.flatMap((m) => memberCell(m, s, ctx.color, cluster.type === 'quote')) : [s.dim('—')];
  });
  const widths = equalWidths(ctx.width, outlets.length, SEP.length);
  if (widths[0]! >= MIN_COLUMN) {
    lines.push(...columns(outlets.map((o) => [s.underline(o)]), widths, SEP));
    lines.push(...columns(cells, widths, SEP));
  } else {
    // Too narrow for a column each: one outlet per row, its name on the left.
    const labelWidth = Math.min(22, Math.max(...outlets.map((o) => o.length)));
    const textWidth = ctx.width - labelWidth - SEP.length;
    outlets.forEach((o, k) => lines.push(...columns([[s.underline(o)], cells[k]!], [labelWidth, textWidth], SEP)));
  }
  return lines;
}

/** One outlet's version: the text with differing words marked, then who said it. */
export function memberCell(m: ClusterMember, s: Styles, color: boolean, showDiff = true): string[] {
  const quoted = m.kind === 'direct' || m.kind === 'partial';
  // Claims are the same statement in different words: a word diff of them is noise.
  const body = showDiff ? renderDiff(m.diff, s, color) : m.text;
  const text = quoted ? `“${body}”` : body;
  const who = [m.speaker ?? (quoted ? 'no speaker named' : null), m.cue].filter(Boolean).join(', ');
  const note = m.kind === 'unquoted' ? 'without quote marks' : m.kind === 'statement' ? 'in its own voice' : '';
  const meta = [who ? `— ${who}` : '', note, `¶${m.paragraph + 1}`].filter(Boolean).join(' · ');
  return [text, s.dim(meta)];
}

/**
 * A member's words with the differences from the cluster text marked: `[+added+]` and
 * `[-removed-]`, also green and red with colour. Words the member leaves out at the
 * start or end are a shorter quote, shown as "…"; a long inner gap is counted, not printed.
 */
export function renderDiff(parts: readonly DiffPart[], s: Styles, color: boolean): string {
  return diffPieces(parts).map((piece) => {
    if (piece.kind === 'ellipsis') return '…';
    if (piece.kind === 'equal') return piece.text;
    // The markers stay with colour: colour alone is lost to colour-blind readers and in copy-paste.
    if (piece.kind === 'added') {
      const added = `[+${piece.text}+]`;
      return color ? s.green(s.bold(added)) : added;
    }
    const removed = `[-${piece.words <= MAX_SHOWN_REMOVED ? piece.text : `… ${piece.words} words`}-]`;
    return color ? s.red(removed) : removed;
  }).join(' ');
}

function framingPanels(comparison: Comparison, outlets: string[], ctx: RenderContext): string[] {
  const s = ctx.styles;
  const f = comparison.framing;
  const out: string[] = [];
  const labelWidth = Math.min(24, Math.max(...outlets.map((o) => o.length)) + 1);
  const textWidth = ctx.width - labelWidth - SEP.length;
  const panel = (title: string, rows: Array<[string, string[]]>) => {
    out.push(rule(s.bold(title), ctx));
    for (const [label, paragraphs] of rows) out.push(...columns([[label], paragraphs.length ? paragraphs : [s.dim('—')]], [labelWidth, textWidth], SEP));
    out.push('');
  };
  panel('HOW EACH OUTLET DESCRIBES THE ACTORS', outlets.map((o) => {
    const byActor = new Map<string, string[]>();
    for (const d of f.descriptors.filter((x) => x.outlet === o)) {
      const list = byActor.get(d.actor) ?? [];
      if (!list.includes(d.text)) list.push(d.text);
      byActor.set(d.actor, list);
    }
    return [o, [...byActor].map(([actor, texts]) => `${s.bold(actor)}: ${texts.map((t) => `“${t}”`).join('; ')}`)];
  }));
  panel('REPORTING VERBS BY SOURCE', outlets.map((o) => {
    const bySource = new Map<string, string[]>();
    for (const v of f.reportingVerbs.filter((x) => x.outlet === o)) {
      const key = v.source ?? 'unnamed';
      const list = bySource.get(key) ?? [];
      list.push(v.count > 1 ? `${v.cue} ×${v.count}` : v.cue);
      bySource.set(key, list);
    }
    return [o, [...bySource].map(([source, cues]) => `${source}: ${cues.join(', ')}`)];
  }));
  panel('WHOSE VOICE: quoted and reported words per source (first paragraph heard)', outlets.map((o) => [
    o,
    f.voice.filter((v) => v.outlet === o).slice(0, 6).map((v) => `${v.source}: ${v.words} words, ${v.quotes} quote${v.quotes === 1 ? '' : 's'}, ${Math.round(v.share * 100)}% (¶${v.firstParagraph + 1})`),
  ]));
  panel('DISTANCING, HEDGES AND LOADED WORDS outside quotes', outlets.map((o) => {
    const byKind = new Map<string, string[]>();
    for (const w of f.wordUses.filter((x) => x.outlet === o)) {
      const list = byKind.get(w.kind) ?? [];
      if (!list.includes(w.word.toLowerCase())) list.push(w.word.toLowerCase());
      byKind.set(w.kind, list);
    }
    const summary = f.outlets.find((x) => x.outlet === o);
    const rows = [...byKind].map(([kind, list]) => `${kind}: ${list.join(', ')}`);
    if (summary?.isOpinion) rows.unshift(s.yellow('labelled opinion'));
    return [o, rows];
  }));
  panel('ONLY THIS OUTLET (exclusives)', outlets.map((o) => [
    o,
    f.exclusives.filter((e) => e.outlet === o).map((e) => `${e.cluster} ${e.type}${e.related ? ` (related to ${e.related.cluster} in ${e.related.outlets.join(', ')}, ${e.related.score.toFixed(2)})` : ''}: ${truncate(e.text, 110)}`),
  ]));
  panel('LEFT OUT (carried by most others, not by this outlet)', outlets.map((o) => [
    o,
    f.omissions.filter((e) => e.outlet === o).map((e) => `${e.cluster} ${e.type} (${e.carriedBy} outlets${e.related ? `; related here: ${e.related.cluster}, ${e.related.score.toFixed(2)}` : ''}): ${truncate(e.text, 110)}`),
  ]));
  return out;
}

function truncate(text: string, n: number): string {
  return text.length <= n ? text : `${text.slice(0, n - 1)}…`;
}
