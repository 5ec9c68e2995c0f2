// `npm run fuzz [-- --workers N --count N --seed N]`: lints seeded inputs (default 100,000) — review-shaped
// documents with mutations and adversarial runs of one character — on worker threads (one per core by default), and
// reports inputs, throws, ranges outside the text, inputs under 10 KB that took over 1 s, hangs and the slowest
// inputs. Every worker generates the whole seeded stream and lints every N-th input, so a seed gives the same
// inputs whatever the number of workers. A worker stuck on one input for 60 s is a hang: it is recorded, replaced
// from the next input of its share, and the run goes on. Exit 1 when anything failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';

const { values } = parseArgs({ options: { workers: { type: 'string' }, count: { type: 'string' }, seed: { type: 'string' } } });
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
const WORKERS = Math.min(COUNT, positive('--workers', values.workers, availableParallelism()));
const MAX_RUN = 20_000;
const SLOW_MS = 1000;
const SMALL = 10 * 1024;
const HANG_MS = 60_000;
const SLOWEST = 10;

mkdirSync(OUT, { recursive: true });
const core = join(OUT, 'core.cjs');
await esbuild.build({ entryPoints: [join(ROOT, 'scripts/bench/inprocess.ts')], outfile: core, bundle: true, platform: 'node', format: 'cjs', target: 'node20', loader: { '.md': 'text' }, logLevel: 'warning' });

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

/** Lints one worker's share (every WORKERS-th input from `offset`), restarting the worker after a hang or a crash. */
async function share(offset) {
  let from = 0;
  while (from < COUNT) {
    from = await new Promise((settle) => {
      const worker = new Worker(WORKER, { eval: true, workerData: { core, inputs: new URL('./fuzz/inputs.mjs', import.meta.url).href, seed: SEED, count: COUNT, maxRun: MAX_RUN, from, stride: WORKERS, offset } });
      let current = from;
      let since = Date.now();
      const finish = (next) => {
        clearInterval(watchdog);
        worker.terminate().then(() => settle(next));
      };
      const watchdog = setInterval(() => {
        if (Date.now() - since < HANG_MS) return;
        stats.hangs.push(`input ${current}`);
        finish(current + 1);
      }, 1000);
      worker.on('message', (m) => {
        if (m.start !== undefined) {
          current = m.start;
          since = Date.now();
        } else if (m.done !== undefined) record(m);
        else if (m.finished) finish(COUNT);
      });
      worker.on('error', (e) => {
        stats.throws.push(`worker at input ${current}: ${e.message}`);
        finish(current + 1);
      });
    });
  }
}

await Promise.all(Array.from({ length: WORKERS }, (_, offset) => share(offset)));

const report = {
  seed: SEED,
  workers: WORKERS,
  inputs: stats.inputs,
  throws: stats.throws.length,
  rangesOutside: stats.outside.length,
  slowUnder10KB: stats.slowSmall.length,
  hangs: stats.hangs.length,
  slowest: stats.slowest[0] ?? null,
  seconds: Math.round((Date.now() - started) / 1000),
  // Times are wall-clock per input: compare them only with a run at a similar load.
  loadAverage: { start: loadAtStart.map((l) => +l.toFixed(2)), end: loadavg().map((l) => +l.toFixed(2)) },
  details: { throws: stats.throws.slice(0, 20), outside: stats.outside.slice(0, 20), slowUnder10KB: stats.slowSmall.slice(0, 50), hangs: stats.hangs, slowest: stats.slowest },
};
writeFileSync(join(OUT, 'fuzz.json'), JSON.stringify(report, null, 2));
console.log(JSON.stringify({ ...report, details: undefined }, null, 2));
const { slowest, ...problems } = report.details;
for (const [k, v] of Object.entries(problems)) if (v.length) console.log(`${k}:\n  ${v.join('\n  ')}`);
console.log(`slowest:\n  ${slowest.map((s) => `#${s.input} ${s.label} (${s.bytes} B): ${s.ms} ms`).join('\n  ')}`);
process.exitCode = report.throws || report.rangesOutside || report.slowUnder10KB || report.hangs ? 1 : 0;
