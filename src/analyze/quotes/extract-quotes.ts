import type { Article, Quote, QuoteKind, Sentence } from '../../model/types.js';
import { cueAfter, cueBefore, NONE, type Attribution } from './attribute-span.js';
import { classifySpan } from './classify-span.js';
import { findIndirectAll } from './find-indirect.js';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans.js';
import { firstClause } from './first-clause.js';
import { maskQuotes } from './mask-quotes.js';
import { resolveSpeakers, type SpeakerSlot } from './resolve-speakers.js';
import { anyVerbAfter } from './rules/any-verb-after.js';
import { DIRECT_RULES, PARTIAL_RULES, type AttributionContext, type EarlierItem } from './rules/index.js';
import { previousSentence, sentenceEndsAt, sentenceIndexAt, sentenceStartAt } from './sentence-at.js';

export interface QuoteOptions {
  /** Also find indirect statements (reported speech without quote marks). Default true. */
  indirect?: boolean;
}

/** A record in the making: what the rules read of earlier records, and where it is. */
interface Item extends EarlierItem {
  start: number;
  end: number;
}

/** How far before and after a quote its attribution is looked for; a sentence is rarely a tenth of this. */
const CONTEXT = 2000;

/**
 * Finds every quotation and attributed statement in an article, with its speaker
 * and cue. Pure: the same article gives the same records. `source` and `sourceOrg`
 * are filled in per article here and made consistent across a corpus by `assignSources`.
 *
 * @example extractQuotes(article).map((q) => [q.kind, q.speaker, q.text])
 *   // [['direct', 'Matze', 'This really is a double standard.'], …]
 */
export function extractQuotes(article: Article, options: QuoteOptions = {}): Quote[] {
  const { text } = article;
  const spans = findQuoteSpans(text, article.paragraphs);
  const masked = maskQuotes(text, spans);
  const items: Item[] = [];

  spans.forEach((span) => {
    const p = article.paragraphs[span.paragraph]!;
    // Past CONTEXT characters the sentence before and the paragraph after are cut: every
    // rule reads them from the quote outwards, and each one reading all of a 100 KB
    // paragraph for each of its quotes would take minutes.
    const sentenceStart = Math.max(sentenceStartAt(article, span.open, p.start), span.open - CONTEXT);
    const before = masked.slice(sentenceStart, span.open);
    const afterStart = span.closeEnd ?? span.end;
    const after = masked.slice(afterStart, Math.min(p.end, afterStart + CONTEXT));
    let kind = classifySpan({ inner: text.slice(span.start, span.end), before, after, continuation: span.continuation });
    let attribution = NONE;
    if (kind !== 'mention') {
      attribution = attributeSpan(article, masked, span, kind, items, { before, after, afterStart, sentenceStart });
      // A short fragment nobody is said to have said is a scare quote ("the “experts”"); a
      // headline quotes people, not labels, so it keeps its kind.
      if (kind === 'partial' && !attribution.mention && !attribution.cue && wordCount(text.slice(span.start, span.end)) <= (p.kind === 'headline' ? 2 : 3)) kind = 'mention';
    }
    if (kind === 'mention') attribution = NONE;
    items.push({ kind, start: span.start, end: span.end, paragraph: span.paragraph, attribution, span });
  });

  if (options.indirect !== false) {
    for (const s of article.sentences) {
      for (const found of findIndirectAll(masked.slice(s.start, s.end), s.start, text.slice(s.start, s.end))) {
        if (quotedShare(found.start, found.end, spans) > 0.5) continue;
        items.push({ kind: 'indirect', start: found.start, end: found.end, paragraph: s.paragraph, attribution: { mention: found.mention, cue: found.cue, confidence: found.confidence, rule: found.rule } });
      }
    }
  }

  items.sort((a, b) => a.start - b.start || a.end - b.end);
  const slots: SpeakerSlot[] = items.map((item) => ({ at: item.start, mention: item.attribution.mention, speaker: null, confidence: item.attribution.confidence }));
  // Names inside quote marks (titles, other people's words) are not antecedents for "he".
  resolveSpeakers(slots, masked, article.sentences.map((x) => x.start));
  return items.map((item, n) => {
    const slot = slots[n]!;
    const { mention, cue, rule } = item.attribution;
    return {
      id: `${article.id}#q${n + 1}`,
      article: article.id,
      file: article.file,
      outlet: article.outlet,
      kind: item.kind,
      text: text.slice(item.start, item.end),
      speaker: slot.speaker,
      source: null,
      sourceOrg: null,
      cue: cue?.form ?? null,
      paragraph: item.paragraph,
      sentence: sentenceIndexAt(article, item.start),
      start: item.start,
      end: item.end,
      confidence: slot.speaker === null ? (item.kind === 'mention' ? 1 : 0) : round(slot.confidence),
      rule: mention || cue ? rule + (slot.resolvedBy && slot.speaker !== null ? `+${slot.resolvedBy}` : '') : null,
      speakerStart: mention?.start ?? null,
      speakerEnd: mention?.end ?? null,
      cueStart: cue?.start ?? null,
      cueEnd: cue?.end ?? null,
    };
  });
}

