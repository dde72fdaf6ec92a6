import type { FurnitureRule } from './rule.js';

// "OPINION | This article contains political commentary…", "Op-Ed:", "Commentary —", or the label alone.
const LABEL = String.raw`opinion|op-ed|oped|commentary|editorial|column|viewpoint|perspective|guest column|guest essay|letters?`;
const BANNER = new RegExp(String.raw`^(?:${LABEL})\s*(?:[|:—–]|-\s|$)`, 'i');
const DISCLAIMER = /^this (?:article|piece|column|post|story) (?:contains|is|reflects|represents)\b.{0,80}\b(?:commentary|opinion|views)\b/i;
const VIEWS_DISCLAIMER = /^the (?:views|opinions) expressed (?:in this|here)\b/i;

/** Opinion banners at the top of a piece; they set `isOpinion` and are not story text. */
export const opinionBanner: FurnitureRule = {
  reason: 'opinion-banner',
  match(i, { paragraphs }) {
    const text = paragraphs[i]!.text;
    if (i > 4 && !VIEWS_DISCLAIMER.test(text)) return null;
    if (text.length > 250) return null;
    return BANNER.test(text) || DISCLAIMER.test(text) || VIEWS_DISCLAIMER.test(text) ? { count: 1, isOpinion: true } : null;
  },
};
