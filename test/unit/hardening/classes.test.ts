// A small slice of the hardening classes `npm run fuzz` runs (scripts/fuzz/hardening.mjs, issue 26): config globs
// against long names, planted files at the cache's temporary names, control characters through every output,
// CR-only / CRLF / mixed line ends in a folder walk, config typos. The same cases and checks as the fuzz: each
// class's sentinels (the reproductions of its holes), then a few seeded cases. The built CLI (dist/cli.js) runs
// in-process, and as a process where only one shows the fault. Each class runs in a worker thread, so that a
// reopened hole that hangs (a backtracking glob) fails the test instead of holding the run.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { hardeningCases, runCase, type HardeningClass, type HardeningTools } from '../../../scripts/fuzz/hardening.mjs';
import schema from '../../../schemas/mdreviewrc.schema.json';
import { compileGlobs } from '../../../src/core/workspace/glob';
import { CLI } from '../cli/helpers';

/** Cases per class, sentinels included: about 8 s together on a loaded 2-core machine. */
const SLICE: Record<HardeningClass, number> = { 'globs': 300, 'cache': 10, 'controls': 6, 'line-ends': 16, 'config-typos': 40 };
const SEED = 26;
/** Far above a class's few seconds; a hang (a backtracking glob, a FIFO read) is stopped here. */
const HANG_MS = 60_000;

async function runSlice(name: HardeningClass, count: number): Promise<string[]> {
  // The worker's own stdout is the test runner's channel: what the CLI writes there is caught and checked instead.
  const tools: HardeningTools = { main: createRequire(__filename)(CLI).main, cliPath: CLI, compileGlobs, schema, captureProcessOutput: true };
  const failed: string[] = [];
  for (const c of hardeningCases(name, SEED, count)) {
    const { failures } = await runCase(name, c, tools);
    if (failures.length) failed.push(`${c.label}: ${failures.join(' | ')}`);
  }
  return failed;
}

function inWorker(name: HardeningClass, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { name, count } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve([`no answer in ${HANG_MS / 1000} s: a hang`]);
    }, HANG_MS);
    worker.once('message', (failed: string[]) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(failed);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

if (isMainThread) {
  for (const [name, count] of Object.entries(SLICE) as [HardeningClass, number][]) {
    test(`hardening class ${name}: its sentinels and seeded cases hold (${count} cases)`, { timeout: HANG_MS + 30_000 }, async () => {
      assert.deepEqual(await inWorker(name, count), []);
    });
  }
} else {
  const { name, count } = workerData as { name: HardeningClass; count: number };
  void runSlice(name, count).then((failed) => parentPort!.postMessage(failed));
}
