// Small things users hit (issue 15, item 6): a second bin name, no paths is a usage error,
// diff markers that survive colour, a flag printed once per cluster, a package that
// installs from a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/command-list.js';
import type { DiffPart } from '../src/model/comparison.js';
import { PLAIN_STYLES, type Styles } from '../src/render/context.js';
import { renderDiff } from '../src/render/render-diff-table.js';
import { ROOT, runCli } from './helpers/fake-cli.js';

const CORPUS = path.join(ROOT, 'corpus/parler-v-aws');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[]; scripts: Record<string, string> };

describe('bin names', () => {
  it('news-coverage runs the same entry as coverage (coverage collides with the npm package and coverage.py)', () => {
    expect(pkg.bin).toEqual({ coverage: 'bin/coverage.js', 'news-coverage': 'bin/coverage.js' });
  });
});

describe('a command without paths', () => {
  for (const { name } of COMMANDS) {
    it(`coverage ${name} is a usage error naming what to give`, async () => {
      const args = name === 'export' ? [name, '--out', 'never-written'] : [name];
      const { code, stdout, stderr } = await runCli(args, { cwd: CORPUS });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`coverage ${name}: no paths given; name the files, folders or glob patterns to read, or - for standard input (e.g. coverage ${name} corpus/)\n`);
      expect(existsSync(path.join(CORPUS, 'never-written'))).toBe(false);
    });
  }

  it('- still reads standard input', async () => {
    const text = 'Town hall opens\n\n“We will open the doors at nine,” Mayor Ilse Varga said on Monday.\n';
    for (const name of ['quotes', 'claims', 'ingest']) {
      const { code, stdout } = await runCli([name, '-', '--format', 'json'], { stdin: text });
      expect(code, name).toBe(0);
      expect(stdout, name).toContain('Varga');
    }
  });

  it('the help shows paths as required', async () => {
    const top = await runCli(['--help']);
    for (const { name } of COMMANDS) expect(top.stdout).toContain(`${name} [options] <paths...>`);
    expect((await runCli(['quotes', '--help'])).stdout).toContain('Usage: coverage quotes [options] <paths...>');
  });
});

describe('word diff markers', () => {
  const parts: DiffPart[] = [
    { op: 'equal', text: 'we will' },
    { op: 'added', text: 'surely' },
    { op: 'equal', text: 'open the' },
    { op: 'removed', text: 'big' },
    { op: 'equal', text: 'doors' },
  ];
  // Colour as escape codes, so the test can see both the marker and the colour.
  const tagged: Styles = { ...PLAIN_STYLES, green: (t) => `<g>${t}</g>`, red: (t) => `<r>${t}</r>`, bold: (t) => `<b>${t}</b>` };

  it('keep [+added+] and [-removed-] with colour, which only adds to them', () => {
    expect(renderDiff(parts, PLAIN_STYLES, false)).toBe('we will [+surely+] open the [-big-] doors');
    expect(renderDiff(parts, tagged, true)).toBe('we will <g><b>[+surely+]</b></g> open the <r>[-big-]</r> doors');
  });

  it('survive in the coloured terminal view of the corpus', async () => {
    const { stdout } = await runCli(['diff', CORPUS, '--only', 'quotes'], { env: { FORCE_COLOR: '1' } });
    expect(stdout).toContain('\u001b[');
    // eslint-disable-next-line no-control-regex
    const plain = stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/\[\+[^+]+\+\]/);
    expect(plain).toMatch(/\[-[^\]]+-\]/);
  });
});

describe('flags', () => {
  it('are printed once per cluster in the table and Markdown views, while JSON keeps every member\'s flag', async () => {
    const json = JSON.parse((await runCli(['diff', CORPUS, '--format', 'json'])).stdout) as { clusters: Array<{ id: string; flags: Array<{ type: string; message: string }> }> };
    const repeated = json.clusters.filter((c) => new Set(c.flags.map((f) => `${f.type}: ${f.message}`)).size < c.flags.length);
    // The corpus has a cluster where two members of one outlet raise the same flag.
    expect(repeated.length).toBeGreaterThan(0);
    const table = (await runCli(['diff', CORPUS, '--width', '120', '--only', 'quotes'])).stdout;
    const md = (await runCli(['diff', CORPUS, '--format', 'md', '--only', 'quotes'])).stdout;
    for (const c of repeated) {
      const block = table.split(/\n\n/).find((b) => b.startsWith(`${c.id} `))!;
      const flagLines = block.split('\n').filter((l) => l.startsWith('! '));
      expect(new Set(flagLines).size).toBe(flagLines.length);
      expect(flagLines.length).toBe(new Set(c.flags.map((f) => `${f.type}: ${f.message}`)).size);
      const section = md.split(/\n(?=### )/).find((b) => b.startsWith(`### ${c.id}:`))!;
      const items = section.split('\n').filter((l) => l.startsWith('- **'));
      expect(new Set(items).size).toBe(items.length);
    }
  }, 60_000);
});

describe('npm install -g . on a fresh clone', () => {
  it('prepare installs the dependencies when they are missing, then builds', () => {
    expect(pkg.scripts['prepare']).toBe('node scripts/prepare.js');
    const script = readFileSync(path.join(ROOT, 'scripts/prepare.js'), 'utf8');
    expect(script).toContain("'install', '--global=false'");
    expect(script).toContain('typescript/bin/tsc');
  });

  it.skipIf(!existsSync(path.join(ROOT, 'dist/cli/run.js')))('the package holds the bin, the built CLI and the schemas', () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const files = (JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
    for (const f of ['bin/coverage.js', 'dist/cli/run.js', 'dist/index.js', 'dist/index.d.ts', 'schema/diff.schema.json', 'package.json', 'README.md', 'CHANGELOG.md', 'docs/output.md']) expect(files).toContain(f);
    // The evaluation code is for this repository's development, not for users.
    expect(files.filter((f) => f.startsWith('dist/eval/'))).toEqual([]);
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('scripts/'))).toBe(false);
  }, 60_000);
});
