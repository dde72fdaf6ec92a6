import { headlineSpeaker, NONE, type Attribution } from '../attribute-span.js';
import { speakerAfter } from '../speaker-phrase.js';
import type { AttributionContext, AttributionRule } from './rule.js';

/**
 * A quote in a headline: handed to its speaker by a colon ("‘We will not back down’:
 * Mayor defies state"), else most often the words of the headline's subject ("Parler
 * Sues Amazon …, Cites … “Millions Of Tweets”"). Records carry `headline-colon` or
 * `headline-subject`. A headline quote of two words or fewer is a label, not anyone's words.
 */
export const headlineQuote: AttributionRule = {
  name: 'headline-subject',
  example: 'Parler sues Amazon over “a politically motivated decision” ¶ The lawsuit was filed in Seattle on Monday.',
  attribute(ctx) {
    if (!inHeadline(ctx)) return null;
    if (ctx.kind === 'partial') return wordCount(ctx.article.text.slice(ctx.span.start, ctx.span.end)) > 2 ? headlineSubject(ctx) : NONE;
    const colon = headlineSpeaker(ctx.after, ctx.afterStart);
    return colon.mention ? colon : headlineSubject(ctx);
  },
};

/** Whether the quote is in the article's headline. */
export function inHeadline(ctx: AttributionContext): boolean {
  return ctx.article.paragraphs[ctx.span.paragraph]!.kind === 'headline';
}

function headlineSubject(ctx: AttributionContext): Attribution {
  const p = ctx.article.paragraphs[ctx.span.paragraph]!;
  if (ctx.span.open === p.start) return NONE;
  const subject = speakerAfter(ctx.article.text.slice(p.start, ctx.span.open), p.start);
  if (!subject || subject.type === 'pronoun') return NONE;
  // Title case runs names together ("Parler Sues Amazon For …"): keep the first word.
  const first = /^[\p{L}\p{N}’'.&-]+/u.exec(subject.text)![0];
  return { mention: { ...subject, text: first, end: subject.start + first.length, type: 'name' }, cue: null, confidence: 0.5, rule: 'headline-subject' };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
