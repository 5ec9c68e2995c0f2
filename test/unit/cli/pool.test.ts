import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintShared, WorkerFailure } from '../../../src/cli/lint/pool';
import type { JobResult, LintJob } from '../../../src/cli/lint/types';

const chunks: LintJob[][] = [0, 1, 2].map((c) => [0, 1].map((i) => ({ index: 2 * c + i, text: '', settingsId: 0 })));
const init = { settings: [], flagLocale: 'en' as const, summarize: false };
const fake = (chunk: LintJob[]): JobResult[] => chunk.map((job) => ({ index: job.index, findings: [] }));

test('lintShared without workers lints every chunk in the main thread, counting each file done', async () => {
  let done = 0;
  const results = await lintShared(chunks, init, 0, fake, (n) => (done += n));
  assert.deepEqual([...results.keys()].sort(), [0, 1, 2, 3, 4, 5]);
  assert.equal(done, 6);
});

test('lintShared: a worker that cannot start is a WorkerFailure (the caller falls back to the main thread)', async () => {
  // The unit test bundle has no lintWorker.js beside it.
  await assert.rejects(lintShared(chunks, init, 1, fake, () => undefined), WorkerFailure);
});

test('lintShared: an error of the main thread\'s own lint is passed on as it is, not taken for a worker failure', async () => {
  const broken = () => {
    throw new RangeError('rule bug');
  };
  await assert.rejects(lintShared(chunks, init, 0, broken, () => undefined), (e) => e instanceof RangeError && !(e instanceof WorkerFailure));
});
