#!/usr/bin/env node
// `npm run prepare`: builds dist/ with tsc. `npm install -g .` on a fresh clone links the
// folder into the global prefix without installing its dependencies, then runs this: so
// when typescript is not there yet, the package's own dependencies are installed into its
// folder first (tsc to build; the runtime ones for the linked `coverage` and
// `news-coverage` bins). In a clone where `npm install` ran, this is only the build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    process.stderr.write(`news-coverage prepare: ${[command, ...args].join(' ')} failed; run npm install in ${root} and try again\n`);
    process.exit(result.status ?? 1);
  }
}

if (!existsSync(path.join(root, 'node_modules/typescript/package.json'))) {
  // The global install's settings must not reach the local one (it would install globally).
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(global|location|prefix|omit|include|install_links|production)$/i.test(k)));
  run(npm[0], [...npm.slice(1), 'install', '--global=false', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund'], env);
}
run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
