#!/usr/bin/env node
// The long fuzz run: `npm run fuzz` (builds first, then runs this against dist/).
//
//   node fuzz/run.js [--runs 100000] [--seed N] [--workers N] [--property ingest,everyFormat,group,huge] [--shrink 60] [--scale 1]
//
// The runs are shared among the properties (see PLAN) and among worker threads; worker i
// checks with seed N + i, so a failure can be replayed with `--workers 1 --seed <its seed>`.
// Shrinking a failure stops after --shrink seconds (0: report the failing input as found).
// A worker that makes no progress for HANG_MS is stopped and the input it was on reported.
// --scale multiplies the time bound of each input (fuzz/check-pipeline.js), for a machine
// that is slower or busier than usual.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Share of the runs each property gets; `huge` is a fixed count per 100,000 runs, its inputs are 50–200 KB. */
const PLAN = { ingest: 0.5, everyFormat: 0.35, group: 0.1495, huge: 0.0005 };
/** A worker silent for this long is taken to hang (the per-input time bound catches slow inputs first). */
const HANG_MS = 120_000;

if (isMainThread) await main();
else await work(workerData);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const runs = Number(args.runs ?? 100_000);
  const seed = Number(args.seed ?? Math.floor(Math.random() * 2 ** 31));
  const workers = Math.max(1, Number(args.workers ?? Math.min(os.availableParallelism(), 4)));
  const names = args.property ? args.property.split(',') : Object.keys(PLAN);
  for (const n of names) if (!(n in PLAN)) usage(`unknown property "${n}"; choose from ${Object.keys(PLAN).join(', ')}`);
  const shrinkSeconds = Number(args.shrink ?? 60);
  const scale = Number(args.scale ?? 1);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || !(shrinkSeconds >= 0)) usage('--runs, --seed and --shrink take whole numbers');
  if (!(scale > 0)) usage('--scale takes a positive number, e.g. 2 on a busy machine');

  const share = names.reduce((s, n) => s + PLAN[n], 0);
  const plan = names.map((name) => ({ name, runs: Math.max(1, Math.round((runs * PLAN[name]) / share)) }));
  const total = plan.reduce((s, p) => s + p.runs, 0);
  console.log(`coverage fuzz: ${total} inputs (${plan.map((p) => `${p.name} ${p.runs}`).join(', ')}), seed ${seed}, ${workers} worker${workers === 1 ? '' : 's'}${scale === 1 ? '' : `, time bounds ×${scale}`}`);

  const started = performance.now();
  const done = new Array(workers).fill(0);
  const failures = [];
  const progress = setInterval(() => {
    const n = done.reduce((a, b) => a + b, 0);
    console.log(`  ${Math.min(n, total)} / ${total} inputs${failures.length ? `, ${failures.length} failed` : ''}${n > total ? ', shrinking' : ''}, ${seconds(started)} s`);
  }, 30_000);
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      // Worker w takes its share of each property's runs.
      const own = plan.map((p) => ({ name: p.name, runs: Math.floor(p.runs / workers) + (w < p.runs % workers ? 1 : 0) })).filter((p) => p.runs > 0);
      return runWorker({ seed: seed + w, plan: own, shrinkSeconds, scale }, (n) => (done[w] = n), (f) => failures.push({ worker: w, ...f }));
    }),
  );
  clearInterval(progress);

  const checked = done.reduce((a, b) => a + b, 0);
  console.log(`\n${checked} inputs checked in ${seconds(started)} s, seed ${seed}: ${failures.length === 0 ? 'no crash, hang or invalid offset' : `${failures.length} failure${failures.length === 1 ? '' : 's'}`}`);
  for (const f of failures) {
    console.log(`\n--- ${f.property} (worker ${f.worker}, replay: node fuzz/run.js --workers 1 --seed ${seed + f.worker} --property ${f.property}) ---`);
    console.log(f.report);
  }
  process.exitCode = failures.length === 0 ? 0 : 1;
}

function runWorker(data, onProgress, onFailure) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: data });
    let last = { property: '', input: undefined };
    let heard = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - heard < HANG_MS) return;
      clearInterval(watchdog);
      onFailure({ property: last.property, report: `hang: no answer for ${HANG_MS / 1000} s on this input:\n${JSON.stringify(last.input)}` });
      void worker.terminate();
    }, 1000);
    worker.on('message', (m) => {
      heard = Date.now();
      if (m.type === 'input') last = m;
      else if (m.type === 'progress') onProgress(m.done);
      else if (m.type === 'failure') onFailure(m);
    });
    worker.on('error', (error) => onFailure({ property: last.property, report: `worker crashed: ${error.stack ?? error}` }));
    worker.on('exit', () => {
      clearInterval(watchdog);
      resolve();
    });
  });
}

async function work({ seed, plan, shrinkSeconds, scale }) {
  const fc = (await import('fast-check')).default;
  const api = await import('../dist/index.js');
  const { makeArbitraries } = await import('./arbitraries.js');
  const { makeProperties } = await import('./check-pipeline.js');
  let done = 0;
  // Each input is posted before it is checked, so that a hang can be pinned on it.
  const properties = makeProperties(api, makeArbitraries(), {
    scale,
    shrinkMs: shrinkSeconds * 1000,
    onInput: (property, input) => {
      parentPort.postMessage({ type: 'input', property, input });
      if (++done % 100 === 0) parentPort.postMessage({ type: 'progress', done });
    },
  });
  let checked = 0;
  for (const { name, runs } of plan) {
    const details = fc.check(properties[name], { seed, numRuns: runs, endOnFailure: shrinkSeconds === 0 });
    // Shrinking runs the property again; count only the generated inputs.
    checked += details.numRuns;
    done = checked;
    parentPort.postMessage({ type: 'progress', done });
    if (details.failed) parentPort.postMessage({ type: 'failure', property: name, report: describeFailure(details, name, seed) });
  }
}

/** The error first, then the (shrunk) counterexample, cut short; the whole of it goes to a file. */
function describeFailure(details, name, seed) {
  const error = details.errorInstance;
  const stack = error instanceof Error ? (error.name === 'PropertyError' ? error.message : (error.stack ?? '').split('\n').slice(0, 6).join('\n')) : String(error);
  const value = JSON.stringify(details.counterexample?.[0] ?? null);
  const file = path.join(os.tmpdir(), `coverage-fuzz-${name}-${seed}.json`);
  writeFileSync(file, `${JSON.stringify(details.counterexample, null, 2)}\n`);
  return [
    stack,
    `after ${details.numRuns} inputs, shrunk ${details.numShrinks} times (fast-check seed ${details.seed}, path "${details.counterexamplePath}")`,
    `counterexample (${value.length} characters as JSON${value.length > 1500 ? ', cut; whole in ' + file : ''}):`,
    value.length > 1500 ? `${value.slice(0, 1500)}…` : value,
  ].join('\n');
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) usage(`unknown argument "${argv[i]}"`);
    out[m[1]] = m[2] ?? argv[++i];
  }
  for (const k of Object.keys(out)) if (!['runs', 'seed', 'workers', 'property', 'shrink', 'scale'].includes(k)) usage(`unknown option --${k}`);
  return out;
}

function usage(message) {
  console.error(`fuzz: ${message}\nusage: node fuzz/run.js [--runs 100000] [--seed N] [--workers N] [--property ${Object.keys(PLAN).join(',')}] [--shrink seconds] [--scale 1]`);
  process.exit(2);
}

function seconds(since) {
  return ((performance.now() - since) / 1000).toFixed(1);
}
