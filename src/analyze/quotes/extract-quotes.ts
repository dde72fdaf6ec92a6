import { firstIndex } from '../../model/first-index.js';
import type { Article, Quote, QuoteKind, Sentence } from '../../model/types.js';
import { cueAfter, cueAtSentenceEnd, cueBefore, cueFromIntroducer, headlineSpeaker, NONE, speakerOfSentence, type Attribution } from './attribute-span.js';
import { classifySpan } from './classify-span.js';
import { findIndirectAll } from './find-indirect.js';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans.js';
import { maskQuotes } from './mask-quotes.js';
import { speakerAfter } from './speaker-phrase.js';
import { anyVerbAfter } from './rules/any-verb-after.js';
import { sentenceSubject } from './rules/sentence-subject.js';
import { splitSentences } from '../sentences/split-sentences.js';
import { findCues } from './cues.js';
import { resolveSpeakers, type SpeakerSlot } from './resolve-speakers.js';

export interface QuoteOptions {
  /** Also find indirect statements (reported speech without quote marks). Default true. */
  indirect?: boolean;
}

interface Item {
  kind: QuoteKind;
  start: number;
  end: number;
  paragraph: number;
  attribution: Attribution;
  span?: QuoteSpan;
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

/** Tries the attribution rules for one quoted span, nearest evidence first. */
function attributeSpan(article: Article, masked: string, span: QuoteSpan, kind: QuoteKind, earlier: Item[], place: SpanPlace): Attribution {
  const { before, after, afterStart, sentenceStart } = place;
  // A quote that ends its sentence has no attribution after it: "“…does it make?” Her critics cited it …".
  const endsSentence = span.close !== null && span.closeEnd !== null && sentenceEndsAt(article, span.close, span.closeEnd);
  let trailing = span.close === null || endsSentence ? NONE : cueAfter(after, afterStart);
  // "“…,” Trump answered.": the sentence goes on past the quote with a verb no cue list holds.
  if (!trailing.mention && !trailing.cue && span.close !== null && !endsSentence && /[,?!—–-]$/.test(article.text.slice(span.start, span.end))) {
    trailing = anyVerbAfter(firstClause(after), afterStart) ?? NONE;
  }
  const leading = before.trim() === '' ? NONE : cueBefore(before, sentenceStart, kind === 'partial');
  if (kind === 'partial') {
    // Both sides name someone: the cue nearer the quote wins ("… Moscow strongly denies — “why …?” asked Dunn").
    if (leading.mention && trailing.mention && leading.cue && trailing.cue) {
      return span.open - leading.cue.end <= trailing.cue.start - afterStart ? leading : trailing;
    }
    if (leading.mention) return leading;
    if (trailing.mention) return trailing;
    const end = span.close === null || endsSentence ? NONE : cueAtSentenceEnd(after, afterStart);
    if (end.mention) return end;
    const reason = reasonGiver(before, sentenceStart);
    if (reason.mention) return reason;
    const words = wordCount(article.text.slice(span.start, span.end));
    const headline = article.paragraphs[span.paragraph]!.kind === 'headline';
    // Four words or more are someone's words, most often the subject's; fewer may be a label ("the “experts”").
    if (!headline && words >= 4 && before.trim() !== '') {
      const subject = sentenceSubject(before, sentenceStart, /:\s*$/.test(before) ? 'colon-subject' : 'sentence-subject');
      if (subject) return subject;
    }
    return headline && words > 2 ? headlineSubject(article, span) : NONE;
  }
  if (trailing.mention) return trailing;
  if (leading.mention) return leading;
  if (trailing.cue) return trailing; // attributed to someone unnamed: null, not a guess from elsewhere
  if (/:\s*$/.test(before) && article.paragraphs[span.paragraph]!.kind !== 'headline') {
    const subject = sentenceSubject(before, sentenceStart, 'colon-subject');
    if (subject) return subject;
  }
  // "“…” than that of the CIA chief, Zuckoff said.": the sentence goes on and ends with its attribution.
  if (span.close !== null && !endsSentence && article.paragraphs[span.paragraph]!.kind !== 'headline') {
    const end = cueAtSentenceEnd(after, afterStart);
    if (end.mention) return end;
    // The sentence has a cue of its own that names nobody this rule can read: better no
    // speaker than the previous paragraph's.
    if (findCues(firstClause(after), afterStart).length > 0 && !/^\s*$/.test(firstClause(after).replace(/[“”"'‘’\s]/g, ''))) {
      if (before.trim() === '' && /^\s*[^\s“"‘']/.test(after)) return { ...NONE, rule: 'own-cue-unread' };
    }
  }
  if (article.paragraphs[span.paragraph]!.kind === 'headline') {
    const colon = headlineSpeaker(after, afterStart);
    return colon.mention ? colon : headlineSubject(article, span);
  }
  const previous = earlier[earlier.length - 1];
  // The second half of a quote split around its attribution, or the continuation of a
  // multi-paragraph quote, keeps the speaker of the half before it.
  if (previous && previous.attribution.mention && previous.kind !== 'mention') {
    if (span.continuation && previous.span?.continues) return { ...previous.attribution, confidence: 0.85, rule: 'continuation' };
    if (previous.paragraph === span.paragraph) return { ...previous.attribution, confidence: 0.85, rule: 'same-paragraph' };
  }
  if (before.trim() !== '') return NONE;
  // The quote opens its sentence with no cue of its own: look at the sentence before it,
  // in this paragraph or, when the quote opens the paragraph, at the end of the previous one.
  const prevSentence = previousSentence(article, sentenceStart);
  if (!prevSentence) return NONE;
  const prevText = masked.slice(prevSentence.start, prevSentence.end);
  const introducer = cueFromIntroducer(prevText, prevSentence.start);
  if (introducer.mention) return introducer;
  const sameParagraph = prevSentence.paragraph === span.paragraph;
  if (!sameParagraph && previous && previous.attribution.mention && previous.kind !== 'mention' && previous.paragraph === prevSentence.paragraph) {
    // After a fragment quoted inside someone's paraphrase ("the lawsuit suggests … a deal
    // stating “…”"), the paragraph's reporter, not the fragment's, carries on.
    if (previous.kind === 'partial') {
      const reporter = speakerOfSentence(prevText, prevSentence.start);
      if (reporter.mention) return { ...reporter, confidence: 0.7, rule: 'follow-on' };
    }
    return { ...previous.attribution, confidence: 0.75, rule: 'follow-on' };
  }
  const subject = speakerOfSentence(prevText, prevSentence.start);
  if (subject.mention || sameParagraph) return subject;
  // A quote paragraph after a paragraph that reports someone's claims: the nearest
  // sentence of that paragraph with a speaker ("Parler specifically cited how …").
  const paragraph = article.sentences.filter((s) => s.paragraph === prevSentence.paragraph && s.end <= prevSentence.start);
  for (const s of paragraph.reverse().slice(0, 3)) {
    const found = speakerOfSentence(masked.slice(s.start, s.end), s.start);
    if (found.mention) return { ...found, confidence: 0.55 };
  }
  return NONE;
}

// "Google removed the app from its store for “allowing postings that …”": a reason quoted
// after "for"/"over"/"citing" comes from the subject that acted on it.
const REASON = /(?:\bfor|\bover|\bciting|\bbecause of)\s*$/i;

function reasonGiver(before: string, offset: number): Attribution {
  if (!REASON.test(before)) return NONE;
  const clause = /^\s*/.exec(before)![0].length;
  const subject = speakerAfter(before.slice(clause), offset + clause);
  if (!subject || subject.type !== 'name') return NONE;
  // The subject must be followed by its verb, not be the object of something earlier.
  if (!/^\s+(?:has\s+|had\s+|have\s+)?\p{Ll}+ed\b/u.test(before.slice(subject.end - offset))) return NONE;
  return { mention: subject, cue: null, confidence: 0.5, rule: 'reason-for' };
}

// A headline's quote with no cue of its own is most often the words of the headline's subject:
// "Parler Sues Amazon …, Cites … “Millions Of Tweets”".
function headlineSubject(article: Article, span: QuoteSpan): Attribution {
  const p = article.paragraphs[span.paragraph]!;
  if (span.open === p.start) return NONE;
  const subject = speakerAfter(article.text.slice(p.start, span.open), p.start);
  if (!subject || subject.type === 'pronoun') return NONE;
  // Title case runs names together ("Parler Sues Amazon For …"): keep the first word.
  const first = /^[\p{L}\p{N}’'.&-]+/u.exec(subject.text)![0];
  return { mention: { ...subject, text: first, end: subject.start + first.length, type: 'name' }, cue: null, confidence: 0.5, rule: 'headline-subject' };
}

// Whether the sentence that holds `at` (a closing mark) ends by `end`, just after the mark.
function sentenceEndsAt(article: Article, at: number, end: number): boolean {
  const k = sentenceIndexAt(article, at);
  if (k === null) return false;
  const s = article.sentences[k]!;
  return s.end <= end && article.sentences[k + 1] !== undefined && article.sentences[k + 1]!.paragraph === s.paragraph;
}

function sentenceStartAt(article: Article, at: number, fallback: number): number {
  const k = sentenceIndexAt(article, at);
  return k === null ? fallback : article.sentences[k]!.start;
}

function sentenceIndexAt(article: Article, at: number): number | null {
  const sentences = article.sentences;
  if (!inOrder(sentences)) {
    const k = sentences.findIndex((s) => s.start <= at && at < s.end);
    return k < 0 ? null : k;
  }
  // Sentences in order and apart: the only one that can hold `at` is the last that starts at or before it.
  const k = lastAtOrBefore(sentences, (s) => s.start <= at);
  return k >= 0 && at < sentences[k]!.end ? k : null;
}

/** The sentence before the one that starts at `start`, skipping subheadings (they have none). */
function previousSentence(article: Article, start: number): { start: number; end: number; paragraph: number } | null {
  const sentences = article.sentences;
  // In order, the sentences that end by `start` are a prefix: look back from its end.
  let k = inOrder(sentences) ? lastAtOrBefore(sentences, (s) => s.end <= start) : sentences.length - 1;
  for (; k >= 0; k--) {
    const s = sentences[k]!;
    if (s.end <= start && article.paragraphs[s.paragraph]!.kind === 'body') return s;
  }
  return null;
}

// Whether each sentence starts at or after the end of the one before (segmentSentences makes them so).
const ordered = new WeakMap<readonly Sentence[], boolean>();
function inOrder(sentences: readonly Sentence[]): boolean {
  let known = ordered.get(sentences);
  if (known === undefined) {
    known = sentences.every((s, k) => s.start <= s.end && (k === 0 || sentences[k - 1]!.end <= s.start));
    ordered.set(sentences, known);
  }
  return known;
}

/** Index of the last item for which `test` holds, when it holds for a prefix of the list; -1 when for none. */
function lastAtOrBefore<T>(list: readonly T[], test: (item: T) => boolean): number {
  return firstIndex(list, (item) => !test(item)) - 1;
}

function quotedShare(start: number, end: number, spans: readonly QuoteSpan[]): number {
  let quoted = 0;
  for (const s of spans) quoted += Math.max(0, Math.min(end, s.closeEnd ?? s.end + 1) - Math.max(start, s.open));
  return end > start ? quoted / (end - start) : 0;
}

// The text after a closing mark up to the end of its sentence.
function firstClause(after: string): string {
  const lead = /^\s*/.exec(after)![0].length;
  const first = splitSentences(after).find((s) => s.end > lead);
  return first ? after.slice(0, first.end) : after;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
