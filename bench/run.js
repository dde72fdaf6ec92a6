// `npm run bench`: how fast `coverage` is, measured against peers in the same run.
//
//   node bench/run.js [--quick] [--sizes 50,500,5000] [--story-sizes 1000,10000] [--outlets 40] [--compromise-seconds 20] [--timeout 600]
//
// 0. How many of its CPUs the machine gives a plain loop right now (a shared machine may not).
// 1. `coverage quotes --format ndjson` end to end on a generated corpus (every bundled article
//    and fixture as an event, `--outlets` versions of each), in MB/s and articles/s, with the
//    default worker threads and with --jobs 1, and where one thread spends its time; against
//    compromise's `nlp(text).quotations()` on the same texts (only its processing is timed,
//    for at most --compromise-seconds).
// 2. `coverage diff` on one event of 50, 500 and 5,000 articles: reading and comparing
//    (compareCoverage) in a child process, its wall time and peak memory, and how the time grows
//    against n·log n. The CLI's JSON document is measured end to end at the two smaller sizes.
// 3. Stories: `groupStories` on 1,000 and 10,000 generated articles (--story-sizes; run
//    100000 once, it takes minutes), each in a child process (bench/stories.js --big N):
//    time, peak memory, and the growth against n·log n.
// 4. Start-up: the median of 10 runs of `coverage --help`, against `node -e 0`.
//
// It prints a table and writes bench/results.json. A benchmark, not a test: the figures
// depend on the machine and on what else runs on it (the load average is recorded).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { generateCorpus, listSources } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/coverage.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
// coreutils' timeout ends the measured process itself (killing /usr/bin/time would leave it running).
const TIMEOUT = existsSync('/usr/bin/timeout') ? '/usr/bin/timeout' : null;

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
};
const quick = argv.includes('--quick');
const SETTINGS = {
  seed: 1,
  quoteOutlets: Number(option('outlets', quick ? 5 : 40)),
  quoteRuns: quick ? 1 : 3,
  compromiseSeconds: Number(option('compromise-seconds', quick ? 3 : 20)),
  diffSizes: option('sizes', quick ? '50,200' : '50,500,5000').split(',').map(Number),
  storySizes: option('story-sizes', quick ? '1000' : '1000,10000').split(',').map(Number),
  cliDiffMax: 500,
  timeoutSeconds: Number(option('timeout', 600)),
  startupRuns: 10,
};

const TARGETS = { quotesMBps: 20, compromiseRatio: 100, diffSeconds: 30, diffMemoryMB: 2048, startupMs: 150 };

const work = mkdtempSync(path.join(os.tmpdir(), 'coverage-bench-'));
const loadStart = os.loadavg();
const started = new Date();
const log = (line) => process.stderr.write(`${line}\n`);

