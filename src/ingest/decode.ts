import type { Diagnostic } from '../model/types.js';

/** The text of one file, the encoding it was read in, and what was odd about its bytes. */
export interface Decoded {
  /** The decoded text without a byte-order mark; `null` when the file is not text at all. */
  text: string | null;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  diagnostics: Diagnostic[];
}

/** How many leading bytes the binary and UTF-16 sniffers look at. */
const SNIFF_BYTES = 8192;
const UTF16_SNIFF_BYTES = 4096;
/** More than this share of control characters in the sniffed prefix means binary. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Turns the bytes of one file into text, never throwing: UTF-8 (with or without a BOM),
 * UTF-16 with a BOM or recognisably ASCII-ish without one, and a diagnostic for binary
 * files, invalid UTF-8 (likely Windows-1252) and empty files.
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  const magic = sniffMagic(bytes);
  if (magic !== null) return binary(file, magic);

  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeUtf16(bytes.subarray(2), 'utf-16le', file, true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeUtf16(bytes.subarray(2), 'utf-16be', file, true);
  }

  const hasUtf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!hasUtf8Bom) {
    const utf16 = sniffBomlessUtf16(bytes);
    if (utf16 !== null) return decodeUtf16(bytes, utf16, file, false);
  }

  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  // Text never holds NUL; one NUL anywhere is enough, as for ripgrep.
  if (body.indexOf(0) !== -1 || controlShare(body) > MAX_CONTROL_SHARE) {
    return binary(file, sniffLateMagic(bytes));
  }
  return decodeUtf8(body, hasUtf8Bom ? 3 : 0, bytes, file);
}

function decodeUtf8(body: Uint8Array, bodyOffset: number, bytes: Uint8Array, file: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  try {
    // The native strict decoder is the fast path for the usual, valid file.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    diagnostics.push(invalidUtf8Diagnostic(scanUtf8(body), bodyOffset, bytes, file));
  }
  return finish(text, 'utf-8', diagnostics, file);
}

function decodeUtf16(
  body: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  file: string,
  hadBom: boolean,
): Decoded {
  // Swap BE to LE ourselves so decoding does not depend on Node's ICU build.
  const le = encoding === 'utf-16le' ? body : swapPairs(body);
  const text = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true }).decode(le);
  // A binary file that happens to start with FF FE (or UTF-32) decodes to NULs and controls.
  if (text.slice(0, UTF16_SNIFF_BYTES).includes('\u0000') || controlShareOfText(text) > MAX_CONTROL_SHARE) {
    return binary(file, null);
  }
  const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  const how = hadBom ? '' : ' (it has no byte-order mark, but its bytes look like it)';
  const diagnostics: Diagnostic[] = [
    {
      code: 'utf16',
      severity: 'warning',
      file,
      message: `${file}: decoded as ${name}${how}; save it as UTF-8 to silence this warning`,
    },
  ];
  return finish(text, encoding, diagnostics, file);
}

function finish(text: string, encoding: Decoded['encoding'], diagnostics: Diagnostic[], file: string): Decoded {
  if (!/\S/.test(text)) {
    const what = text.length === 0 ? 'the file is empty' : 'the file is empty (only whitespace)';
    diagnostics.push({ code: 'empty-file', severity: 'warning', file, message: `${file}: ${what}; nothing to read` });
    return { text: '', encoding, diagnostics };
  }
  return { text, encoding, diagnostics };
}

function binary(file: string, kind: string | null): Decoded {
  const label = kind === null ? '' : ` (${kind})`;
  let advice = 'convert it to .txt, .html or .md first';
  if (kind === 'gzip') advice = `decompress it first, e.g. zcat ${file} | coverage … -`;
  else if (kind === 'PDF') advice = `extract its text first (pdftotext ${file === '<stdin>' ? 'report.pdf' : file} article.txt) and give the .txt`;
  else if (kind === 'ZIP archive') advice = 'unzip it and read the text files inside; a Word .docx is a ZIP too: save it as .txt (pandoc FILE.docx -t plain -o FILE.txt), a spreadsheet as .csv';
  return {
    text: null,
    encoding: 'utf-8',
    diagnostics: [
      {
        code: 'binary-file',
        severity: 'error',
        file,
        message: `${file}: looks like a binary file${label}, not text; ${advice}`,
      },
    ],
  };
}

/** Names the file kind from a magic number at offset 0, e.g. `%PDF-1.4` → PDF. */
function sniffMagic(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'PDF';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG image';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38, 0x39, 0x61])) {
    return 'GIF image';
  }
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'Word 97-2003 document (.doc)';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  return null;
}

/** A PDF may have junk before its header (the spec allows 1 KB); only trusted once the bytes look binary. */
function sniffLateMagic(bytes: Uint8Array): string | null {
  return indexOfAscii(bytes.subarray(0, 1024), '%PDF-') !== -1 ? 'PDF' : null;
}

