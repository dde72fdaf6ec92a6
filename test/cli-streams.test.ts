import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../src/cli/context.js';
import { run } from '../src/cli/run.js';
import { ROOT, parseNdjson, runCli } from './helpers/fake-cli.js';

const line = (i: number) => JSON.stringify({ outlet: `Outlet ${i}`, title: `Story ${i}`, text: `“We will appeal,” Mayor Ana Ruiz said on day ${i}.\n\nThe council said the budget would be balanced.` });

describe('standard input pipelines', () => {
  it('quotes - --format ndjson writes each article’s records before the next line arrives', async () => {
    const stdin = new PassThrough();
    const stdout = Object.assign(new PassThrough(), { isTTY: false });
    const stderr = Object.assign(new PassThrough(), { isTTY: false });
    const out: string[] = [];
    stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
    const ctx: CliContext = { stdin, stdout, stderr, env: { NO_COLOR: '1' }, cwd: ROOT };
    const done = run(['quotes', '-', '--format', 'ndjson'], ctx);
    stdin.write(`${line(1)}\n`);
    // The first article's records come out while the stream is still open.
    for (let i = 0; i < 50 && !out.join('').includes('day 1'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(out.join('')).toContain('"outlet":"Outlet 1"');
    expect(out.join('')).not.toContain('Outlet 2');
    stdin.write(`${line(2)}\nnot json\n${line(3)}\n`);
    stdin.end();
    const code = await done;
    await new Promise((r) => setImmediate(r));
    const records = parseNdjson(out.join('')) as Array<{ outlet: string; kind: string; speaker: string | null }>;
    expect(records.map((r) => r.outlet)).toEqual(['Outlet 1', 'Outlet 1', 'Outlet 2', 'Outlet 2', 'Outlet 3', 'Outlet 3']);
    expect(records[0]).toMatchObject({ kind: 'direct', speaker: 'Mayor Ana Ruiz' });
    expect(code).toBe(1); // the bad line is reported, the others are read
  });

  it('quotes - --format csv streams a header once', async () => {
    const result = await runCli(['quotes', '-', '--format', 'csv'], { stdin: `${line(1)}\n${line(2)}\n` });
    const rows = result.stdout.trim().split('\r\n');
    expect(rows[0]!.startsWith('id,article,file,outlet,kind,text')).toBe(true);
    expect(rows.filter((r) => r.startsWith('id,'))).toHaveLength(1);
    expect(rows).toHaveLength(5);
  });

  it('cat corpus/*.md | coverage quotes - reads Markdown from standard input', async () => {
    const md = `---\noutlet: The Ledger\ntitle: Parler sues Amazon\n---\n\n“This really is a double standard,” Matze said.\n`;
    const result = await runCli(['quotes', '-', '--format', 'json'], { stdin: md });
    const records = JSON.parse(result.stdout) as Array<{ outlet: string; speaker: string }>;
    expect(records[0]).toMatchObject({ outlet: 'The Ledger', speaker: 'Matze' });
  });

  it('cat corpus/parler-v-aws/*.txt | coverage quotes - --format ndjson works on the real corpus', async () => {
    const dir = path.join(ROOT, 'corpus/parler-v-aws');
    const text = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n\n');
    const result = await runCli(['quotes', '-', '--format', 'ndjson'], { stdin: text });
    expect(result.code).toBe(0);
    expect(parseNdjson(result.stdout).length).toBeGreaterThan(20);
  });

  // Needs the built CLI (`npm run build`, which CI runs before the tests).
  it.skipIf(!existsSync(path.join(ROOT, 'dist/cli/run.js')))('a closed pipe (coverage … | head -1) ends quietly with exit 0', () => {
    const bin = path.join(ROOT, 'bin/coverage.js');
    const jsonl = Array.from({ length: 400 }, (_, i) => line(i)).join('\n');
    const result = spawnSync('bash', ['-c', `node "${bin}" quotes - --format ndjson | head -1`], { input: jsonl, encoding: 'utf8', cwd: ROOT });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toBe('');
  });
});
