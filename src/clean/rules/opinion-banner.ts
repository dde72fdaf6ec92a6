import { wordCount, type FurnitureRule } from './rule.js';

// "OPINION | This article contains political commentary…", "Op-Ed:", "Commentary —", or the label alone.
const LABEL = String.raw`opinion|op-ed|oped|commentary|editorial|column|viewpoint|perspective|guest column|guest essay|guest opinion|letters?(?: to the editor)?|analysis and opinion`;
const BANNER = new RegExp(String.raw`^(?:${LABEL})\s*(?:[|:—–]|\s-\s|$)\s*`, 'i');
const DISCLAIMER = /^this (?:article|piece|column|post|story|essay) (?:contains|is|reflects|represents)\b.{0,80}\b(?:commentary|opinion|views)\b/i;
const VIEWS_DISCLAIMER = /^the (?:views|opinions) expressed (?:in this|here|are)\b/i;

/**
 * Opinion banners at the top of a piece; they set `isOpinion` and are not story text.
 * A banner that carries the headline ("Opinion | Our towns need buses") gives it as `title`.
 */
export const opinionBanner: FurnitureRule = {
  reason: 'opinion-banner',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    if (text.length > 250) return null;
    if (VIEWS_DISCLAIMER.test(text)) return { count: 1, isOpinion: true };
    if (i > 4) return null;
    if (DISCLAIMER.test(text)) return { count: 1, isOpinion: true };
    const label = splitOpinionLabel(text);
    if (!label) return null;
    return label.rest ? { count: 1, isOpinion: true, title: label.rest } : { count: 1, isOpinion: true };
  },
};

/**
 * Splits an opinion label off a line: "Opinion | Our towns need buses" → rest "Our towns
 * need buses"; "OPINION | This article contains…" → rest null (a disclaimer, not a headline);
 * "Opinion polls show…" → null (no label).
 */
export function splitOpinionLabel(text: string): { rest: string | null } | null {
  const m = BANNER.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  const isHeadline = rest !== '' && wordCount(rest) <= 25 && !/[.;,:]$/.test(rest) && !DISCLAIMER.test(rest);
  return { rest: isHeadline ? rest : null };
}
