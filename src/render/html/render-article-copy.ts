import type { Article } from '../../model/types.js';
import { escapeHtml, type IdRegistry } from './escape-html.js';

/** A stretch of an article the report points at: a cluster member, a descriptor, a word use. */
export interface CopySpan {
  start: number;
  end: number;
  /** Quotes and claims are marked (`<mark>`); descriptors and word uses are underlined. */
  kind: 'quote' | 'claim' | 'descriptor' | 'word';
  /** Shown on hover: the cluster or panel it belongs to ("q1", "loaded: hottest"). */
  label: string;
}

/** The registry key of the anchor at `start` in an article. */
export const anchorKey = (article: string, start: number): string => `anchor\u0000${article}\u0000${start}`;

/** The registry key of an article's readable copy. */
export const copyKey = (article: string): string => `copy\u0000${article}`;

/** The registry key of an article's own id, the stem of its anchors. */
export const articleKey = (article: string): string => `article\u0000${article}`;

/**
 * A readable copy of one article: its paragraphs (numbered as the table's "¶4" counts
 * them), with every span wrapped so a link `#<article>-<start>` lands on it. Spans may
 * overlap (a claim holding a quote), so the text is cut at every span edge and each piece
 * gets one element carrying the classes of all spans over it; the id goes on the piece
 * where the span starts. A span starting between paragraphs is anchored at the next one.
 *
 * @example
 * // "Parler sued Amazon." with a quote member at 7–12 →
 * // <p data-n="1">Parler <mark id="a-7" class="quote" title="q1">sued </mark>Amazon.</p>
 */
export function renderArticleCopy(article: Article, spans: readonly CopySpan[], ids: IdRegistry): string {
  const key = ids.id(articleKey(article.id), article.id);
  const copyId = ids.id(copyKey(article.id), `article-${key}`);
  const paragraphs = article.paragraphs.filter((p) => p.end > p.start);
  const anchorAt = new Map<number, string[]>();
  const starts = [...new Set(spans.map((s) => s.start))].sort((a, b) => a - b);
  for (const start of starts) {
    const home = paragraphs.find((p) => start < p.end);
    const at = home ? Math.max(start, home.start) : (paragraphs.at(-1)?.end ?? 0);
    const list = anchorAt.get(at) ?? [];
    list.push(ids.id(anchorKey(article.id, start), `${key}-${start}`));
    anchorAt.set(at, list);
  }
  const emitted = new Set<number>();
  const body: string[] = [];
  paragraphs.forEach((p, index) => {
    const cuts = new Set([p.start, p.end]);
    for (const s of spans) {
      if (s.start > p.start && s.start < p.end) cuts.add(s.start);
      if (s.end > p.start && s.end < p.end) cuts.add(s.end);
    }
    for (const at of anchorAt.keys()) if (at > p.start && at < p.end) cuts.add(at);
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: string[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k]!;
      const to = points[k + 1]!;
      const over = spans.filter((s) => s.start < to && s.end > from);
      const idsHere = emitted.has(from) ? [] : (anchorAt.get(from) ?? []);
      emitted.add(from);
      pieces.push(piece(article.text.slice(from, to), over, idsHere));
    }
    // Anchors past the last paragraph (a span in trailing text) still need a target.
    if (index === paragraphs.length - 1 && !emitted.has(p.end)) {
      for (const id of anchorAt.get(p.end) ?? []) pieces.push(`<span id="${id}"></span>`);
      emitted.add(p.end);
    }
    const tag = p.kind === 'headline' ? 'h4' : p.kind === 'subheading' ? 'h5' : 'p';
    body.push(`<${tag} class="para ${p.kind}" data-n="${article.paragraphs.indexOf(p) + 1}">${pieces.join('')}</${tag}>`);
  });
  if (paragraphs.length === 0) body.push('<p class="empty">(no text)</p>');
  const facts = [
    article.author ? `by ${article.author}` : '',
    article.date ?? '',
    article.isOpinion ? 'labelled opinion' : '',
    article.url ?? '',
    article.file,
  ].filter(Boolean);
  return [
    `<article class="copy" id="${copyId}">`,
    `<header><h3 class="outlet">${escapeHtml(article.outlet)}</h3>`,
    `<p class="facts">${facts.map((f) => `<span>${escapeHtml(f)}</span>`).join(' · ')}</p></header>`,
    ...body,
    '</article>',
  ].join('\n');
}

function piece(text: string, over: readonly CopySpan[], anchorIds: readonly string[]): string {
  const escaped = escapeHtml(text);
  // Extra anchors at the same place (a span that starts between paragraphs) are empty targets.
  const extra = anchorIds.slice(1).map((id) => `<span id="${id}"></span>`).join('');
  const id = anchorIds[0] ? ` id="${anchorIds[0]}"` : '';
  if (over.length === 0) return id ? `${extra}<span${id}>${escaped}</span>` : escaped;
  const quotes = over.filter((s) => s.kind === 'quote').length;
  const members = quotes + over.filter((s) => s.kind === 'claim').length;
  const classes = [
    // A quote inside a claim reads as a quote; a claim inside a claim as a deeper claim.
    quotes ? 'quote' : members ? 'claim' : '',
    quotes > 1 || (!quotes && members > 1) ? 'nested' : '',
    over.some((s) => s.kind === 'descriptor') ? 'descriptor' : '',
    over.some((s) => s.kind === 'word') ? 'word-use' : '',
  ].filter(Boolean).join(' ');
  const title = [...new Set(over.map((s) => s.label))].join(' · ');
  const tag = members ? 'mark' : 'span';
  return `${extra}<${tag}${id} class="${classes}" title="${escapeHtml(title)}">${escaped}</${tag}>`;
}
