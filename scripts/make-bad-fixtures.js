// Regenerates fixtures/ingest/bad-*/: files whose bytes, not their words, are the test case.
// Run with `node scripts/make-bad-fixtures.js`; review the result as a diff.
import { mkdirSync, writeFileSync } from 'node:fs';

const root = new URL('../fixtures/ingest/', import.meta.url);

const paragraph =
  'The city council voted 7-2 on Tuesday to approve the new transit budget, ending a month of debate.\n\n' +
  'Mayor Ana Ruiz said the plan would add 40 buses by next spring.\n\n' +
  'Critics on the council argued the money should go to road repairs instead.\n';

/** Windows-1252 bytes for the few non-ASCII characters used below. */
const cp1252 = { '“': 0x93, '”': 0x94, '’': 0x92, '–': 0x96, 'é': 0xe9 };

function encode1252(text) {
  return Uint8Array.from([...text], (ch) => {
    if (ch in cp1252) return cp1252[ch];
    const code = ch.charCodeAt(0);
    if (code > 0x7f) throw new Error(`no Windows-1252 byte for ${ch}`);
    return code;
  });
}

const fixtures = {
  'bad-binary': {
    readme: 'report.txt is a PDF under a .txt name: expect text null and error `binary-file` naming PDF.',
    files: {
      'report.txt': Buffer.concat([
        Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
        Buffer.from('1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nstream\n'),
        Buffer.from([0x78, 0x9c, 0x00, 0x00, 0x03, 0x00, 0x00, 0x01, 0xff, 0x00]),
        Buffer.from('\nendstream\n%%EOF\n'),
      ]),
    },
  },
  'bad-invalid-utf8': {
    readme:
      'article.txt is UTF-8 (with curly quotes) but line 3 holds 3 broken bytes: expect the text with \uFFFD and warning `invalid-utf8` at line 3, suggesting iconv -f latin1.',
    files: {
      'article.txt': Buffer.concat([
        Buffer.from('Council approves transit budget\n\nThe city council voted 7-2 on Tuesday to approve the new '),
        Buffer.from([0xe2, 0x80]), // a curly quote cut short: 2 bytes, one \uFFFD
        Buffer.from('transit budget'),
        Buffer.from([0xff]), // never valid in UTF-8
        Buffer.from(', ending a month of debate.\n\n“We listened,” Mayor Ana Ruiz said.\n'),
      ]),
    },
  },
  'bad-windows-1252': {
    readme:
      'article.txt was saved as Windows-1252 (smart quotes 93/94, é as E9): expect \uFFFD replacements and warning `invalid-utf8` suggesting iconv -f windows-1252.',
    files: {
      'article.txt': encode1252(
        'Caf\u00e9 owners welcome transit plan\n\n' +
          '“It’s the best news we’ve had all year,” said Ren\u00e9e Dubois, who runs a caf\u00e9 on Main Street.\n\n' +
          'The plan – approved 7-2 on Tuesday – adds 40 buses by spring.\n',
      ),
    },
  },
  'bad-utf8-bom': {
    readme: 'article.txt starts with a UTF-8 byte-order mark: expect it stripped silently, no diagnostics.',
    files: { 'article.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(paragraph)]) },
  },
  'bad-utf16': {
    readme: 'article.txt is UTF-16LE with a byte-order mark: expect the text decoded and warning `utf16`.',
    files: {
      'article.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Transit budget “approved”\n\n' + paragraph, 'utf16le')]),
    },
  },
  'bad-empty': {
    readme: 'article.txt has 0 bytes: expect text "" and warning `empty-file`.',
    files: { 'article.txt': new Uint8Array(0) },
  },
  'bad-whitespace-only': {
    readme: 'article.txt holds only spaces, tabs and newlines: expect text "" and warning `empty-file`.',
    files: { 'article.txt': Buffer.from('  \n\t\n   \r\n\n') },
  },
};

for (const [folder, { readme, files }] of Object.entries(fixtures)) {
  const dir = new URL(`${folder}/`, root);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('README.md', dir), `${readme}\n`);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(new URL(name, dir), bytes);
}
