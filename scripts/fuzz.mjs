// `npm run fuzz [-- --workers N --count N --seed N --only CLASSES --class-count N]`: the engine fuzz, then the
// hardening classes of issue 26 (scripts/fuzz/hardening.mjs), on worker threads (one per core by default).
//
// The engine fuzz lints seeded inputs (default 100,000) — review-shaped documents with mutations and adversarial
// runs of one character — and reports inputs, throws, ranges outside the text, inputs under 10 KB that took over
// 1 s, hangs and the slowest inputs. The hardening classes (globs, cache, controls, line-ends, config-typos; each
// its default count, or --class-count) run the CLI on seeded trees and report per class the cases tried, the
// failed ones with what failed, and what they exercised. `--only engine,globs` picks classes.
//
// Every worker generates the whole seeded stream of a class and runs every N-th case, so a seed gives the same
// inputs whatever the number of workers. A worker stuck on one input for 60 s is a hang: it is recorded (for a
// hardening class as a failed case), replaced from the next input of its share, and the run goes on. Exit 1 when
// anything failed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { configValidator } from './build/configValidator.mjs';
import { DEFAULT_COUNTS, HARDENING_CLASSES } from './fuzz/hardening.mjs';

const { values } = parseArgs({ options: { 'workers': { type: 'string' }, 'count': { type: 'string' }, 'seed': { type: 'string' }, 'only': { type: 'string' }, 'class-count': { type: 'string' } } });
const positive = (flag, value, fallback) => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`fuzz: ${flag} must be a whole number above 0, not ${JSON.stringify(value)}`);
  return n;
};
const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'test-output', 'fuzz');
const COUNT = positive('--count', values.count ?? process.env.FUZZ_COUNT, 100_000);
const SEED = positive('--seed', values.seed ?? process.env.FUZZ_SEED, 20261201);
const CLASSES = ['engine', ...HARDENING_CLASSES];
const ONLY = values.only === undefined ? CLASSES : values.only.split(',').map((c) => c.trim()).filter(Boolean);
for (const c of ONLY) if (!CLASSES.includes(c)) throw new Error(`fuzz: --only takes ${CLASSES.join(', ')}, not ${JSON.stringify(c)}`);
const CLASS_COUNT = values['class-count'] === undefined ? undefined : positive('--class-count', values['class-count'], 1);
const WORKERS = positive('--workers', values.workers, availableParallelism());
const MAX_RUN = 20_000;
const SLOW_MS = 1000;
const SMALL = 10 * 1024;
const HANG_MS = 60_000;
const SLOWEST = 10;

mkdirSync(OUT, { recursive: true });
const core = join(OUT, 'core.cjs');
await esbuild.build({ entryPoints: [join(ROOT, 'scripts/bench/inprocess.ts')], outfile: core, bundle: true, platform: 'node', format: 'cjs', target: 'node20', loader: { '.md': 'text' }, logLevel: 'warning' });
// The CLI as the bin is built (from the sources, so no `npm run build` is needed): run in-process by the hardening
// classes, and as a process where only a process shows what they check.
const cli = join(OUT, 'cli.cjs');
const lintWorkerBundle = join(OUT, 'lintWorker.js');
const cliBuild = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', plugins: [configValidator], loader: { '.md': 'text', '.code-snippets': 'json' }, logLevel: 'warning' };
if (ONLY.some((c) => c !== 'engine')) {
  await esbuild.build({ ...cliBuild, entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile: cli });
  await esbuild.build({ ...cliBuild, entryPoints: [join(ROOT, 'src/cli/lintWorker.ts')], outfile: lintWorkerBundle });
}

