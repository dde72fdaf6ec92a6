#!/usr/bin/env node
import { run } from '../dist/cli/run.js';

// A closed pipe (`coverage quotes … | head`) ends the run quietly and successfully.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

try {
  process.exitCode = await run(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
} catch (error) {
  process.stderr.write(`coverage: internal error: ${error instanceof Error ? error.stack : error}\nPlease report this with the command you ran.\n`);
  process.exitCode = 2;
}
