// Spaces that look like a space but are not U+0020: no-break, the en/em/thin family,
// narrow no-break, medium mathematical, ideographic, and tabs.
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Line breaks other than LF: CRLF and CR (old Mac files), next line, line and paragraph
// separators, vertical tab and form feed. Each becomes one LF, so line numbers still count.
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\u000B\u000C]/g;
// Invisible characters that break word matching: zero-width space, word joiner, BOM,
// soft hyphen, Mongolian vowel separator. Zero-width (non-)joiners stay: some scripts need them.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E]/g;
// C0/C1 controls other than line feed.
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/**
 * Normalises text before anything else looks at it: Unicode NFC, every kind of line
 * break to LF, unusual spaces made plain, invisible characters and controls removed,
 * runs of spaces collapsed and lines trimmed. Quote marks and apostrophes are left as
 * they are: which mark an outlet used is data.
 *
 * @example normalizeText('offline\u00A0entirely.\r\n') // 'offline entirely.\n'
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}
