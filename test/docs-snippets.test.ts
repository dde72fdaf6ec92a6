import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/fake-cli.js';

/*
 * Runs the examples of README.md and docs/*.md, so that no example in the documentation
 * stops working unnoticed. Every line of a ```sh, ```bash or ```console block is a command
 * (a trailing backslash continues it; "$ " prompts and "# …" comments are dropped) and must
 * exit 0, or the status named by a comment that ends in "exit N". `coverage` is the CLI of this
 * checkout (a `coverage` script on PATH runs `node <repo>/bin/coverage.js`). Each document
 * runs in a fresh folder of its own that links to the repository's corpus, fixtures, schema,
 * built code and scripts, so the commands' output files (tables/, quotes.csv, report.html…)
 * never land in the repository; its commands run in order there (later ones may read what
 * earlier ones wrote), documents in parallel. The ```js blocks run as ES modules that import
 * 'news-coverage' (the built package), with each `expression; // 'value'` line checked, and
 * ```json blocks must parse.
 *
 * The commands that cannot run here are listed in SKIPPED with the reason; a rule that no
 * longer matches any command fails the test, so the list cannot go stale.
 */

const SKIPPED: { pattern: RegExp; reason: string }[] = [
  { pattern: /^npm ci\b/, reason: 'reinstalls node_modules from the npm registry (network); this test running at all shows the install works' },
  { pattern: /^npm link\b|^npm install -g\b/, reason: 'installs the command globally, outside the repository' },
  { pattern: /^npm test\b/, reason: 'runs the test suite this test is part of' },
  { pattern: /^npm run bench\b|^node bench\/run\.js\b/, reason: 'a benchmark: minutes of CPU on every core; its figures are in docs/performance.md' },
  { pattern: /^npm run fuzz\b/, reason: 'about 20 minutes of fuzzing; the docs also give a 200-input run, which is run here' },
  { pattern: /\bnpx ajv-cli\b/, reason: 'npx fetches ajv-cli from the npm registry (network); test/schema.test.ts validates the same outputs with ajv' },
];

/** Blocks run by another test, by language and document. */
const RUN_ELSEWHERE: Record<string, string> = {
  'docs/pipelines.md:python': 'test/export-loaders.test.ts',
  'docs/pipelines.md:r': 'test/export-loaders.test.ts',
  'docs/pipelines.md:sql': 'test/export-loaders.test.ts',
};

const SHELL_LANGUAGES = new Set(['sh', 'bash', 'console']);
const LINKED = ['bin', 'dist', 'corpus', 'fixtures', 'schema', 'fuzz', 'bench', 'package.json'];

interface Block {
  doc: string;
  language: string;
  body: string;
  line: number;
}

interface Command {
  doc: string;
  line: number;
  text: string;
  expected: number;
}

function documents(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

function blocks(doc: string): Block[] {
  const text = readFileSync(path.join(ROOT, doc), 'utf8');
  const found: Block[] = [];
  for (const m of text.matchAll(/^```([A-Za-z]*)\n([^]*?)^```$/gm)) {
    found.push({ doc, language: m[1]!, body: m[2]!, line: text.slice(0, m.index).split('\n').length });
  }
  return found;
}

/** The commands of a shell block: continuations joined, prompts and comments dropped. */
function commands(block: Block): Command[] {
  const out: Command[] = [];
  const lines = block.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = block.line + 1 + i;
    let text = lines[i]!;
    while (text.endsWith('\\') && i + 1 < lines.length) text = text.slice(0, -1) + ' ' + lines[++i]!.trim();
    text = text.replace(/^\$ /, '');
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const status = /\s#[^#]*\bexit (\d+)\s*$/.exec(text);
    // A comment starts at " #" outside quotes; the examples never put " #" inside quotes.
    const comment = text.search(/\s+#\s/);
    out.push({ doc: block.doc, line, text: (comment >= 0 ? text.slice(0, comment) : text).trim(), expected: status ? Number(status[1]) : 0 });
  }
  return out;
}

/**
 * A JavaScript example's line `expression; // 'value'` documents a result: it becomes a
 * check that exits 1 when the expression gives anything else.
 */
function checkedResults(body: string): string {
  return body.replace(/^([^\n/]+?);\s*\/\/ ('[^'\n]*')$/gm, (_, expression: string, value: string) => {
    return `{ const got = ${expression}; if (got !== ${value}) { console.error('documented ' + ${JSON.stringify(value)} + ', got ' + JSON.stringify(got)); process.exit(1); } }`;
  });
}

function has(command: string): boolean {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0;
}

