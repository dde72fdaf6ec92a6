import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_TABLES, MATRIX_COLUMNS } from '../src/render/tables.js';
import { ROOT, runCli } from './helpers/fake-cli.js';

/*
 * Runs the loading snippets of docs/pipelines.md against a real
 * export, with the tools a reader would use. Tools that are not installed are skipped,
 * each with a note saying what to install; Python's own csv module, when python3 is
 * there, reads every file whatever else is missing. COVERAGE_TEST_PYTHON names another
 * interpreter (a virtualenv with pandas and duckdb); without the duckdb command-line tool
 * the SQL runs through Python's duckdb module, the same engine.
 */

const CORPUS = 'corpus/parler-v-aws';

const section = readFileSync(path.join(ROOT, 'docs', 'pipelines.md'), 'utf8');
const sectionStart = section.indexOf('\n## Loading the tables\n');

/** The code blocks of the section in one language, in order. */
function snippets(language: string): string[] {
  return [...section.matchAll(new RegExp('```' + language + '\\n([^]*?)```', 'g'))].map((m) => m[1]!);
}

/** True when a command runs and exits 0. */
function works(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
  return !result.error && result.status === 0;
}

function sh(command: string, args: string[], options: { cwd: string; input?: string }) {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? (result.error ? String(result.error) : '') };
}

const PYTHON = process.env['COVERAGE_TEST_PYTHON'] || 'python3';
const hasPython = works(PYTHON, ['--version']);
const hasPandas = hasPython && works(PYTHON, ['-c', 'import pandas']);
const hasReadr = works('Rscript', ['-e', 'library(readr)']);
const hasDuckdbCli = works('duckdb', ['--version']);
const hasDuckdbPython = !hasDuckdbCli && hasPython && works(PYTHON, ['-c', 'import duckdb']);
const hasJq = works('jq', ['--version']);

let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'coverage-loaders-'));
  // The snippets read from tables/, relative to where they run.
  const result = await runCli(['export', CORPUS, '--out', path.join(tmp, 'tables'), '--quiet']);
  expect(result.code).toBe(0);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('docs/pipelines.md loading snippets', () => {
  it('has a pandas, an R, a DuckDB and a jq snippet', () => {
    expect(sectionStart).toBeGreaterThan(0);
    expect(snippets('python')).toHaveLength(1);
    expect(snippets('python')[0]).toContain("pd.read_csv('tables/quotes.csv')");
    expect(snippets('r')[0]).toContain('readr::read_csv("tables/quotes.csv"');
    expect(snippets('sql')[0]).toContain("SELECT outlet, count(*) FROM 'tables/quotes.csv' GROUP BY outlet");
    expect(snippets('sh').some((s) => s.includes('| jq '))).toBe(true);
  });

  it('every CSV file reads with Python’s csv module with its documented header', (ctx) => {
    ctx.skip(!hasPython, 'python3 is not installed');
    const script = [
      'import csv, json, sys',
      'out = {}',
      'for name in sys.argv[1:]:',
      "    with open('tables/' + name, newline='', encoding='utf-8') as f:",
      '        rows = list(csv.reader(f))',
      '        assert all(len(r) == len(rows[0]) for r in rows), name',
      '        out[name] = {"header": rows[0], "rows": len(rows) - 1}',
      'print(json.dumps(out))',
    ].join('\n');
    const files = EXPORT_TABLES.map((t) => t.file);
    const result = sh(PYTHON, ['-c', script, ...files], { cwd: tmp });
    expect(result.stderr).toBe('');
    const read = JSON.parse(result.stdout) as Record<string, { header: string[]; rows: number }>;
    for (const t of EXPORT_TABLES) {
      const expected = Object.keys(t.columns);
      const header = read[t.file]!.header;
      // The matrix adds a column per outlet, articles.csv one per metadata field.
      expect(t.file === 'coverage_matrix.csv' || t.file === 'articles.csv' ? header.slice(0, expected.length) : header, t.file).toEqual(expected);
      expect(read[t.file]!.rows, t.file).toBeGreaterThan(0);
    }
  });

  it('the pandas snippet runs', (ctx) => {
    ctx.skip(!hasPandas, 'pandas is not installed (python3 -c "import pandas" fails); pip install pandas to run the docs/pipelines.md snippets');
    const result = sh(PYTHON, ['-'], { cwd: tmp, input: snippets('python')[0]! });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('forced-offline');
  });

  it('the R readr snippet runs', (ctx) => {
    ctx.skip(!hasReadr, 'Rscript with the readr package is not installed; install R and readr to run the docs/pipelines.md snippets');
    const file = path.join(tmp, 'load.R');
    writeFileSync(file, snippets('r')[0]!);
    const result = sh('Rscript', [file], { cwd: tmp });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('forced-offline');
  });

  it('the DuckDB snippet runs', (ctx) => {
    ctx.skip(!hasDuckdbCli && !hasDuckdbPython, 'neither the duckdb command-line tool nor Python\'s duckdb module is installed; install one to run the docs/pipelines.md snippets');
    const sql = snippets('sql')[0]!;
    const script = 'import duckdb, sys\nfor s in sys.stdin.read().split(";"):\n    if s.strip(): duckdb.sql(s).show()';
    const result = hasDuckdbCli ? sh('duckdb', [], { cwd: tmp, input: sql }) : sh(PYTHON, ['-c', script], { cwd: tmp, input: sql });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('forced-offline');
  });

  it('the jq snippets run on the NDJSON the commands print', async (ctx) => {
    ctx.skip(!hasJq, 'jq is not installed; install it to run the docs/pipelines.md snippets');
    const lines = snippets('sh').flatMap((s) => s.split('\n')).filter((l) => l.startsWith('coverage ') && l.includes('| jq '));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      // The coverage part runs in-process; the rest of the pipeline runs in the shell on its output.
      const cut = line.indexOf(' | ');
      const args = line.slice('coverage '.length, cut).trim().split(/\s+/);
      const produced = await runCli(args);
      expect(produced.code, line).toBe(0);
      const result = sh('bash', ['-o', 'pipefail', '-c', line.slice(cut + 3)], { cwd: ROOT, input: produced.stdout });
      expect(result.stderr, line).toBe('');
      expect(result.status, line).toBe(0);
      expect(result.stdout.trim().length, line).toBeGreaterThan(0);
    }
  });
});