/** Office and e-book files are ZIP archives; their member names (at the start, and in the directory at the end) tell them apart. */
function zipKind(bytes: Uint8Array): string {
  const window = 65536;
  const head = bytes.subarray(0, window);
  const tail = bytes.subarray(Math.max(0, bytes.length - window));
  const has = (needle: string) => indexOfAscii(head, needle) !== -1 || indexOfAscii(tail, needle) !== -1;
  if (has('application/epub+zip')) return 'EPUB e-book';
  if (has('application/vnd.oasis.opendocument.text')) return 'OpenDocument text (.odt)';
  if (has('word/')) return 'Word document (.docx)';
  return 'ZIP archive';
}

/**
 * UTF-16 without a BOM: in ASCII-ish text every other byte is NUL, the odd ones for
 * little-endian (`A\0B\0`) and the even ones for big-endian (`\0A\0B`).
 */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, UTF16_SNIFF_BYTES) / 2);
  if (pairs < 2) return null;
  let nulEven = 0;
  let nulOdd = 0;
  let asciiWithNulOdd = 0;
  let asciiWithNulEven = 0;
  for (let p = 0; p < pairs; p++) {
    const even = bytes[2 * p];
    const odd = bytes[2 * p + 1];
    if (even === 0) nulEven++;
    if (odd === 0) nulOdd++;
    if (odd === 0 && isAsciiText(even)) asciiWithNulOdd++;
    if (even === 0 && isAsciiText(odd)) asciiWithNulEven++;
  }
  const most = pairs * 0.6;
  if (nulOdd >= most && nulEven <= pairs * 0.05 && asciiWithNulOdd >= nulOdd * 0.9) return 'utf-16le';
  if (nulEven >= most && nulOdd <= pairs * 0.05 && asciiWithNulEven >= nulEven * 0.9) return 'utf-16be';
  return null;
}

function isAsciiText(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;
}

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;
}

function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i])) controls++;
  return controls / n;
}

function controlShareOfText(text: string): number {
  const n = Math.min(text.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls / n;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  const even = bytes.length - (bytes.length % 2);
  for (let i = 0; i < even; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  if (even < bytes.length) out[even] = bytes[even];
  return out;
}

interface Utf8Scan {
  /** Offset (into the scanned bytes) of the first byte that is not valid UTF-8. */
  firstBad: number;
  /** Bytes that the decoder replaced with U+FFFD. */
  badBytes: number;
  /** Well-formed multi-byte sequences: a Windows-1252 file has none. */
  validMultibyte: number;
  /** Some bad byte is one Windows-1252 leaves undefined (81 8D 8F 90 9D). */
  undefinedIn1252: boolean;
}

/** Walks the bytes with the WHATWG decoder's rules, so `badBytes` counts exactly what became U+FFFD. */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { firstBad: -1, badBytes: 0, validMultibyte: 0, undefinedIn1252: false };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let j = i + 1;
    if (need > 0) {
      let got = 0;
      while (got < need && j < n) {
        const c = bytes[j];
        if (c < lo || c > hi) break;
        lo = 0x80;
        hi = 0xbf;
        j++;
        got++;
      }
      if (got === need) {
        scan.validMultibyte++;
        i = j;
        continue;
      }
    }
    // Bytes i..j-1 became one U+FFFD; the byte at j (if any) is read afresh.
    if (scan.firstBad === -1) scan.firstBad = i;
    scan.badBytes += j - i;
    for (let k = i; k < j; k++) {
      const x = bytes[k];
      if (x === 0x81 || x === 0x8d || x === 0x8f || x === 0x90 || x === 0x9d) scan.undefinedIn1252 = true;
    }
    i = j;
  }
  return scan;
}

function invalidUtf8Diagnostic(scan: Utf8Scan, bodyOffset: number, bytes: Uint8Array, file: string): Diagnostic {
  const line = lineAt(bytes, bodyOffset + Math.max(0, scan.firstBad));
  const count = scan.badBytes === 1 ? '1 byte is not valid UTF-8 and was' : `${scan.badBytes} bytes are not valid UTF-8 and were`;
  // "It’s" saved by Word as 49 74 92 73: no valid multi-byte sequence anywhere, so the whole file is likely 1252.
  const looks1252 = scan.validMultibyte === 0 && !scan.undefinedIn1252;
  const advice = looks1252
    ? 'the file may be Windows-1252; re-save it as UTF-8 (iconv -f windows-1252 -t utf-8)'
    : 're-save the file as UTF-8 (iconv -f latin1 -t utf-8)';
  return {
    code: 'invalid-utf8',
    severity: 'warning',
    file,
    line,
    message: `${file}:${line}: ${count} replaced with \uFFFD; ${advice}`,
  };
}

/** 1-based line of a byte offset; a lone CR (old Mac files) ends a line too. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  const first = needle.charCodeAt(0);
  let i = bytes.indexOf(first);
  while (i !== -1 && i + needle.length <= bytes.length) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle.charCodeAt(k)) k++;
    if (k === needle.length) return i;
    i = bytes.indexOf(first, i + 1);
  }
  return -1;
}
