// Spaces that look like a space but are not U+0020: no-break, the en/em/thin family,
// narrow no-break, medium mathematical, ideographic, and tabs.
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Invisible characters that break word matching: zero-width space, word joiner, BOM, soft hyphen.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// C0/C1 controls other than line feed.
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/**
 * Normalises text before anything else looks at it: Unicode NFC, CRLF and CR to LF,
 * unusual spaces made plain, invisible characters and controls removed, runs of
 * spaces collapsed and lines trimmed. Quote marks and apostrophes are left as they are:
 * which mark an outlet used is data.
 *
 * @example normalizeText('offline\u00A0entirely.\r\n') // 'offline entirely.\n'
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}