interface SpanPlace {
  before: string;
  after: string;
  afterStart: number;
  sentenceStart: number;
}

/** Tries the attribution rules for one quoted span in their order (rules/index.ts); the first that answers decides. */
function attributeSpan(article: Article, masked: string, span: QuoteSpan, kind: QuoteKind, earlier: Item[], place: SpanPlace): Attribution {
  const { before, after, afterStart, sentenceStart } = place;
  // A quote that ends its sentence has no attribution after it: "“…was it worth it?” Her critics cited it …".
  // Only a quote that ends in a period: after "?” " or "!” " a capitalised word may still be its
  // attribution ("“…, right?” Renner went on"), which the cue rules read.
  const endsSentence = span.close !== null && span.closeEnd !== null && /[.…]$/.test(article.text.slice(span.start, span.end)) && sentenceEndsAt(article, span.close, span.closeEnd);
  let trailing: Attribution | undefined;
  let leading: Attribution | undefined;
  let previous: Sentence | null | undefined;
  const ctx: AttributionContext = {
    article, masked, span, kind, earlier, before, after, afterStart, sentenceStart, endsSentence,
    trailing: () => (trailing ??= trailingAttribution(article, span, after, afterStart, endsSentence)),
    leading: () => (leading ??= before.trim() === '' ? NONE : cueBefore(before, sentenceStart, kind === 'partial')),
    previousSentence: () => (previous === undefined ? (previous = previousSentence(article, sentenceStart)) : previous),
  };
  for (const rule of kind === 'partial' ? PARTIAL_RULES : DIRECT_RULES) {
    const found = rule.attribute(ctx);
    if (found) return found;
  }
  return NONE;
}

const NAME_SAID_TAIL = /^[ \t]+(?:\p{Lu}[\p{L}.’'-]*[ \t]+){1,4}(?:said|says|added|wrote|explained|continued|insisted)(?:[ \t]+\p{L}+){0,2}[ \t]*\.(?:\s|$)/u;

// The attribution after the closing mark: a known cue ("“…,” Matze said"), else, when the
// quote's sentence goes on, any verb ("“…,” Renner answered").
function trailingAttribution(article: Article, span: QuoteSpan, after: string, afterStart: number, endsSentence: boolean): Attribution {
  if (span.close === null) return NONE;
  // “… firm hand.” Ferris said. — a period typed inside the marks; the short sentence that
  // follows is only the attribution.
  if (endsSentence) return NAME_SAID_TAIL.test(after) ? cueAfter(after, afterStart) : NONE;
  const found = cueAfter(after, afterStart);
  if (found.mention || found.cue || !/[,?!—–-]$/.test(article.text.slice(span.start, span.end))) return found;
  return anyVerbAfter(firstClause(after), afterStart) ?? NONE;
}

function quotedShare(start: number, end: number, spans: readonly QuoteSpan[]): number {
  let quoted = 0;
  for (const s of spans) quoted += Math.max(0, Math.min(end, s.closeEnd ?? s.end + 1) - Math.max(start, s.open));
  return end > start ? quoted / (end - start) : 0;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
