import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignSources } from '../src/analyze/quotes/assign-sources.js';
import { extractQuotes } from '../src/analyze/quotes/extract-quotes.js';
import { polnearRecords } from '../src/eval/polnear/polnear-records.js';
import { readPolnearScore } from '../src/eval/polnear/read-polnear-score.js';
import { runPolnearScorer, type PolnearScorer, type ScorerRun } from '../src/eval/polnear/run-polnear-scorer.js';
import type { Extractor } from '../src/eval/run-eval.js';
import { runCli } from './helpers/fake-cli.js';
import { runEvalCaptured } from './helpers/run-eval.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POLNEAR = path.join(ROOT, '../shared/data/polnear');
const hasData = existsSync(path.join(POLNEAR, 'dev/text')) && existsSync(path.join(POLNEAR, 'score_polnear.py'));
const hasPython = spawnSync('python3', ['--version']).status === 0;

const real: Extractor = { extractQuotes, assignSources };
const nothing: Extractor = { extractQuotes: () => [], assignSources: (q) => q };

/** What score_polnear.py prints, cut down to the keys the report reads, plus one it does not. */
const SCORED = {
  speaker_accuracy: 0.5,
  speaker_accuracy_v2: 0.693, speaker_accuracy_named_v2: 0.788, speaker_accuracy_pronoun_v2: 0.422, pronoun_gold_v2: 187,
  quote_precision_v2: 0.968, quote_recall_v2: 0.973, quote_f1_v2: 0.971, gold_quotes_v2: 745,
  attribution_recall_v2: 0.603, speech_attributions_v2: 1001, record_precision_v2: 0.932,
};

async function run(args: string[], ctx: { extractor?: Extractor; polnear?: PolnearScorer; env?: Record<string, string> } = {}) {
  return runEvalCaptured(args, { extractor: ctx.extractor ?? nothing, polnear: ctx.polnear, env: ctx.env ?? {} });
}

const neverCalled: PolnearScorer = () => {
  throw new Error('the scorer must not run when the section is skipped');
};

describe('PolNeAR section: skipped', () => {
  it('a missing data folder is one line on the report; the exit status is untouched', async () => {
    const { code, out, err } = await run(['--polnear', 'no/such/polnear'], { polnear: neverCalled });
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n').filter((l) => l.startsWith('polnear'));
    expect(lines).toEqual(['polnear: skipped, no/such/polnear not found; set COVERAGE_SHARED_DATA to the folder that holds polnear/, or give --polnear <dir>']);
    expect(out).not.toMatch(/^ +speech attributions/m);
  });

  it('COVERAGE_SHARED_DATA names the folder that holds polnear/', async () => {
    const { code, out } = await run(['--json', '--check'], { polnear: neverCalled, env: { COVERAGE_SHARED_DATA: 'no/such/data' } });
    const report = JSON.parse(out);
    expect(report.polnear).toEqual({ status: 'skipped', data: 'no/such/data/polnear/dev', split: 'dev', reason: expect.stringMatching(/^no\/such\/data\/polnear not found/) });
    // --check fails on the corpus targets the stub misses, never on a skipped section.
    expect(code).toBe(1);
  });

  it('no python3 skips the section, and the records file is gone afterwards', async () => {
    const dir = makePolnear();
    let file = '';
    const { code, out } = await run(['--polnear', dir], {
      extractor: real,
      polnear: async (_script, _split, records) => {
        file = records;
        return { missing: 'python3 is not on the PATH; install Python 3 to score against PolNeAR' };
      },
    });
    expect(code).toBe(0);
    expect(out).toContain('\npolnear: skipped, python3 is not on the PATH; install Python 3 to score against PolNeAR\n');
    expect(file).not.toBe('');
    expect(existsSync(file)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('runPolnearScorer says python3 is missing when it is not on the PATH', async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(tmpdir(), 'no-such-bin');
    try {
      const result = await runPolnearScorer('score_polnear.py', 'dev', 'records.json');
      expect(result).toEqual({ missing: expect.stringContaining('python3 is not on the PATH') });
    } finally {
      process.env.PATH = saved;
    }
  });
});

/** A PolNeAR-shaped folder with one article written for this test (never text from the data). */
function makePolnear(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'coverage-polnear-test-'));
  mkdirSync(path.join(dir, 'dev/text'), { recursive: true });
  mkdirSync(path.join(dir, 'dev/ann'), { recursive: true });
  writeFileSync(path.join(dir, 'score_polnear.py'), '# stands in for the scorer; the tests pass their own\n');
  writeFileSync(path.join(dir, 'dev/text/ledger_2016-10-01_council-budget.txt'), [
    'Council approves road budget',
    '',
    '“We will fix the roads on the east side first,” Mayor Ada Brook said on Tuesday.',
    '',
    'The treasurer said the plan was affordable.',
    '',
  ].join('\n'));
  return dir;
}

