// Worker entry (built to dist/lintWorker.js): lints the chunks of files the main thread sends, one reply per chunk.
import { parentPort, workerData } from 'node:worker_threads';
import { JobLinter } from './lint/jobLinter';
import type { WorkerInit, WorkerReply } from './lint/pool';
import type { LintJob } from './lint/types';

const init = workerData as WorkerInit;
const linter = new JobLinter(init.settings, init.flagLocale, init.summarize, init.keepFixes);

parentPort!.on('message', (chunk: LintJob[]) => {
  const reply: WorkerReply = linter.lintChunk(chunk);
  parentPort!.postMessage(reply);
});
