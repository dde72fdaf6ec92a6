import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/ingest/decode.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/ingest/${path}`, import.meta.url)));
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));
const codes = (d: { diagnostics: { code: string }[] }) => d.diagnostics.map((x) => x.code);

describe('decodeBytes on fixtures', () => {
  it('bad-binary: a PDF named report.txt is sniffed by content', () => {
    const d = decodeBytes(fixture('bad-binary/report.txt'), 'report.txt');
    expect(d.text).toBeNull();
    expect(codes(d)).toEqual(['binary-file']);
    expect(d.diagnostics[0].severity).toBe('error');
    expect(d.diagnostics[0].message).toBe(
      'report.txt: looks like a binary file (PDF), not text; extract its text first (pdftotext report.txt article.txt) and give the .txt',
    );
  });

  it('bad-invalid-utf8: replaces 3 bytes on line 3 and suggests latin1', () => {
    const d = decodeBytes(fixture('bad-invalid-utf8/article.txt'), 'article.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain('approve the new \uFFFDtransit budget\uFFFD, ending');
    expect(d.text).toContain('“We listened,” Mayor Ana Ruiz said.');
    expect(codes(d)).toEqual(['invalid-utf8']);
    expect(d.diagnostics[0]).toMatchObject({ severity: 'warning', file: 'article.txt', line: 3 });
    expect(d.diagnostics[0].message).toBe(
      'article.txt:3: 3 bytes are not valid UTF-8 and were replaced with \uFFFD; re-save the file as UTF-8 (iconv -f latin1 -t utf-8)',
    );
  });

  it('bad-windows-1252: does not guess, but names Windows-1252 in the advice', () => {
    const d = decodeBytes(fixture('bad-windows-1252/article.txt'), 'article.txt');
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toMatch(/^Caf\uFFFD owners welcome transit plan\n\n\uFFFDIt\uFFFDs the best/);
    expect(codes(d)).toEqual(['invalid-utf8']);
    expect(d.diagnostics[0].line).toBe(1);
    const replaced = [...d.text!].filter((c) => c === '\uFFFD').length;
    expect(d.diagnostics[0].message).toBe(
      `article.txt:1: ${replaced} bytes are not valid UTF-8 and were replaced with \uFFFD; ` +
        'the file may be Windows-1252; re-save it as UTF-8 (iconv -f windows-1252 -t utf-8)',
    );
  });

  it('bad-utf8-bom: strips the BOM silently', () => {
    const d = decodeBytes(fixture('bad-utf8-bom/article.txt'), 'article.txt');
    expect(d.text).toMatch(/^The city council voted/);
    expect(d.encoding).toBe('utf-8');
    expect(d.diagnostics).toEqual([]);
  });

  it('bad-utf16: decodes UTF-16LE with a BOM and warns', () => {
    const d = decodeBytes(fixture('bad-utf16/article.txt'), 'article.txt');
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toMatch(/^Transit budget “approved”\n\nThe city council voted 7-2/);
    expect(codes(d)).toEqual(['utf16']);
    expect(d.diagnostics[0].message).toBe('article.txt: decoded as UTF-16LE; save it as UTF-8 to silence this warning');
  });

  it('bad-empty: a 0-byte file', () => {
    const d = decodeBytes(fixture('bad-empty/article.txt'), 'article.txt');
    expect(d.text).toBe('');
    expect(codes(d)).toEqual(['empty-file']);
    expect(d.diagnostics[0].message).toBe('article.txt: the file is empty; nothing to read');
  });

  it('bad-whitespace-only: spaces and newlines count as empty', () => {
    const d = decodeBytes(fixture('bad-whitespace-only/article.txt'), 'article.txt');
    expect(d.text).toBe('');
    expect(codes(d)).toEqual(['empty-file']);
    expect(d.diagnostics[0].message).toContain('article.txt: the file is empty');
  });
});

describe('decodeBytes inline cases', () => {
  it('plain UTF-8 passes through untouched', () => {
    const d = decodeBytes(bytes('“Fine,” she said — café.\r\n'), 'a.txt');
    expect(d).toEqual({ text: '“Fine,” she said — café.\r\n', encoding: 'utf-8', diagnostics: [] });
  });

  it('a file that is only a UTF-8 BOM is empty', () => {
    expect(codes(decodeBytes(bytes([0xef, 0xbb, 0xbf]), 'a.txt'))).toEqual(['empty-file']);
  });

  it('UTF-16BE with a BOM', () => {
    const le = Buffer.from('Héllo “world”', 'utf16le');
    const be = Uint8Array.from(le, (_, i) => le[i ^ 1]);
    const d = decodeBytes(Uint8Array.from([0xfe, 0xff, ...be]), 'b.txt');
    expect(d.text).toBe('Héllo “world”');
    expect(d.encoding).toBe('utf-16be');
    expect(d.diagnostics[0].message).toContain('b.txt: decoded as UTF-16BE');
  });

  it.each([
    ['utf-16le', (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'))],
    ['utf-16be', (s: string) => {
      const le = Buffer.from(s, 'utf16le');
      return Uint8Array.from(le, (_, i) => le[i ^ 1]);
    }],
  ] as const)('BOM-less %s is detected', (encoding, encode) => {
    const text = 'The council voted on Tuesday.\nIt passed 7-2.\n';
    const d = decodeBytes(encode(text), 'c.txt');
    expect(d.text).toBe(text);
    expect(d.encoding).toBe(encoding);
    expect(codes(d)).toEqual(['utf16']);
    expect(d.diagnostics[0].message).toContain(`c.txt: decoded as ${encoding.toUpperCase()}`);
  });

  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]],
    ['GIF image', [...Buffer.from('GIF89a'), 1, 0, 1, 0]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]],
    ['Word document (.docx)', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, ...Buffer.from('word/document.xml')]],
    ['Word 97-2003 document (.doc)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]],
  ])('names %s by its magic number', (kind, data) => {
    const d = decodeBytes(Uint8Array.from(data), 'x.txt');
    expect(d.text).toBeNull();
    expect(d.diagnostics[0].message).toContain(`x.txt: looks like a binary file (${kind}), not text;`);
  });

  it('gzip says how to decompress', () => {
    const d = decodeBytes(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'dump.jsonl.gz');
    expect(d.diagnostics[0].message).toBe(
      'dump.jsonl.gz: looks like a binary file (gzip), not text; decompress it first, e.g. zcat dump.jsonl.gz | coverage … -',
    );
  });

  it('a NUL byte late in otherwise plain text makes it binary', () => {
    const d = decodeBytes(bytes('a'.repeat(20000), [0], 'b'), 'n.txt');
    expect(d.text).toBeNull();
    expect(d.diagnostics[0]).toMatchObject({ code: 'binary-file', severity: 'error' });
    expect(d.diagnostics[0].message).toBe('n.txt: looks like a binary file, not text; convert it to .txt, .html or .md first');
  });

  it('many control characters make it binary', () => {
    const d = decodeBytes(Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)), 'ctl.txt');
    expect(codes(d)).toEqual(['binary-file']);
  });

  it('a few tabs, form feeds and CRs are still text', () => {
    expect(decodeBytes(bytes('a\tb\fc\r\nd\x1b[0m'), 'ok.txt').diagnostics).toEqual([]);
  });

  it.each([
    // [bytes, replaced count, line, mentions Windows-1252]
    [['caf', [0xe9], '\n'], 1, 1, true],
    [['one\ntwo\n', [0x93], 'hi', [0x94]], 2, 3, true],
    [['ok “', [0xe2, 0x80], 'x'], 2, 1, false],
    [['line\r\nline\rbad ', [0x81]], 1, 3, false],
    [[[0xed, 0xa0, 0x80]], 3, 1, true],
  ] as const)('invalid UTF-8 %#', (parts, count, line, is1252) => {
    const d = decodeBytes(bytes(...(parts as unknown as (string | number[])[])), 'f.txt');
    expect(codes(d)).toEqual(['invalid-utf8']);
    expect(d.diagnostics[0].line).toBe(line);
    const noun = count === 1 ? '1 byte is' : `${count} bytes are`;
    expect(d.diagnostics[0].message).toContain(`f.txt:${line}: ${noun} not valid UTF-8`);
    expect(d.diagnostics[0].message.includes('-f windows-1252')).toBe(is1252);
  });

  it('decodes a 10 MB single-line buffer', () => {
    const unit = Buffer.from('The council said “yes” — café. ');
    const size = 10 * 1024 * 1024;
    const big = new Uint8Array(size - (size % unit.length));
    for (let i = 0; i < big.length; i += unit.length) big.set(unit, i);
    const d = decodeBytes(big, 'big.txt');
    expect(d.diagnostics).toEqual([]);
    expect(d.text!.length).toBe((big.length / unit.length) * unit.toString().length);
    expect(d.text!.startsWith(unit.toString())).toBe(true);
    expect(d.text!.endsWith('café. ')).toBe(true);
  });

  it('a 10 MB buffer with one bad byte at the end still decodes', () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
    big[big.length - 1] = 0xff;
    const d = decodeBytes(big, 'big.txt');
    expect(d.text!.endsWith('a\uFFFD')).toBe(true);
    expect(d.diagnostics[0].message).toContain('big.txt:1: 1 byte is not valid UTF-8');
  });

  it('never throws on odd input', () => {
    for (const data of [[0xff], [0xfe], [0xff, 0xfe, 0x41], [0xfe, 0xff, 0, 0, 0], [0xef, 0xbb], [0xf4, 0x90, 0x80, 0x80]]) {
      expect(() => decodeBytes(Uint8Array.from(data), 'odd')).not.toThrow();
    }
  });

  it('accepts a Buffer that is a view into a larger pool', () => {
    const pooled = Buffer.from('xxhello', 'utf8').subarray(2);
    expect(decodeBytes(pooled, 'p.txt').text).toBe('hello');
  });
});
