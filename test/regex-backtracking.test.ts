// Every regular expression in src/ against long adversarial inputs: a pattern that
// backtracks catastrophically (or quadratically) on 50,000 characters takes seconds here
// and hours on a 10 MB file. Regex literals are read from the sources (fuzz/find-regexes.js);
// those built with `new RegExp(…)` are caught as they are built, while the modules load
// and while the pipeline runs on the corpus. Then the whole pipeline meets a 2 MB line
// and 2 MB of quote marks.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRegExpCalls, findRegexLiterals } from '../fuzz/find-regexes.js';

// Nothing from src/ is imported before the RegExp constructor is watched (test/helpers loads the CLI).
const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

/** A regex may take this long on one 50,000-character input. */
const LIMIT_MS = 1000;
const LENGTH = 50_000;

/** Modules not loaded to catch their regexes: they run something when loaded. */
const NOT_LOADED = new Set(['src/eval/main.ts', 'src/cli/workers/extract-worker.ts']);
/**
 * `new RegExp` calls that only run inside eval on gold data, each with a stand-in built
 * the same way: escaped words joined by `\s+`.
 */
const BUILT_FROM_GOLD: Record<string, RegExp> = {
  'src/eval/locate-gold.ts': /we\s+will\s+not\s+back\s+down/g,
  'src/eval/clusters/locate-members.ts': /it\s+is\s+over\s+\(AWS\)/g,
};

/**
 * Patterns that are only ever given a short slice of text, with the longest slice their
 * caller takes: they are tried on adversarial inputs of that length instead. A pattern
 * edited or a slice made longer has to be looked at again.
 */
const BOUNDED: Array<{ file: string; source: string; length: number; why: string }> = [
  { file: 'src/align/stories/describe-story.ts', source: "(?:\\p{Lu}[\\p{L}\\p{N}’'.-]*(?: (?:of|de|von|van|der|la|le|du|da))? )+$", length: 80, why: 'NAME_BEFORE reads text.slice(f.start - 80, f.start)' },
  { file: 'src/analyze/actors/find-names.ts', source: "\\bthe\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+)*$", length: 40, why: 'afterThe reads text.slice(start - 40, start)' },
];

const FILES = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => `src/${f.split(path.sep).join('/')}`)
  .sort();

interface Pattern {
  file: string;
  line?: number;
  source: string;
  flags: string;
}

/** Inputs that make a backtracking regex slow: long runs of one kind of character or word, with and without a character that spoils a match at the end. */
const UNITS = [
  ' ', '\t', '\n', '\u00a0', 'a', 'A', 'é', '0', '.', ',', '-', '—', '"', '“', '”', '‘', '’', "'", '«', '(', '[', '<', '&', '#', '*', '_', '`', '/', ':', '|', '\\',
  'a ', 'A ', 'Aa ', 'a.', 'A. ', 'U.S. ', 'a, ', 'aa-', 'a-', 'a’', '“a ', 'a” ', '"a ', "'a ", '<a ', '<p>', '[a](', '**a', '_a', ' \n', '.\n', '1,', '$1 ', 'the ', 'said ',
];
const ENDINGS = ['', '\u0000'];

function adversarial(pattern: Pattern): Array<[label: string, text: string]> {
  const length = BOUNDED.find((b) => b.file === pattern.file && b.source === pattern.source)?.length ?? LENGTH;
  // Words and marks the pattern itself names ("said", "Inc.", "—"), repeated.
  const words = [...new Set(pattern.source.replace(/\\[pPu]\{[^}]*\}|\\./g, ' ').match(/[\p{L}]{2,}|[^\s\p{L}\p{N}()[\]{}|?*+^$\\]/gu) ?? [])].slice(0, 12);
  const units = words.length ? [...UNITS, `${words.join(' ')} `, words.join('')] : UNITS;
  return units.flatMap((u) => ENDINGS.map((e): [string, string] => [`${JSON.stringify(u)} × ${Math.ceil(length / u.length)}${e ? ' + \\0' : ''}`, u.repeat(Math.ceil(length / u.length)).slice(0, length) + e]));
}

/**
 * Runs the pattern the way that costs most: every match in the whole text (a global
 * search reads every position, as `replace`, `matchAll` and a failing `test` do); a sticky
 * pattern is tried at its start.
 */
function exercise(pattern: Pattern, text: string): void {
  const flags = pattern.flags.includes('y') ? pattern.flags : `${pattern.flags.replace('g', '')}g`;
  const re = new RegExp(pattern.source, flags);
  if (re.sticky) re.exec(text);
  else text.replace(re, '');
}

const literals: Pattern[] = FILES.flatMap((file) => findRegexLiterals(readFileSync(path.join(ROOT, file), 'utf8')).map((r) => ({ file, ...r })));
const callSites = new Map(FILES.map((file) => [file, findRegExpCalls(readFileSync(path.join(ROOT, file), 'utf8'))] as const).filter(([, lines]) => lines.length > 0));
const built: Pattern[] = [];

// Catch every `new RegExp` while the modules load and the pipeline runs, with the file that built it.
beforeAll(async () => {
  const Original = globalThis.RegExp;
  const where = () => {
    const frame = (new Error().stack ?? '').split('\n').find((l) => l.includes(`${ROOT}/src/`));
    return frame ? `src/${frame.split(`${ROOT}/src/`)[1]!.replace(/[?:].*$/, '')}` : null;
  };
  const record = (re: RegExp) => {
    const file = where();
    if (file) built.push({ file, source: re.source, flags: re.flags });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    for (const file of FILES) if (!NOT_LOADED.has(file)) await import(path.join(ROOT, file));
    const api = await import('../src/index.js');
    const { readArticles } = api;
    const { articles } = await readArticles([path.join(ROOT, 'corpus/parler-v-aws'), path.join(ROOT, 'fixtures/ingest'), path.join(ROOT, 'fixtures/framing')]);
    api.compareCoverage(articles, { quotes: api.extractQuotes(articles) });
  } finally {
    globalThis.RegExp = Original;
  }
}, 120_000);

