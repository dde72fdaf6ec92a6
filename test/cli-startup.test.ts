// `coverage --help` starts in about the time Node itself takes: the command modules, and
// the analysis and rendering code behind them, load only for the command that runs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/command-list.js';
import { fakeContext, ROOT } from './helpers/fake-cli.js';

const built = existsSync(path.join(ROOT, 'dist/cli/run.js'));

/** The files of this project that `coverage <args>` imports, relative to the root. */
function ownImports(args: string[]): string[] {
  const result = spawnSync(process.execPath, ['--import', './test/helpers/log-imports.mjs', 'bin/coverage.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(result.status).toBe(0);
  return result.stderr.split('\n').filter((l) => l.startsWith('import: file://'))
    .map((l) => path.relative(ROOT, new URL(l.slice('import: '.length)).pathname))
    .filter((f) => !f.startsWith('node_modules') && !f.startsWith('..'));
}

describe('start-up', () => {
  it.skipIf(!built)('coverage --help loads no command module and no analysis code', () => {
    const files = ownImports(['--help']);
    expect(files).toContain('dist/cli/run.js');
    expect(files.filter((f) => f.startsWith('dist/cli/commands/') || /^dist\/(?:analyze|align|compare|ingest|clean|render)\//.test(f))).toEqual([]);
  });

  it.skipIf(!built)('coverage quotes --help loads the quotes command only', () => {
    const commands = ownImports(['quotes', '--help']).filter((f) => f.startsWith('dist/cli/commands/'));
    expect(commands).toEqual(['dist/cli/commands/quotes.js']);
  });

  it.each(COMMANDS.map((c) => [c.name]))('%s: the listed name and description are those of the loaded command', async (name) => {
    const entry = COMMANDS.find((c) => c.name === name)!;
    const command = (await entry.load())(fakeContext().ctx, () => {});
    expect(command.name()).toBe(entry.name);
    expect(command.description()).toBe(entry.description);
    expect(command.registeredArguments.map((a) => a.name())).toEqual(['paths']);
  });
});
