import type { FurnitureRule, RuleMatch } from './rule.js';

// A tweet embed's tags: <tweet tweet-id="9123…">, <tweet id="…" author="@MayorOrtiz" datetime="2024-03-05">,
// <tweet/>, </tweet>. An attribute value may hold ">" or run over several lines.
const TAG = /<\/?tweet\b(?:[^>"]|"[^"]*")*>/gi;
const ANY_TAG = /<\/?tweet\b/i;
/** How many paragraphs one opening tag may run over (a value split by a line break). */
const MAX_PARAGRAPHS = 8;

/**
 * Tweets embedded in pasted text as markup, whose attribute values are not anybody's words:
 *
 *   <tweet tweet-id="912345678901234567"><tweet/>.          → dropped
 *   <tweet id="9123…" author="@MayorOrtiz" datetime="2024-03-05">Forty new buses by
 *   spring. That is a promise.</tweet>.                      → "Forty new buses by spring. …"
 *
 * The tweet's words stay, as a paragraph of their own, where the embed was; a line with
 * no words but the tags goes. An opening tag whose value runs on over a line break
 * ("tweet-date=\"March 5," then "2024\">Show us the numbers.<tweet/>.") takes the lines up
 * to its ">". Real HTML never gets here: the HTML reader reads the page's elements.
 */
export const tweetEmbed: FurnitureRule = {
  reason: 'tweet-embed',
  match(i, { paragraphs }) {
    const first = paragraphs[i]!.text;
    if (!first.includes('<') || !ANY_TAG.test(first)) return null;
    let text = first;
    let count = 1;
    // Lines are added while an opening tag is left open: "<tweet tweet-date=\"March 5,".
    while (ANY_TAG.test(text.replace(TAG, ''))) {
      if (count === MAX_PARAGRAPHS || i + count >= paragraphs.length) return null;
      text += `\n${paragraphs[i + count]!.text}`;
      count++;
    }
    return unwrap(text, count);
  },
};

function unwrap(text: string, count: number): RuleMatch {
  const markup = text.match(TAG)!.join(' ');
  const words = text.replace(TAG, ' ').replace(/\s+/g, ' ').trim();
  // "<tweet tweet-id=\"…\"><tweet/>." leaves a period: nothing of the tweet is in the text.
  if (!/[\p{L}\p{N}]/u.test(words)) return { count };
  // "…a promise.</tweet>." would end "promise. ." and "…pic.twitter.com/x<tweet/>." "x .".
  const ending = words.replace(/([.!?…]["”’]?)\s*\.$/u, '$1').replace(/(?<!\s)\s+([.,;:])$/, '$1');
  return { count, unwrapped: { text: ending, markup } };
}
