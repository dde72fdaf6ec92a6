// Spaces that are not U+0020 (no-break, the en/em/thin family, narrow no-break, ideographic).
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// Punctuation, quote marks and symbols at either end: `“hold on,”` and `hold on` are the same quote.
const EDGES = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * The text two quote spans must share to match exactly: NFC, odd spaces made plain,
 * whitespace collapsed, and punctuation or quote marks at the ends trimmed. Case and
 * inner punctuation are kept.
 *
 * @example normalizeQuoteText('“AWS is\u00A0violating it,” ') // 'AWS is violating it'
 */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\s+/g, ' ')
    .replace(EDGES, '');
}