// Input i is linted by the worker with offset i % stride, from input `from` on.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { lint } = require(workerData.core);
import(workerData.inputs).then(({ fuzzInputs }) => {
  let i = -1;
  for (const input of fuzzInputs(workerData.seed, workerData.count, workerData.maxRun)) {
    i++;
    if (i < workerData.from || i % workerData.stride !== workerData.offset) continue;
    parentPort.postMessage({ start: i });
    const t = performance.now();
    let error, outside = 0;
    try {
      const { findings } = lint(input.text, { today: new Date('2026-11-26T12:00:00') });
      const lines = input.text.split(/\\r\\n|\\n|\\r/);
      for (const f of findings) {
        const { start, end } = f.range;
        if (end.line >= lines.length || end.character > lines[end.line].length || start.line > end.line || (start.line === end.line && start.character > end.character)) outside++;
      }
    } catch (e) { error = String(e && e.stack || e).slice(0, 300); }
    parentPort.postMessage({ done: i, ms: performance.now() - t, bytes: Buffer.byteLength(input.text), label: input.label, error, outside });
  }
  parentPort.postMessage({ finished: true });
});`;

const stats = { inputs: 0, throws: [], outside: [], slowSmall: [], hangs: [], slowest: [] };
const started = Date.now();
const loadAtStart = loadavg();

function record(m) {
  stats.inputs++;
  const what = `#${m.done} ${m.label} (${m.bytes} B, ${Math.round(m.ms)} ms)`;
  if (m.error) stats.throws.push(`${what}: ${m.error}`);
  if (m.outside) stats.outside.push(`${what}: ${m.outside} ranges`);
  if (m.bytes < SMALL && m.ms > SLOW_MS) stats.slowSmall.push(what);
  if (stats.slowest.length < SLOWEST || m.ms > stats.slowest.at(-1).ms) {
    stats.slowest.push({ ms: Math.round(m.ms), input: m.done, bytes: m.bytes, label: m.label });
    stats.slowest.sort((a, b) => b.ms - a.ms || a.input - b.input).splice(SLOWEST);
  }
  if (stats.inputs % 5000 === 0) console.log(`fuzz: ${stats.inputs} inputs, ${Math.round((Date.now() - started) / 1000)} s, load ${loadavg()[0].toFixed(1)}`);
}

/**
 * Runs one worker's share (every `stride`-th input from `offset`) of a stream of `count` inputs, restarting the worker
 * after a hang or a crash (each reported to `onHang` / `onCrash` with the input it was on).
 */
async function share(offset, { source, data, count, stride, onMessage, onHang, onCrash }) {
  let from = 0;
  while (from < count) {
    from = await new Promise((settle) => {
      const worker = new Worker(source, { eval: true, workerData: { ...data, count, from, stride, offset } });
      let current = from;
      let since = Date.now();
      const finish = (next) => {
        clearInterval(watchdog);
        worker.terminate().then(() => settle(next));
      };
      const watchdog = setInterval(() => {
        if (Date.now() - since < HANG_MS) return;
        onHang(current);
        finish(current + 1);
      }, 1000);
      worker.on('message', (m) => {
        if (m.start !== undefined) {
          current = m.start;
          since = Date.now();
        } else if (m.done !== undefined) onMessage(m);
        else if (m.finished) finish(count);
      });
      worker.on('error', (e) => {
        onCrash(current, e);
        finish(current + 1);
      });
    });
  }
}

/** The engine fuzz over `WORKERS` threads. */
const runEngine = () => {
  const workers = Math.min(COUNT, WORKERS);
  const data = { core, inputs: new URL('./fuzz/inputs.mjs', import.meta.url).href, seed: SEED, maxRun: MAX_RUN };
  return Promise.all(Array.from({ length: workers }, (_, offset) => share(offset, {
    source: WORKER,
    data,
    count: COUNT,
    stride: workers,
    onMessage: record,
    onHang: (i) => stats.hangs.push(`input ${i}`),
    onCrash: (i, e) => stats.throws.push(`worker at input ${i}: ${e.message}`),
  })));
};