function run(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', command], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

const all = documents().flatMap(blocks);
const hasJq = has('jq');
const python = process.env['COVERAGE_TEST_PYTHON'] || 'python3';
const hasPandas = spawnSync(python, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;

let tmp: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'coverage-docs-'));
  const bin = path.join(tmp, '.bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'coverage'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'coverage.js')}" "$@"\n`);
  chmodSync(path.join(bin, 'coverage'), 0o755);
  env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}`, NO_COLOR: '1' };
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh folder for one document, linking to what its examples read. */
function workdir(doc: string): string {
  const dir = path.join(tmp, doc.replace(/[^A-Za-z0-9]+/g, '-'));
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  for (const name of LINKED) symlinkSync(path.join(ROOT, name), path.join(dir, name));
  symlinkSync(ROOT, path.join(dir, 'node_modules', 'news-coverage'));
  return dir;
}

function skipReason(command: Command): string | undefined {
  const rule = SKIPPED.find((s) => s.pattern.test(command.text));
  if (rule) return rule.reason;
  if (!hasJq && /\|\s*jq\b/.test(command.text)) return 'jq is not installed';
  return undefined;
}

describe('documentation examples', () => {
  it('finds the examples: shell commands in the README and in docs/, a library example', () => {
    const shell = all.filter((b) => SHELL_LANGUAGES.has(b.language)).flatMap(commands);
    expect(shell.filter((c) => c.doc === 'README.md').length).toBeGreaterThanOrEqual(5);
    expect(shell.filter((c) => c.doc !== 'README.md').length).toBeGreaterThanOrEqual(15);
    expect(all.some((b) => b.language === 'js')).toBe(true);
    // The library example's documented result is turned into a check.
    expect(all.filter((b) => b.language === 'js').some((b) => checkedResults(b.body) !== b.body)).toBe(true);
    // At least one example documents a status other than 0, and it is read as such.
    expect(shell.some((c) => c.expected === 1)).toBe(true);
  });

  it('every skip rule still matches a command of the docs', () => {
    const texts = all.filter((b) => SHELL_LANGUAGES.has(b.language)).flatMap(commands).map((c) => c.text);
    for (const rule of SKIPPED) expect(texts.some((t) => rule.pattern.test(t)), String(rule.pattern)).toBe(true);
  });

  it('every relative link points to a file that exists, and to a heading of it', () => {
    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
    const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    const anchors = (file: string) =>
      new Set([...readFileSync(file, 'utf8').matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1]!)));
    const broken: string[] = [];
    let checked = 0;
    for (const doc of documents()) {
      const text = readFileSync(path.join(ROOT, doc), 'utf8');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        const [file, hash] = target.split('#') as [string, string | undefined];
        const resolved = file ? path.resolve(path.dirname(path.join(ROOT, doc)), file) : path.join(ROOT, doc);
        checked++;
        if (!existsSync(resolved)) broken.push(`${doc}: ${target} (no such file)`);
        else if (hash && !anchors(resolved).has(hash)) broken.push(`${doc}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it('every ```json block parses', () => {
    const json = all.filter((b) => b.language === 'json');
    expect(json.length).toBeGreaterThan(0);
    for (const b of json) expect(() => JSON.parse(b.body), `${b.doc}:${b.line}`).not.toThrow();
  });

  it('every other block is run here or by the test named for it', () => {
    const known = new Set([...SHELL_LANGUAGES, 'js', 'json', 'python', '']);
    for (const b of all) {
      expect(known.has(b.language) || RUN_ELSEWHERE[`${b.doc}:${b.language}`] !== undefined, `${b.doc}:${b.line} \`\`\`${b.language}`).toBe(true);
    }
  });

  it(
    'every shell command runs offline with its documented exit status, and every library example runs',
    async (ctx) => {
      const skipped: string[] = [];
      const failures: string[] = [];
      let ran = 0;
      const byDoc = new Map<string, Block[]>();
      for (const b of all) byDoc.set(b.doc, [...(byDoc.get(b.doc) ?? []), b]);

      async function runDoc(doc: string, docBlocks: Block[]): Promise<void> {
        const cwd = workdir(doc);
        for (const block of docBlocks) {
          if (SHELL_LANGUAGES.has(block.language)) {
            for (const command of commands(block)) {
              const reason = skipReason(command);
              if (reason) {
                skipped.push(`${doc}:${command.line} ${command.text} — ${reason}`);
                continue;
              }
              const result = await run(command.text, cwd, env);
              ran++;
              if (result.status !== command.expected) {
                failures.push(`${doc}:${command.line} \`${command.text}\` exited ${result.status}, expected ${command.expected}\n${result.stderr.slice(-2000)}`);
              }
            }
          } else if (block.language === 'js') {
            const file = path.join(cwd, `snippet-${block.line}.mjs`);
            writeFileSync(file, checkedResults(block.body));
            const result = await run(`"${process.execPath}" "${file}"`, cwd, env);
            ran++;
            if (result.status !== 0) failures.push(`${doc}:${block.line} js example exited ${result.status}\n${result.stderr.slice(-2000)}`);
          } else if (block.language === 'python' && !RUN_ELSEWHERE[`${doc}:python`]) {
            if (!hasPandas) {
              skipped.push(`${doc}:${block.line} python example — pandas is not installed (pip install pandas, or COVERAGE_TEST_PYTHON)`);
              continue;
            }
            const file = path.join(cwd, `snippet-${block.line}.py`);
            writeFileSync(file, block.body);
            const result = await run(`"${python}" "${file}"`, cwd, env);
            ran++;
            if (result.status !== 0) failures.push(`${doc}:${block.line} python example exited ${result.status}\n${result.stderr.slice(-2000)}`);
          }
        }
      }

      // Two documents at a time: the machine's cores are shared.
      const queue = [...byDoc.entries()];
      await Promise.all(
        [0, 1].map(async () => {
          for (let next = queue.shift(); next; next = queue.shift()) await runDoc(next[0], next[1]);
        }),
      );

      if (skipped.length > 0) ctx.annotate(`not run:\n${skipped.join('\n')}`);
      expect(failures).toEqual([]);
      expect(ran).toBeGreaterThanOrEqual(20);
    },
    300_000,
  );
});
