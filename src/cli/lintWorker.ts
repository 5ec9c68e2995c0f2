// Worker entry (built to dist/lintWorker.js): lints the chunks of files the main thread sends, one reply per chunk.
import { parentPort, workerData } from 'node:worker_threads';
import { JobLinter } from './lint/jobLinter';
import type { LintJob } from './lint/types';
import type { WorkerInit, WorkerReply } from './lint/pool';

const init = workerData as WorkerInit;
const linter = new JobLinter(init.settings, init.locale);

parentPort!.on('message', (jobs: LintJob[]) => {
  const reply: WorkerReply = jobs.map((job) => ({ index: job.index, findings: linter.lint(job) }));
  parentPort!.postMessage(reply);
});