try {
  const results = {
    date: started.toISOString(),
    machine: machine(),
    settings: SETTINGS,
    parallel: benchParallel(),
    quotes: benchQuotes(),
    diff: benchDiff(),
    stories: benchStories(),
    startup: benchStartup(),
  };
  results.machine.loadAverage = { start: round(loadStart[0], 2), end: round(os.loadavg()[0], 2) };
  results.seconds = round((Date.now() - started.getTime()) / 1000, 1);
  results.targets = checkTargets(results);
  writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(report(results));
} finally {
  rmSync(work, { recursive: true, force: true });
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** Writes articles as .txt files in one folder, with a coverage.json manifest naming each outlet. */
function writeFolder(name, articles) {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  const manifest = {};
  let bytes = 0;
  for (const a of articles) {
    writeFileSync(path.join(dir, `${a.id}.txt`), a.text);
    manifest[`${a.id}.txt`] = { outlet: a.outlet, event: a.event };
    bytes += Buffer.byteLength(a.text);
  }
  writeFileSync(path.join(dir, 'coverage.json'), JSON.stringify({ articles: manifest }));
  return { dir, bytes };
}

/**
 * Runs a command and returns its wall time, CPU time and peak memory (from /usr/bin/time when
 * there is one). `stdout` is a file to write to; /dev/null when not given.
 */
function measure(command, args, { stdout, timeoutSeconds = SETTINGS.timeoutSeconds } = {}) {
  const out = openSync(stdout ?? '/dev/null', 'w');
  const stats = path.join(work, 'time.txt');
  rmSync(stats, { force: true });
  const limited = TIMEOUT ? [TIMEOUT, ['--signal=KILL', String(timeoutSeconds), command, ...args]] : [command, args];
  const [cmd, full] = TIME ? [TIME, ['-f', '%e %U %S %M', '-o', stats, limited[0], ...limited[1]]] : limited;
  const t0 = process.hrtime.bigint();
  const child = spawnSync(cmd, full, { cwd: ROOT, stdio: ['ignore', out, 'pipe'], timeout: (timeoutSeconds + 30) * 1000, maxBuffer: 64 * 2 ** 20, env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(out);
  if (child.error?.code === 'ETIMEDOUT' || child.signal || child.status === 124 || child.status === 137) return { timedOut: true, seconds: round(wall, 3) };
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  const result = { seconds: round(wall, 3), cpuSeconds: null, maxRssMB: null };
  if (TIME && existsSync(stats)) {
    const [, user, sys, rssKb] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    Object.assign(result, { cpuSeconds: round(user + sys, 2), maxRssMB: round(rssKb / 1024, 0) });
  }
  return result;
}

function benchQuotes() {
  const events = listSources().length;
  log(`quotes: generating ${events} events × ${SETTINGS.quoteOutlets} outlets…`);
  const { articles, truth } = generateCorpus({ events, outletsPerEvent: SETTINGS.quoteOutlets, seed: SETTINGS.seed });
  const { dir, bytes } = writeFolder('quotes', articles);
  const mb = bytes / 1e6;
  const rate = (m) => ({ ...m, MBps: round(mb / m.seconds, 2), articlesPerSecond: round(articles.length / m.seconds, 0) });
  const args = ['quotes', dir, '--format', 'ndjson', '--quiet'];
  const ndjson = path.join(work, 'quotes.ndjson');
  // Taken in turns, so that a busy spell of the machine falls on both.
  const runs = [];
  const singles = [];
  for (let k = 0; k < SETTINGS.quoteRuns; k++) {
    log(`quotes: coverage quotes, default jobs and --jobs 1, run ${k + 1} of ${SETTINGS.quoteRuns}…`);
    runs.push(measure('node', [BIN, ...args]));
    singles.push(measure('node', [BIN, ...args, '--jobs', '1'], { stdout: k === 0 ? ndjson : undefined }));
  }
  const best = median(runs, (r) => r.seconds);
  const single = median(singles, (r) => r.seconds);
  const found = readFileSync(ndjson, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  log('quotes: time per stage, one thread…');
  const stagesFile = path.join(work, 'stages.json');
  measure('node', [path.join(ROOT, 'bench/quotes-stages.js'), dir], { stdout: stagesFile });
  const stages = JSON.parse(readFileSync(stagesFile, 'utf8'));

  log(`quotes: compromise quotations() for up to ${SETTINGS.compromiseSeconds} s…`);
  nlp('Warm-up: “It is over,” she said.').quotations();
  let peerBytes = 0;
  let peerArticles = 0;
  let peerQuotes = 0;
  let peerSeconds = 0;
  for (const a of articles) {
    const t0 = process.hrtime.bigint();
    peerQuotes += nlp(a.text).quotations().length;
    peerSeconds += Number(process.hrtime.bigint() - t0) / 1e9;
    peerBytes += Buffer.byteLength(a.text);
    peerArticles++;
    if (peerSeconds >= SETTINGS.compromiseSeconds) break;
  }
  const peerMBps = peerBytes / 1e6 / peerSeconds;
  const coverageMBps = mb / best.seconds;
  return {
    corpus: { events, outletsPerEvent: SETTINGS.quoteOutlets, articles: articles.length, MB: round(mb, 2) },
    coverage: rate(best),
    runs: runs.map((r) => round(r.seconds, 2)),
    jobs1: rate(single),
    jobs1Runs: singles.map((r) => round(r.seconds, 2)),
    stagesMs: stages,
    workerSpeedup: round(single.seconds / best.seconds, 2),
    recall: quoteRecall(found, truth),
    compromise: { articles: peerArticles, MB: round(peerBytes / 1e6, 3), seconds: round(peerSeconds, 2), MBps: round(peerMBps, 4), articlesPerSecond: round(peerArticles / peerSeconds, 1), quotes: peerQuotes },
    ratio: round(coverageMBps / peerMBps, 1),
  };
}

/**
 * Share of the generated quotes (kept, truncated or altered, not those turned into
 * paraphrase or dropped with their paragraph) that `coverage quotes` found: a direct or
 * partial quote of the same article holding at least half of its words.
 */
function quoteRecall(found, truth) {
  const tokens = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const byArticle = new Map();
  for (const q of found) {
    if (q.kind !== 'direct' && q.kind !== 'partial') continue;
    const list = byArticle.get(q.article) ?? [];
    list.push(new Set(tokens(q.text)));
    byArticle.set(q.article, list);
  }
  let expected = 0;
  let hit = 0;
  for (const t of truth.quotes) {
    if (t.change === 'dropped' || t.change === 'paraphrased') continue;
    const words = tokens(t.text);
    if (words.length === 0) continue;
    expected++;
    const candidates = byArticle.get(t.article) ?? [];
    if (candidates.some((set) => words.filter((w) => set.has(w)).length >= words.length / 2)) hit++;
  }
  return { expected, found: hit, recall: round(hit / Math.max(1, expected), 3) };
}

function benchDiff() {
  const rows = [];
  for (const n of SETTINGS.diffSizes) {
    log(`diff: one event of ${n} articles…`);
    const { articles } = generateCorpus({ events: 1, outletsPerEvent: n, seed: SETTINGS.seed });
    const { dir, bytes } = writeFolder(`diff-${n}`, articles);
    const outFile = path.join(work, `diff-${n}.json`);
    const m = measure('node', [path.join(ROOT, 'bench/diff-child.js'), dir], { stdout: outFile });
    const row = { articles: n, MB: round(bytes / 1e6, 2), ...m };
    if (!m.timedOut) {
      const child = JSON.parse(readFileSync(outFile, 'utf8'));
      Object.assign(row, { computeSeconds: round((child.readMs + child.compareMs) / 1000, 2), ...child });
      row.maxRssMB ??= round(child.maxRssKb / 1024, 0);
      delete row.maxRssKb;
    }
    if (n <= SETTINGS.cliDiffMax && !m.timedOut) {
      log(`diff: coverage diff --format json on ${n} articles…`);
      const json = path.join(work, `cli-diff-${n}.json`);
      const cli = measure('node', [BIN, 'diff', dir, '--format', 'json', '--quiet'], { stdout: json });
      row.cli = { ...cli, outputMB: cli.timedOut ? null : round(statSync(json).size / 1e6, 1) };
      rmSync(json, { force: true });
    }
    rmSync(dir, { recursive: true, force: true });
    rows.push(row);
  }
  // Time ratios between consecutive sizes, next to n·log n's.
  const growth = [];
  for (let k = 1; k < rows.length; k++) {
    const [a, b] = [rows[k - 1], rows[k]];
    if (a.timedOut || b.timedOut) continue;
    const nlogn = (b.articles * Math.log(b.articles)) / (a.articles * Math.log(a.articles));
    growth.push({ from: a.articles, to: b.articles, compute: round(b.computeSeconds / a.computeSeconds, 2), wall: round(b.seconds / a.seconds, 2), linear: round(b.articles / a.articles, 2), nlogn: round(nlogn, 2) });
  }
  return { event: 'e000', sizes: rows, growth };
}

/**
 * How much of its CPUs the machine gives this run: a pure JavaScript loop on one worker
 * thread, then on one per CPU at once. 2.0 of 2 is an idle machine; on a shared one it
 * can be 1.0 or less, and worker threads then cannot help.
 */
function benchParallel() {
  const threads = Math.max(1, os.availableParallelism());
  log(`parallel: a loop on 1 thread, then on ${threads}…`);
  const script = `const { Worker } = require('node:worker_threads');
const loop = "const { parentPort } = require('node:worker_threads'); let s = 0; for (let i = 0; i < 2e8; i++) s = (s + i * 7) % 1000003; parentPort.postMessage(s);";
const run = (n) => { const t0 = process.hrtime.bigint(); return Promise.all(Array.from({ length: n }, () => new Promise((res) => { const w = new Worker(loop, { eval: true }); w.once('message', () => { w.terminate(); res(); }); }))).then(() => Number(process.hrtime.bigint() - t0) / 1e9); };
(async () => { const one = await run(1); const all = await run(${threads}); process.stdout.write(JSON.stringify({ one, all })); })();`;
  const child = spawnSync('node', ['-e', script], { encoding: 'utf8' });
  const { one, all } = JSON.parse(child.stdout);
  return { threads, oneThreadSeconds: round(one, 2), allThreadsSeconds: round(all, 2), cpusAvailable: round((threads * one) / all, 2) };
}

function benchStories() {
  log('stories: grouping generated articles');
  const sizes = SETTINGS.storySizes.map((n) => {
    const child = spawnSync('node', ['--expose-gc', '--max-old-space-size=4096', path.join(ROOT, 'bench/stories.js'), '--big', String(n)], { cwd: ROOT, encoding: 'utf8', timeout: SETTINGS.timeoutSeconds * 1000 });
    if (child.status !== 0) return { articles: n, failed: (child.stderr || child.error?.message || 'no output').trim().split('\n').slice(-1)[0] };
    const big = JSON.parse(readFileSync(path.join(ROOT, 'bench/stories-big-results.json'), 'utf8'));
    return { articles: big.articles, stories: big.stories, seconds: round(big.ms / 1000, 1), peakMB: big.peakMemoryMB, articlesMB: big.articlesReadMB };
  });
  const ok = sizes.filter((s) => !s.failed);
  const growth = ok.slice(1).map((s, k) => {
    const a = ok[k];
    const r = s.articles / a.articles;
    return { from: a.articles, to: s.articles, time: round(s.seconds / Math.max(0.1, a.seconds), 1), linear: round(r, 1), nlogn: round((s.articles * Math.log(s.articles)) / (a.articles * Math.log(a.articles)), 1) };
  });
  return { sizes, growth };
}

function benchStartup() {
  log(`startup: coverage --help and node -e 0, ${SETTINGS.startupRuns} runs each…`);
  const help = [];
  const bare = [];
  for (let k = 0; k < SETTINGS.startupRuns; k++) {
    help.push(measure('node', [BIN, '--help']).seconds);
    bare.push(measure('node', ['-e', '0']).seconds);
  }
  const helpMs = median(help, (x) => x) * 1000;
  const nodeMs = median(bare, (x) => x) * 1000;
  return { helpMs: round(helpMs, 0), nodeMs: round(nodeMs, 0), overheadMs: round(helpMs - nodeMs, 0), ratio: round(helpMs / nodeMs, 2) };
}

function checkTargets(r) {
  const biggest = r.diff.sizes.find((s) => s.articles === 5000);
  const last = r.diff.growth[r.diff.growth.length - 1];
  const targets = [
    { target: `quotes ≥ ${TARGETS.quotesMBps} MB/s end to end`, value: `${r.quotes.coverage.MBps} MB/s`, met: r.quotes.coverage.MBps >= TARGETS.quotesMBps },
    { target: `quotes ≥ ${TARGETS.compromiseRatio}× compromise`, value: `${r.quotes.ratio}×`, met: r.quotes.ratio >= TARGETS.compromiseRatio },
    biggest
      ? { target: `diff on 5,000 articles < ${TARGETS.diffSeconds} s`, value: biggest.timedOut ? `timed out after ${round(biggest.seconds, 0)} s` : `${round(biggest.seconds, 1)} s`, met: !biggest.timedOut && biggest.seconds < TARGETS.diffSeconds }
      : { target: `diff on 5,000 articles < ${TARGETS.diffSeconds} s`, value: 'not run (--sizes)', met: null },
    biggest
      ? { target: 'diff on 5,000 articles < 2 GB', value: biggest.maxRssMB === null || biggest.maxRssMB === undefined ? 'unknown' : `${biggest.maxRssMB} MB`, met: !biggest.timedOut && biggest.maxRssMB < TARGETS.diffMemoryMB }
      : { target: 'diff on 5,000 articles < 2 GB', value: 'not run (--sizes)', met: null },
    last
      ? { target: 'diff time grows no faster than n·log n', value: r.diff.growth.map((g) => `×${g.compute} for ${g.from}→${g.to} (n·log n ×${g.nlogn})`).join(', '), met: r.diff.growth.every((g) => g.compute <= g.nlogn) }
      : { target: 'diff time grows no faster than n·log n', value: 'not measured', met: null },
    { target: `coverage --help < ${TARGETS.startupMs} ms`, value: `${r.startup.helpMs} ms`, met: r.startup.helpMs < TARGETS.startupMs },
  ];
  return targets;
}

function report(r) {
  const m = r.machine;
  const q = r.quotes;
  const lines = [];
  lines.push(`coverage bench, ${r.date.slice(0, 10)}: ${m.cpus} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, ${m.os}; load average ${m.loadAverage.start} → ${m.loadAverage.end}; ${r.seconds} s`);
  lines.push('');
  lines.push(`quotes on ${q.corpus.articles} articles (${q.corpus.events} events × ${q.corpus.outletsPerEvent} outlets, ${q.corpus.MB} MB)`);
  lines.push(table([
    ['', 'seconds', 'MB/s', 'articles/s', 'CPU s', 'peak MB'],
    ['coverage quotes --format ndjson', round(q.coverage.seconds, 2), q.coverage.MBps, q.coverage.articlesPerSecond, q.coverage.cpuSeconds, q.coverage.maxRssMB],
    ['  the same with --jobs 1', round(q.jobs1.seconds, 2), q.jobs1.MBps, q.jobs1.articlesPerSecond, q.jobs1.cpuSeconds, q.jobs1.maxRssMB],
    [`compromise quotations() (${q.compromise.articles} articles)`, q.compromise.seconds, q.compromise.MBps, q.compromise.articlesPerSecond, '', ''],
  ]));
  lines.push(`coverage / compromise: ${q.ratio}×; worker threads: ${q.workerSpeedup}× --jobs 1, with ${r.parallel.cpusAvailable} of ${r.parallel.threads} CPUs free for a plain loop; generated quotes found: ${q.recall.found} of ${q.recall.expected} (${q.recall.recall})`);
  const st = q.stagesMs;
  lines.push(`one thread, in ms: loading code ${st.loadCode}, reading and cleaning ${st.readAndClean}, finding quotes ${st.findQuotes}, naming sources ${st.nameSources}, writing NDJSON ${st.writeNdjson}`);
  lines.push('');
  lines.push(`diff on one event (${r.diff.event}): read + compareCoverage in a child process`);
  lines.push(table([
    ['articles', 'MB', 'wall s', 'compute s', 'peak MB', 'quote clusters (shared)', 'claim clusters', 'CLI json s / MB out'],
    ...r.diff.sizes.map((s) => s.timedOut
      ? [s.articles, s.MB, `> ${round(s.seconds, 0)} (timed out)`, '', '', '', '', '']
      : [s.articles, s.MB, round(s.seconds, 2), s.computeSeconds, s.maxRssMB, `${s.quoteClusters} (${s.sharedQuoteClusters})`, s.claimClusters, s.cli ? (s.cli.timedOut ? 'timed out' : `${round(s.cli.seconds, 2)} / ${s.cli.outputMB}`) : '']),
  ]));
  for (const g of r.diff.growth) lines.push(`growth ${g.from} → ${g.to}: compute ×${g.compute}, wall ×${g.wall}; linear ×${g.linear}, n·log n ×${g.nlogn}`);
  lines.push('');
  lines.push('stories: groupStories on generated articles, in a child process (bench/stories.js --big N)');
  lines.push(table([
    ['articles', 'stories', 'seconds', 'peak MB', 'of which articles MB'],
    ...r.stories.sizes.map((s) => (s.failed ? [s.articles, `failed: ${s.failed}`, '', '', ''] : [s.articles, s.stories, s.seconds, s.peakMB, s.articlesMB])),
  ]));
  for (const g of r.stories.growth) lines.push(`growth ${g.from} → ${g.to}: time ×${g.time}; linear ×${g.linear}, n·log n ×${g.nlogn}`);
  lines.push('');
  lines.push(`start-up: coverage --help ${r.startup.helpMs} ms, node -e 0 ${r.startup.nodeMs} ms (medians of ${SETTINGS.startupRuns}): ${r.startup.ratio}×, ${r.startup.overheadMs} ms of our own`);
  lines.push('');
  lines.push(table([['target', 'measured', ''], ...r.targets.map((t) => [t.target, t.value, t.met === null ? '-' : t.met ? 'met' : 'MISSED'])]));
  lines.push('', `written: bench/results.json`, '');
  return lines.join('\n');
}

function table(rows) {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  const widths = cells[0].map((_, k) => Math.max(...cells.map((r) => [...(r[k] ?? '')].length)));
  return cells.map((r) => r.map((c, k) => (k === 0 ? c.padEnd(widths[k]) : c.padStart(widths[k]))).join('  ').trimEnd()).join('\n');
}

function median(list, key) {
  const sorted = [...list].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
