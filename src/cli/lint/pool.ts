import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../../core/lint/types';
import type { LintJob, ReportFinding, Settings } from './types';

export interface WorkerInit {
  settings: Settings[];
  locale: { flag?: Locale; env: Locale };
}
export type WorkerReply = { index: number; findings: ReportFinding[] }[];

/** Small chunks balance the load between workers and keep the progress line moving. */
const CHUNK = 32;

/** How many worker threads a run of `count` files is worth: none below the threshold, else one per core. */
export function workerCount(count: number, threshold: number): number {
  return count <= threshold ? 0 : Math.max(1, Math.min(availableParallelism(), Math.ceil(count / CHUNK)));
}

/**
 * Lints jobs on `threads` workers running dist/lintWorker.js (next to dist/cli.js). Chunks are handed out as
 * workers become free; results come back indexed, so the caller keeps input order.
 */
export async function lintInWorkers(jobs: LintJob[], init: WorkerInit, threads: number, onDone: (count: number) => void): Promise<Map<number, ReportFinding[]>> {
  const results = new Map<number, ReportFinding[]>();
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolvePromise, reject) => {
      const worker = new Worker(join(__dirname, 'lintWorker.js'), { workerData: init });
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolvePromise());
          return;
        }
        worker.postMessage(jobs.slice(next, next + CHUNK));
        next += CHUNK;
      };
      worker.on('message', (reply: WorkerReply) => {
        for (const r of reply) results.set(r.index, r.findings);
        onDone(reply.length);
        feed();
      });
      worker.on('error', reject);
      // After a normal finish the promise is already resolved and this is a no-op.
      worker.on('exit', (code) => reject(new Error(`lint worker stopped (exit code ${code})`)));
      feed();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}
