import { advertisement } from './advertisement.js';
import { authorBio } from './author-bio.js';
import { byline } from './byline.js';
import { copyright } from './copyright.js';
import { imageCredit } from './image-credit.js';
import { noWords } from './no-words.js';
import { opinionBanner } from './opinion-banner.js';
import { readMore } from './read-more.js';
import { relatedLinks } from './related-links.js';
import { reportingCredit } from './reporting-credit.js';
import { sharePrompt } from './share-prompt.js';
import { tweetEmbed } from './tweet-embed.js';
import type { FurnitureRule } from './rule.js';

/**
 * Every furniture rule, in the order they are tried on each paragraph. Markup goes
 * first: the words it wraps are then read by the others as any paragraph.
 */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  tweetEmbed,
  byline,
  opinionBanner,
  imageCredit,
  advertisement,
  relatedLinks,
  readMore,
  sharePrompt,
  copyright,
  reportingCredit,
  authorBio,
  noWords,
];

export type { FurnitureRule, RuleContext, RuleMatch } from './rule.js';
