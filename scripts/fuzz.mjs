// `npm run fuzz`: lints FUZZ_COUNT (default 100,000) seeded inputs — review-shaped documents with mutations
// and adversarial runs of one character — in a worker, and reports inputs, throws, ranges outside the
// text, inputs under 10 KB that took over 1 s, and the slowest input. A worker stuck on one input for
// 60 s is a hang: it is recorded, replaced, and the run goes on. Exit 1 when anything failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'test-output', 'fuzz');
const COUNT = Number(process.env.FUZZ_COUNT) || 100_000;
const SEED = Number(process.env.FUZZ_SEED) || 20261201;
const MAX_RUN = 20_000;
const SLOW_MS = 1000;
const SMALL = 10 * 1024;
const HANG_MS = 60_000;

mkdirSync(OUT, { recursive: true });
const core = join(OUT, 'core.cjs');
await esbuild.build({ entryPoints: [join(ROOT, 'scripts/bench/inprocess.ts')], outfile: core, bundle: true, platform: 'node', format: 'cjs', target: 'node20', loader: { '.md': 'text' }, logLevel: 'warning' });

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { lint } = require(workerData.core);
import(workerData.inputs).then(({ fuzzInputs }) => {
  let i = 0;
  for (const input of fuzzInputs(workerData.seed, workerData.count, workerData.maxRun)) {
    if (i++ < workerData.from) continue;
    parentPort.postMessage({ start: i - 1 });
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
    parentPort.postMessage({ done: i - 1, ms: performance.now() - t, bytes: Buffer.byteLength(input.text), label: input.label, error, outside });
  }
  parentPort.postMessage({ finished: true });
});`;

const stats = { inputs: 0, throws: [], outside: [], slowSmall: [], hangs: [], slowest: { ms: 0 } };
let next = 0;
const started = Date.now();
while (next < COUNT) {
  await new Promise((resolveRun) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { core, inputs: new URL('./fuzz/inputs.mjs', import.meta.url).href, seed: SEED, count: COUNT, maxRun: MAX_RUN, from: next } });
    let current = next;
    let since = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - since < HANG_MS) return;
      stats.hangs.push(`input ${current}`);
      next = current + 1;
      clearInterval(watchdog);
      worker.terminate().then(resolveRun);
    }, 1000);
    worker.on('message', (m) => {
      if (m.start !== undefined) {
        current = m.start;
        since = Date.now();
      } else if (m.done !== undefined) {
        stats.inputs++;
        next = m.done + 1;
        const what = `${m.label} (${m.bytes} B, ${Math.round(m.ms)} ms)`;
        if (m.error) stats.throws.push(`${what}: ${m.error}`);
        if (m.outside) stats.outside.push(`${what}: ${m.outside} ranges`);
        if (m.bytes < SMALL && m.ms > SLOW_MS) stats.slowSmall.push(what);
        if (m.ms > stats.slowest.ms) stats.slowest = { ms: Math.round(m.ms), what };
        if (stats.inputs % 5000 === 0) console.log(`fuzz: ${stats.inputs} inputs, ${Math.round((Date.now() - started) / 1000)} s`);
      } else if (m.finished) {
        clearInterval(watchdog);
        worker.terminate().then(resolveRun);
      }
    });
    worker.on('error', (e) => {
      stats.throws.push(`worker: ${e.message}`);
      next = current + 1;
      clearInterval(watchdog);
      resolveRun();
    });
  });
}

const report = {
  seed: SEED,
  inputs: stats.inputs,
  throws: stats.throws.length,
  rangesOutside: stats.outside.length,
  slowUnder10KB: stats.slowSmall.length,
  hangs: stats.hangs.length,
  slowest: stats.slowest,
  seconds: Math.round((Date.now() - started) / 1000),
  details: { throws: stats.throws.slice(0, 20), outside: stats.outside.slice(0, 20), slowUnder10KB: stats.slowSmall.slice(0, 50), hangs: stats.hangs },
};
writeFileSync(join(OUT, 'fuzz.json'), JSON.stringify(report, null, 2));
console.log(JSON.stringify({ ...report, details: undefined }, null, 2));
for (const [k, v] of Object.entries(report.details)) if (v.length) console.log(`${k}:\n  ${v.join('\n  ')}`);
process.exitCode = report.throws || report.rangesOutside || report.slowUnder10KB || report.hangs ? 1 : 0;