// A hardening class's cases, each checked by runCase in a worker (scripts/fuzz/hardening.mjs).
const HARDENING_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const core = require(workerData.core);
const cli = require(workerData.cli);
import(workerData.harness).then(async ({ hardeningCases, runCase }) => {
  const tools = { main: cli.main, cliPath: workerData.cli, compileGlobs: core.compileGlobs, schema: workerData.schema, captureProcessOutput: true };
  let i = -1;
  for (const c of hardeningCases(workerData.name, workerData.seed, workerData.count)) {
    i++;
    if (i < workerData.from || i % workerData.stride !== workerData.offset) continue;
    parentPort.postMessage({ start: i });
    const t = performance.now();
    const { failures, counters } = await runCase(workerData.name, c, tools);
    parentPort.postMessage({ done: i, ms: performance.now() - t, label: c.label, failures, counters });
  }
  parentPort.postMessage({ finished: true });
});`;

/** One hardening class over `WORKERS` threads: cases tried, failed (with what failed), counters and the slowest case. */
async function runHardening(name) {
  const count = CLASS_COUNT ?? DEFAULT_COUNTS[name];
  const workers = Math.min(count, WORKERS);
  const started = Date.now();
  const result = { cases: 0, failed: 0, hangs: 0, seconds: 0, counters: {}, slowest: null, failures: [] };
  const failedCase = (label, failures) => {
    result.failed++;
    if (result.failures.length < 20) result.failures.push(`${label}: ${failures.slice(0, 5).join(' | ')}`);
  };
  const data = { core, cli, harness: new URL('./fuzz/hardening.mjs', import.meta.url).href, schema: JSON.parse(readFileSync(join(ROOT, 'schemas/mdreviewrc.schema.json'), 'utf8')), name, seed: SEED };
  await Promise.all(Array.from({ length: workers }, (_, offset) => share(offset, {
    source: HARDENING_WORKER,
    data,
    count,
    stride: workers,
    onMessage: (m) => {
      result.cases++;
      for (const [k, v] of Object.entries(m.counters)) result.counters[k] = k.startsWith('max ') ? Math.max(result.counters[k] ?? 0, v) : (result.counters[k] ?? 0) + v;
      if (!result.slowest || m.ms > result.slowest.ms) result.slowest = { ms: Math.round(m.ms), label: m.label };
      if (m.failures.length) failedCase(`#${m.done} ${m.label}`, m.failures);
      if (result.cases % 500 === 0) console.log(`fuzz ${name}: ${result.cases} cases, ${Math.round((Date.now() - started) / 1000)} s`);
    },
    onHang: (i) => {
      result.cases++;
      result.hangs++;
      failedCase(`#${i}`, [`no answer in ${HANG_MS / 1000} s (a hang)`]);
    },
    onCrash: (i, e) => failedCase(`#${i}`, [`the worker crashed: ${e.message}`]),
  })));
  result.seconds = Math.round((Date.now() - started) / 1000);
  return result;
}

if (ONLY.includes('engine')) await runEngine();
const hardening = {};
for (const name of HARDENING_CLASSES.filter((c) => ONLY.includes(c))) {
  console.log(`fuzz: hardening class ${name}, ${CLASS_COUNT ?? DEFAULT_COUNTS[name]} cases`);
  hardening[name] = await runHardening(name);
}

const engine = ONLY.includes('engine');
const report = {
  seed: SEED,
  workers: WORKERS,
  classes: ONLY,
  ...(engine ? {
    inputs: stats.inputs,
    throws: stats.throws.length,
    rangesOutside: stats.outside.length,
    slowUnder10KB: stats.slowSmall.length,
    hangs: stats.hangs.length,
    slowest: stats.slowest[0] ?? null,
  } : {}),
  seconds: Math.round((Date.now() - started) / 1000),
  // Times are wall-clock per input: compare them only with a run at a similar load.
  loadAverage: { start: loadAtStart.map((l) => +l.toFixed(2)), end: loadavg().map((l) => +l.toFixed(2)) },
  ...(engine ? { details: { throws: stats.throws.slice(0, 20), outside: stats.outside.slice(0, 20), slowUnder10KB: stats.slowSmall.slice(0, 50), hangs: stats.hangs, slowest: stats.slowest } } : {}),
  // Per class: cases tried and failed (the first 20 with what failed), what they exercised, the slowest case.
  hardening,
};
writeFileSync(join(OUT, 'fuzz.json'), JSON.stringify(report, null, 2));
console.log(JSON.stringify({ ...report, details: undefined, hardening: undefined }, null, 2));
if (engine) {
  const { slowest, ...problems } = report.details;
  for (const [k, v] of Object.entries(problems)) if (v.length) console.log(`${k}:\n  ${v.join('\n  ')}`);
  console.log(`slowest:\n  ${slowest.map((s) => `#${s.input} ${s.label} (${s.bytes} B): ${s.ms} ms`).join('\n  ')}`);
}
for (const [name, r] of Object.entries(hardening)) {
  const counters = Object.entries(r.counters).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`hardening ${name}: ${r.cases} cases, ${r.failed} failed, ${r.seconds} s (${counters}); slowest case ${r.slowest?.ms} ms: ${r.slowest?.label}`);
  for (const f of r.failures) console.log(`  ${f}`);
}
const hardeningFailed = Object.values(hardening).some((r) => r.failed);
process.exitCode = (engine && (report.throws || report.rangesOutside || report.slowUnder10KB || report.hangs)) || hardeningFailed ? 1 : 0;