describe('regexes in src/', () => {
  it('finds the literals (each compiles) and a built pattern from every file that calls new RegExp', () => {
    expect(literals.length).toBeGreaterThan(300);
    for (const p of literals) expect(() => new RegExp(p.source, p.flags), `${p.file}:${p.line} /${p.source}/${p.flags}`).not.toThrow();
    const builtIn = new Set(built.map((b) => b.file));
    const missed = [...callSites.keys()].filter((f) => !builtIn.has(f) && !(f in BUILT_FROM_GOLD));
    expect(missed, 'files whose new RegExp calls never ran: load or run them here, or add a stand-in to BUILT_FROM_GOLD').toEqual([]);
  });

  for (const file of FILES) {
    it(`${file}: no pattern takes over ${LIMIT_MS} ms on ${LENGTH.toLocaleString('en')} adversarial characters`, () => {
      const own = [
        ...literals.filter((p) => p.file === file),
        ...dedupe(built.filter((p) => p.file === file)),
        ...(BUILT_FROM_GOLD[file] ? [{ file, source: BUILT_FROM_GOLD[file].source, flags: BUILT_FROM_GOLD[file].flags }] : []),
      ];
      const slow: string[] = [];
      for (const pattern of own) {
        for (const [label, text] of adversarial(pattern)) {
          const started = performance.now();
          exercise(pattern, text);
          const took = performance.now() - started;
          if (took > LIMIT_MS) {
            slow.push(`${file}${pattern.line ? `:${pattern.line}` : ''} /${pattern.source.slice(0, 120)}/${pattern.flags} took ${Math.round(took)} ms on ${label}`);
            break;
          }
        }
      }
      expect(slow).toEqual([]);
    }, 120_000);
  }
});

/** A long line of news prose with no line break: abbreviations, numbers, dashes, apostrophes, names, hedges. */
const PROSE = [
  'the platform and its servers, some critics say, were over capacity on Jan. 9 when U.S. officials (and Inc. lawyers) met Sen. Smith at 3 p.m.;',
  'about 1,000 posts — 42% of them — were allegedly flagged by the so-called moderators of Amazon Web Services, the cloud giant, which reportedly removed the app.',
  'it’s a $2 million question for Parler’s chief executive John Matze and for D’Angelo, who may appeal… or not!',
  'Zürich-based analysts at naïve-sounding firms wrote 3.5 reports, e.g. one on rock ’n’ roll in the ’90s, i.e. nothing; No. 1 St. James Pl. is where',
].join(' ');
const MARKS = '“”"‘’\'«»„‚‹›';

/** `count` characters drawn from `chars` by a fixed linear congruential generator. */
function shuffled(chars: string, count: number, seed = 1): string {
  let x = seed;
  let out = '';
  for (let k = 0; k < count; k++) {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    out += chars[x % chars.length];
  }
  return out;
}

describe('the whole pipeline on huge inputs', () => {
  // Bounds some five times what they take here: a hang detector, not a benchmark.
  const cases: Array<[name: string, text: () => string, limitMs: number]> = [
    // 2 MB keeps npm test quick; anything quadratic still takes minutes at this size (the CLI meets a 10 MB line in test/cli-ingest.test.ts).
    ['a 2 MB line of prose', () => `${PROSE} `.repeat(Math.ceil(2_000_000 / (PROSE.length + 1))).slice(0, 2_000_000), 60_000],
    ['a 2 MB paragraph of only quote marks', () => shuffled(MARKS, 2_000_000), 60_000],
    ['a 2 MB paragraph of quote marks after one word (so cleaning keeps it)', () => `Word ${shuffled(MARKS, 2_000_000, 7)}`, 60_000],
    ['a 2 MB paragraph of quote marks, spaces and one-letter words', () => shuffled(`${MARKS}  a`, 2_000_000, 11), 60_000],
  ];
  for (const [name, make, limitMs] of cases) {
    it(`${name}: articlesFromText, extractQuotes and compareCoverage within ${limitMs / 1000} s`, async () => {
      const api = await import('../src/index.js');
      const text = make();
      const started = performance.now();
      const articles = api.articlesFromText(text, { format: 'txt' });
      const quotes = api.extractQuotes(articles);
      const comparison = api.compareCoverage(articles, { quotes });
      const took = performance.now() - started;
      expect(took, `${Math.round(took)} ms`).toBeLessThan(limitMs);
      for (const q of quotes) expect(q.text === articles[0]!.text.slice(q.start, q.end)).toBe(true);
      expect(comparison.articles).toHaveLength(articles.length);
    }, 300_000);
  }
});

function dedupe(patterns: Pattern[]): Pattern[] {
  const seen = new Set<string>();
  return patterns.filter((p) => {
    const key = `${p.flags}/${p.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

afterAll(() => {
  // The inventory, for the record: how many patterns each file holds.
  const counts = FILES.map((f) => [f, literals.filter((p) => p.file === f).length, (callSites.get(f) ?? []).length] as const).filter(([, l, c]) => l + c > 0);
  if (process.env['REGEX_INVENTORY']) for (const [f, l, c] of counts) console.log(`${f}: ${l} literal${l === 1 ? '' : 's'}${c ? `, ${c} new RegExp` : ''}`);
});
