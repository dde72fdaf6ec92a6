import { cueFromIntroducer, speakerOfSentence } from '../attribute-span.js';
import type { AttributionContext, AttributionRule } from './rule.js';

/*
 * Rules for a quote that opens its sentence with no cue of its own: they read the sentence
 * before it, in its paragraph or, when the quote opens the paragraph, at the end of the
 * previous one.
 */

/** The sentence before ends in "," or ":" and hands over to the quote. */
export const introducer: AttributionRule = {
  name: 'introducer',
  example: 'The lawsuit reads: ¶ “Parler has been hosting content that …”',
  attribute(ctx) {
    const prev = ctx.previousSentence();
    if (!prev) return null;
    const found = cueFromIntroducer(ctx.masked.slice(prev.start, prev.end), prev.start);
    return found.mention ? found : null;
  },
};

/**
 * A quote paragraph after a paragraph whose last record had a speaker keeps that speaker;
 * after a fragment quoted inside someone's paraphrase, the paragraph's reporter carries on.
 */
export const followOn: AttributionRule = {
  name: 'follow-on',
  example: '“We will fight this,” Matze said. ¶ “Amazon has no case.”',
  attribute(ctx) {
    const prev = ctx.previousSentence();
    const previous = ctx.earlier[ctx.earlier.length - 1];
    if (!prev || prev.paragraph === ctx.span.paragraph || !previous || !previous.attribution.mention || previous.kind === 'mention' || previous.paragraph !== prev.paragraph) return null;
    if (previous.kind === 'partial') {
      const reporter = speakerOfSentence(prevText(ctx), prev.start);
      if (reporter.mention) return { ...reporter, confidence: 0.7, rule: 'follow-on' };
    }
    return { ...previous.attribution, confidence: 0.75, rule: 'follow-on' };
  },
};

/** The speaker of the sentence before, when it reports speech: "An Amazon spokesperson spoke with the media. “…”". */
export const previousSentenceRule: AttributionRule = {
  name: 'previous-sentence',
  example: 'An Amazon spokesperson spoke to reporters on Monday. “We made our concerns known.”',
  attribute(ctx) {
    const prev = ctx.previousSentence();
    if (!prev) return null;
    const subject = speakerOfSentence(prevText(ctx), prev.start);
    return subject.mention || prev.paragraph === ctx.span.paragraph ? subject : null;
  },
};

/** After a paragraph that reports someone's claims: the nearest of its last three sentences with a speaker. */
export const previousParagraph: AttributionRule = {
  name: 'previous-paragraph',
  example: 'Parler’s chief executive spoke to reporters for an hour on Monday. He did not take questions. ¶ “Amazon knew exactly what it was doing.”',
  attribute(ctx) {
    const prev = ctx.previousSentence();
    if (!prev) return null;
    const paragraph = ctx.article.sentences.filter((s) => s.paragraph === prev.paragraph && s.end <= prev.start);
    for (const s of paragraph.reverse().slice(0, 3)) {
      const found = speakerOfSentence(ctx.masked.slice(s.start, s.end), s.start);
      if (found.mention) return { ...found, confidence: 0.55, rule: 'previous-paragraph' };
    }
    return null;
  },
};

function prevText(ctx: AttributionContext): string {
  const prev = ctx.previousSentence()!;
  return ctx.masked.slice(prev.start, prev.end);
}