describe('PolNeAR section: scored', () => {
  let dir: string;
  let seen: { script: string; split: string; records: unknown } | null = null;
  const fake = (result: ScorerRun): PolnearScorer => async (script, split, file) => {
    seen = { script, split, records: JSON.parse(readFileSync(file, 'utf8')) };
    return result;
  };
  beforeAll(() => {
    dir = makePolnear();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('hands the scorer the split and the records as coverage quotes prints them', async () => {
    const label = path.relative(ROOT, dir);
    const { code } = await run(['--polnear', label], { extractor: real, polnear: fake({ stdout: JSON.stringify(SCORED) }) });
    expect(code).toBe(0);
    expect(seen!.script).toBe(path.join(dir, 'score_polnear.py'));
    expect(seen!.split).toBe(path.join(dir, 'dev'));
    const records = seen!.records as Array<{ file: string; kind: string; speaker: string }>;
    expect(records.length).toBeGreaterThan(0);
    expect(records[0]).toMatchObject({ file: `${label}/dev/text/ledger_2016-10-01_council-budget.txt`, kind: 'direct', speaker: 'Mayor Ada Brook' });
    const cli = await runCli(['quotes', `${label}/dev/text`, '--format', 'json', '--kind', 'direct,partial,indirect']);
    expect(records).toEqual(JSON.parse(cli.stdout));
  });

  it('prints each _v2 figure beside its target', async () => {
    const { code, out } = await run(['--polnear', dir], { polnear: fake({ stdout: `${JSON.stringify(SCORED)}\n` }) });
    expect(code).toBe(0);
    const section = out.slice(out.indexOf('\npolnear:') + 1).split('\n\n');
    expect(section[0]).toBe(`polnear: coverage quotes on ${dir}/dev/text against its annotations, scored by ${dir}/score_polnear.py (_v2 figures)\n  1 article, 0 records, 745 gold quotes, 1001 speech attributions`);
    expect(section[1]!.split('\n')).toEqual([
      '  measure                             P      R     F1    acc     n  target',
      '  quote spans, word F1 ≥ 0.5      0.968  0.973  0.971          745  F1 ≥ 0.97  met',
      '  speaker accuracy                                     0.693        acc ≥ 0.90  MISSED',
      '    named sources                                      0.788',
      '    pronoun sources                                    0.422   187',
      '  speech attributions                    0.603                1001  R ≥ 0.80  MISSED',
      '  records in annotated content    0.932                          0  P ≥ 0.95  MISSED',
    ]);
  });

  it('puts the section in --json, and --check counts its targets', async () => {
    const { code, out } = await run(['--json', '--check', '--polnear', dir], { polnear: fake({ stdout: JSON.stringify({ ...SCORED, speaker_accuracy_v2: 0.95, attribution_recall_v2: 0.85, record_precision_v2: 0.96 }) }) });
    const report = JSON.parse(out);
    expect(report.polnear).toEqual({
      status: 'scored', data: `${dir}/dev`, split: 'dev', scorer: `${dir}/score_polnear.py`, articles: 1, predicted: 0,
      quotes: { precision: 0.968, recall: 0.973, f1: 0.971, gold: 745 },
      speaker: { accuracy: 0.95, named: 0.788, pronoun: 0.422, pronounGold: 187 },
      attribution: { recall: 0.85, gold: 1001 },
      records: { precision: 0.96 },
      targets: [
        { measure: 'speaker.accuracy', min: 0.9, value: 0.95, met: true },
        { measure: 'attribution.recall', min: 0.8, value: 0.85, met: true },
        { measure: 'records.precision', min: 0.95, value: 0.96, met: true },
        { measure: 'quotes.f1', min: 0.97, value: 0.971, met: true },
      ],
    });
    expect(code).toBe(1); // the stub extractor misses the corpus targets
    const missed = await run(['--json', '--check', '--polnear', dir], { extractor: real, polnear: fake({ stdout: JSON.stringify(SCORED) }) });
    expect(JSON.parse(missed.out).polnear.targets.filter((t: { met: boolean }) => !t.met).map((t: { measure: string }) => t.measure))
      .toEqual(['speaker.accuracy', 'attribution.recall', 'records.precision']);
    expect(JSON.parse(missed.out).targetsMet).toBe(false);
    expect(missed.code).toBe(1);
  });

  it('--polnear-split picks the folder; an unknown split is a usage error', async () => {
    const train = await run(['--polnear', dir, '--polnear-split', 'train'], { polnear: neverCalled });
    expect(train.code).toBe(0);
    expect(train.out).toContain(`polnear: skipped, ${dir}/train/text not found`);
    const bad = await run(['--polnear-split', 'test'], { polnear: neverCalled });
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('eval: --polnear-split: expected dev or train, got "test"; see npm run eval -- --help\n');
  });

  it('a scorer that fails or prints no v2 figures is an error and exit 2, after the report', async () => {
    const failed = await run(['--polnear', dir], { polnear: fake({ failed: 'python3 score_polnear.py exited with 1: KeyError: \'text\'' }) });
    expect(failed.code).toBe(2);
    expect(failed.err).toContain("error: ");
    expect(failed.err).toContain("KeyError: 'text'");
    expect(failed.out).toContain("\npolnear: failed, python3 score_polnear.py exited with 1: KeyError: 'text'\n");
    const old = await run(['--polnear', dir], { polnear: fake({ stdout: '{"speaker_accuracy": 0.5}' }) });
    expect(old.code).toBe(2);
    expect(old.out).toMatch(/polnear: failed, the scorer's output has no number for speaker_accuracy_v2, .*; is it the v2 score_polnear\.py\?/);
  });
});

describe('readPolnearScore', () => {
  it.each([
    ['', /^the scorer printed no JSON object/],
    ['[1, 2]', /^the scorer printed JSON that is not an object$/],
    [JSON.stringify({ ...SCORED, quote_f1_v2: null }), /no number for quote_f1_v2;/],
  ])('%j is not a score', (stdout, message) => {
    expect(readPolnearScore(stdout)).toMatch(message);
  });

  it('reads the v2 keys and nothing else', () => {
    expect(readPolnearScore(JSON.stringify(SCORED))).toEqual({
      speaker: { accuracy: 0.693, named: 0.788, pronoun: 0.422, pronounGold: 187 },
      attribution: { recall: 0.603, gold: 1001 },
      records: { precision: 0.932 },
      quotes: { precision: 0.968, recall: 0.973, f1: 0.971, gold: 745 },
    });
  });
});

// The real data, where it is beside the project (../shared/data/polnear): never copied, only read.
describe.skipIf(!hasData)('PolNeAR dev, the real data', () => {
  it('the eval makes the records coverage quotes prints, byte for byte', async () => {
    const label = path.relative(ROOT, path.join(POLNEAR, 'dev/text'));
    const made = await polnearRecords(path.join(POLNEAR, 'dev/text'), label, real, []);
    const cli = await runCli(['quotes', label, '--format', 'json', '--kind', 'direct,partial,indirect']);
    expect(cli.code).toBe(0);
    expect(made.articles).toBe(84);
    expect(made.json).toBe(cli.stdout);
  });

  // Two articles of the split, linked into a folder of its shape, keep the real scorer quick.
  it.skipIf(!hasPython)('score_polnear.py reads those records and gives every v2 figure', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coverage-polnear-real-'));
    try {
      for (const sub of ['text', 'ann']) mkdirSync(path.join(dir, 'dev', sub), { recursive: true });
      symlinkSync(path.join(POLNEAR, 'score_polnear.py'), path.join(dir, 'score_polnear.py'));
      const stems = readdirSync(path.join(POLNEAR, 'dev/text')).sort().slice(0, 2).map((f) => f.replace(/\.txt$/, ''));
      for (const stem of stems) symlinkSync(path.join(POLNEAR, 'dev/text', `${stem}.txt`), path.join(dir, 'dev/text', `${stem}.txt`));
      for (const ann of readdirSync(path.join(POLNEAR, 'dev/ann')).filter((f) => stems.some((s) => f.startsWith(`${s}_`)))) {
        symlinkSync(path.join(POLNEAR, 'dev/ann', ann), path.join(dir, 'dev/ann', ann));
      }
      const { code, out, err } = await run(['--json', '--polnear', dir], { extractor: real, polnear: runPolnearScorer });
      expect(err).toBe('');
      expect(code).toBe(0);
      const polnear = JSON.parse(out).polnear;
      expect(polnear.status).toBe('scored');
      expect(polnear.articles).toBe(2);
      expect(polnear.quotes.gold).toBeGreaterThan(0);
      for (const t of polnear.targets) expect(t.value).toBeGreaterThanOrEqual(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
