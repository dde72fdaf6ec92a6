import type { FurnitureRule } from './rule.js';

// Headers that open the end matter: "Source credit:", "About the author".
const END_HEADER = /^(?:source credits?|about the (?:author|writer|reporter)s?|author(?:'s|’s)? (?:bio|biography|information|info)|author|the author|bio)\s*:?$/i;
const BIO_WORDS = /\b(?:writer|journalist|reporter|correspondent|editor|columnist|contributor|author|freelance|graduate|degree|experience|career|covers|covering|based in|passion|worked|works)\b/i;
const TRAILING_MORE = /(?:read more|more)\s*(?:\.\.\.|…|»|>>)?$/i;

/**
 * The author box at the end: a "Source credit:"/"About the author" header and all
 * that follows, or a closing paragraph that names the author with biography words
 * ("A chemical engineer by qualification, Pranali Mehta … Read more...").
 */
export const authorBio: FurnitureRule = {
  reason: 'author-bio',
  match(i, { paragraphs, author }) {
    const remaining = paragraphs.length - i;
    const text = paragraphs[i]!.text;
    if (END_HEADER.test(text) && remaining <= 6) return { count: remaining };
    if (remaining > 3) return null;
    const namesAuthor = author !== undefined && author.length > 3 && text.includes(author);
    if (namesAuthor && text === author) return { count: remaining };
    if (namesAuthor && BIO_WORDS.test(text)) return { count: remaining };
    if (TRAILING_MORE.test(text) && BIO_WORDS.test(text) && remaining === 1) return { count: 1 };
    return null;
  },
};
