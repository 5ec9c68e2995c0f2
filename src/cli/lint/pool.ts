import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../../core/i18n';
import type { Settings } from '../../core/workspace/settings';
import type { JobResult, LintJob } from './types';

export interface WorkerInit {
  settings: Settings[];
  locale: { flag?: Locale; env: Locale };
  /** Also summarise each review (for `mdreview report`). */
  summarize: boolean;
}
export type WorkerReply = JobResult[];

/** How many worker threads a run is worth: none up to `threshold` files, else one per core (at most one per chunk). */
export function workerCount(files: number, chunks: number, threshold: number): number {
  return files <= threshold ? 0 : Math.max(1, Math.min(availableParallelism(), chunks));
}

/**
 * Lints chunks on `threads` workers running dist/lintWorker.js (next to dist/cli.js). Chunks are handed out as
 * workers become free, which balances the load; results come back indexed, so the caller keeps input order.
 */
export async function lintInWorkers(chunks: LintJob[][], init: WorkerInit, threads: number, onDone: (count: number) => void): Promise<Map<number, JobResult>> {
  const results = new Map<number, JobResult>();
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolvePromise, reject) => {
      const worker = new Worker(join(__dirname, 'lintWorker.js'), { workerData: init });
      let finished = false;
      const feed = () => {
        if (next >= chunks.length) {
          // Resolve first: terminating fires 'exit', which must not count as a failure.
          finished = true;
          resolvePromise();
          void worker.terminate();
          return;
        }
        worker.postMessage(chunks[next++]);
      };
      worker.on('message', (reply: WorkerReply) => {
        for (const r of reply) results.set(r.index, r);
        onDone(reply.length);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!finished) reject(new Error(`lint worker stopped (exit code ${code})`));
      });
      feed();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results;
}
