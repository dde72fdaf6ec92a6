import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Article, Quote } from '../src/model/types.js';
import { PLAIN_STYLES, plainContext, type RenderContext, type Styles } from '../src/render/context.js';
import { toCsv } from '../src/render/csv.js';
import { fitWidths } from '../src/render/fit-width.js';
import { QUOTE_COLUMNS, QUOTE_FORMATTERS, renderQuoteTable, toQuoteRecord } from '../src/render/render-quotes.js';

const ANSI = /\u001b\[[\d;]*m/g;

/** Styles that mark each one with its own SGR code, as chalk would. */
const sgr = (open: number, close: number) => (t: string) => `\u001b[${open}m${t}\u001b[${close}m`;
const COLOR_STYLES: Styles = {
  bold: sgr(1, 22), dim: sgr(2, 22), italic: sgr(3, 23), underline: sgr(4, 24), red: sgr(31, 39),
  green: sgr(32, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), magenta: sgr(35, 39), inverse: sgr(7, 27),
};
const colorContext = (width: number): RenderContext => ({ color: true, styles: COLOR_STYLES, width });

const LONG_WORD = 'https://example.com/' + 'a-very-long-path-segment/'.repeat(8);
const TEXT = [
  'We made our concerns known to Parler over a number of weeks, and during that time we saw a significant increase in this type of dangerous content.',
  'See ' + LONG_WORD + ' for the filing.',
  '这是一个很长的中文引语，用来检查宽字符在表格里的宽度是否正确计算。',
  'Short, with "quotes", commas\nand a line break.',
].join(' ');

function article(id: string, outlet: string, title: string | null): Article {
  return {
    id, file: `${id}.txt`, index: 0, outlet, outletRule: 'manifest', title, author: null, date: null, url: null,
    isOpinion: false, text: TEXT, paragraphs: [{ start: 0, end: TEXT.length, kind: 'body' }], sentences: [], meta: {}, removed: [], diagnostics: [],
  };
}

function quote(a: Article, n: number, fields: Partial<Quote>): Quote {
  const start = fields.start ?? 0;
  const end = fields.end ?? a.text.length;
  return {
    id: `${a.id}#q${n}`, article: a.id, file: a.file, outlet: a.outlet, kind: 'direct', text: a.text.slice(start, end),
    speaker: null, source: null, sourceOrg: null, cue: null, paragraph: 0, sentence: null, start, end, confidence: 0.5,
    rule: null, speakerStart: null, speakerEnd: null, cueStart: null, cueEnd: null, ...fields,
  };
}

const A = article('a', 'first-outlet', 'A headline long enough that it has to wrap when the table is narrow, which is fine');
const B = article('b', 'second-outlet', null);
const QUOTES: Quote[] = [
  quote(A, 1, { kind: 'direct', speaker: 'an AWS spokesperson', source: 'Amazon Web Services spokesperson', sourceOrg: 'Amazon Web Services', cue: 'said', end: 145 }),
  quote(A, 2, { kind: 'indirect', speaker: 'Matze', source: 'John Matze', cue: 'according to', start: 146 }),
  quote(B, 1, { kind: 'partial', speaker: 'Parler', source: 'Parler', sourceOrg: 'Parler', cue: 'claims', sentence: 0 }),
  quote(B, 2, { kind: 'mention', start: 0, end: 2 }),
];

describe('QUOTE_COLUMNS and records', () => {
  it('lists the record fields in their documented order', () => {
    expect(QUOTE_COLUMNS).toEqual(['id', 'article', 'file', 'outlet', 'kind', 'text', 'speaker', 'source', 'sourceOrg', 'cue', 'paragraph', 'sentence', 'start', 'end', 'confidence', 'rule', 'speakerStart', 'speakerEnd', 'cueStart', 'cueEnd']);
  });

  it('builds records with exactly those keys, in that order, whatever else a quote carries', () => {
    const extra = { ...QUOTES[0]!, internal: 'not a column' } as Quote;
    expect(Object.keys(toQuoteRecord(extra))).toEqual([...QUOTE_COLUMNS]);
  });

  it('prints JSON and NDJSON records in that order', () => {
    const json = QUOTE_FORMATTERS.json(QUOTES, [A, B], plainContext());
    expect(json.endsWith(']\n')).toBe(true);
    expect((JSON.parse(json) as object[]).map((r) => Object.keys(r))).toEqual(QUOTES.map(() => [...QUOTE_COLUMNS]));
    const lines = QUOTE_FORMATTERS.ndjson(QUOTES, [A, B], plainContext()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(JSON.parse(json));
  });

  it('prints the empty forms', () => {
    expect(QUOTE_FORMATTERS.json([], [], plainContext())).toBe('[]\n');
    expect(QUOTE_FORMATTERS.ndjson([], [], plainContext())).toBe('');
    expect(QUOTE_FORMATTERS.table([], [A], plainContext())).toBe('');
    expect(QUOTE_FORMATTERS.csv([], [], plainContext())).toBe(QUOTE_COLUMNS.join(',') + '\r\n');
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting, keeps line breaks, writes null as an empty cell and no BOM', () => {
    const csv = toCsv([{ a: 'say "no", twice\nplease', b: null, c: 1.5, d: true }, { a: 'plain', b: undefined, c: 0, d: false }], ['a', 'b', 'c', 'd']);
    expect(csv).toBe('a,b,c,d\r\n"say ""no"", twice\nplease",,1.5,true\r\nplain,,0,false\r\n');
    expect(parse(csv)).toEqual([['a', 'b', 'c', 'd'], ['say "no", twice\nplease', '', '1.5', 'true'], ['plain', '', '0', 'false']]);
  });

  it('round-trips quote records through csv-parse', () => {
    const rows = parse(QUOTE_FORMATTERS.csv(QUOTES, [A, B], plainContext()), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['text'])).toEqual(QUOTES.map((q) => q.text));
    expect(rows[0]!['sentence']).toBe('');
    expect(rows[2]!['sentence']).toBe('0');
  });
});

describe('fitWidths', () => {
  const specs = [{ min: 10, ideal: 10 }, { min: 9, ideal: 20 }, { min: 7, ideal: 14 }, { min: 12, ideal: 12, grow: true }];

  it('gives the growing column the rest, so the widths add up exactly', () => {
    for (const total of [38, 45, 56, 75, 155]) {
      const widths = fitWidths(specs, total)!;
      expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
      widths.forEach((w, k) => expect(w).toBeGreaterThanOrEqual(specs[k]!.min));
    }
    expect(fitWidths(specs, 155)).toEqual([10, 20, 14, 111]);
  });

  it('takes from the column with most to spare first', () => {
    // 6 columns short: the speaker gives 5 until it has no more to spare than the cue, then the cue gives 1.
    expect(fitWidths(specs, 50)).toEqual([10, 15, 13, 12]);
  });

  it('returns null when even the minimums do not fit', () => {
    expect(fitWidths(specs, 37)).toBeNull();
  });
});

describe('renderQuoteTable', () => {
  const squash = (s: string) => s.replace(/\s+/g, '');

  for (const width of [40, 45, 60, 80, 120, 160]) {
    for (const [name, ctx] of [['plain', plainContext(width)], ['colour', colorContext(width)]] as const) {
      it(`never exceeds ${width} columns (${name}) and keeps every character of the text`, () => {
        const out = renderQuoteTable(QUOTES, [A, B], ctx);
        const lines = out.split('\n');
        expect(lines.pop()).toBe('');
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
        const table = lines.filter((l) => /^[┌│├└]/.test(l));
        for (const line of table) expect(stringWidth(line)).toBe(width);
        // Wrapped, never cut: the long URL and the CJK text survive whole.
        const plain = squash(out.replace(ANSI, '').replace(/[│┌┐└┘├┤┬┴┼─]/g, ''));
        expect(plain).toContain(squash(LONG_WORD));
        expect(plain).toContain(squash(QUOTES[1]!.text));
        expect(out).not.toContain('…');
      });
    }
  }

  it('groups by article in the order given, headed by outlet and title (or id)', () => {
    const out = renderQuoteTable(QUOTES, [B, A], plainContext(200));
    const headings = out.split('\n').filter((l) => l && !/^[┌│├└]/.test(l));
    expect(headings).toEqual([
      'second-outlet · b (2 quotes)',
      `first-outlet · ${A.title} (2 quotes)`,
    ]);
  });

  it('shows the canonical source dimmed after the speaker when it differs', () => {
    const out = renderQuoteTable(QUOTES, [A, B], colorContext(200));
    expect(out).toContain(`Matze ${COLOR_STYLES.dim('(John Matze)')}`);
    expect(out).toContain('Parler ');
    expect(out).not.toContain(COLOR_STYLES.dim('(Parler)'));
  });

  it('colours each kind differently, and only through ctx.styles', () => {
    const out = renderQuoteTable(QUOTES, [A, B], colorContext(120));
    const kinds = ['direct', 'indirect', 'partial', 'mention'].map((k) => out.match(new RegExp(`\\u001b\\[(\\d+)m${k}\\u001b`))?.[1]);
    expect(new Set(kinds).size).toBe(4);
    expect(kinds).not.toContain(undefined);
    expect(renderQuoteTable(QUOTES, [A, B], { color: false, styles: PLAIN_STYLES, width: 120 })).not.toMatch(ANSI);
  });
});
