import { wordCount, type FurnitureRule } from './rule.js';

// Headers that open the end matter: "Source credit:", "About the author".
const END_HEADER = /^(?:source credits?|about the (?:author|writer|reporter|columnist)s?|author(?:'s|’s)? (?:bio|biography|information|info|details)|(?:the )?authors?|bio|biography|meet the (?:author|writer|reporter))\s*:?$/i;
const BIO_WORDS = /\b(?:writer|journalist|reporter|correspondent|editor|columnist|contributor|author|freelance|graduate|degree|experience|career|covers|covering|based in|passion|worked|works|joined|previously|holds)\b/i;
// A bio that opens with its subject: "The author is a former council member.", "The writer teaches law".
const THE_AUTHOR = /^(?:the )?(?:author|writer|columnist|contributor|reporter)s? (?:is|was|are|were|has|have|teaches|taught|works|worked|lives|served|covers|writes)\b/i;
// "Jane Roe is a reporter covering city hall." with no known author: a name, then a journalism role.
const NAMED_ROLE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3} (?:is|was|has been) (?:a|an|the)\b.{0,60}\b(?:reporter|writer|journalist|correspondent|editor|columnist|contributor|freelancer|author of)\b/u;
// "Contact the reporter at jroe@ledger.example", "Follow her on Twitter @janeroe".
const CONTACT = /^(?:contact|email|e-mail|write to|reach|follow)\b.{0,100}(?:@|\b(?:twitter|facebook|instagram|threads|bluesky|linkedin|mastodon)\b)/i;
const REPORTS_SPEECH = /\b(?:said|says|told|tells|according to)\b/i;

/**
 * The author box at the end: a "Source credit:"/"About the author" header and all
 * that follows, a closing paragraph that names the author with biography words
 * ("A chemical engineer by qualification, Pranali Mehta … Read more..."), "The author
 * is …", and contact lines. A closing paragraph that quotes someone is story text.
 */
export const authorBio: FurnitureRule = {
  reason: 'author-bio',
  match(i, { paragraphs, author }) {
    const remaining = paragraphs.length - i;
    const text = paragraphs[i]!.text;
    if (END_HEADER.test(text) && remaining <= 6) return { count: remaining };
    if (remaining > 3) return null;
    if (CONTACT.test(text) && wordCount(text) <= 30) return { count: 1 };
    if (REPORTS_SPEECH.test(text)) return null;
    const names = author !== undefined && author.length > 3 ? authorNames(author) : [];
    if (names.some((n) => text === n)) return { count: remaining };
    if (names.some((n) => text.slice(0, n.length + 60).includes(n)) && BIO_WORDS.test(text)) return { count: remaining };
    if (remaining <= 2 && (THE_AUTHOR.test(text) || NAMED_ROLE.test(text))) return { count: 1 };
    return null;
  },
};

// "Jane Roe and John Doe" → both names, so either one's bio is found.
function authorNames(author: string): string[] {
  // (?<!\s): a separator starts where its white space does, so a run of spaces is read once.
  return author.split(/(?<!\s)(?:\s*,\s*|\s+and\s+|\s*&\s*)/).filter((n) => n.length > 3);
}
