import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../../core/i18n';
import type { Settings } from '../../core/workspace/settings';
import type { JobResult, LintJob } from './types';

export interface WorkerInit {
  settings: Settings[];
  /** The `--locale` flag, for the findings' language. */
  flagLocale: Locale | undefined;
  /** Also summarise each review (for `mdreview report`). */
  summarize: boolean;
  /** Findings keep their quick fixes (for `--fix`). */
  keepFixes?: boolean;
}
export type WorkerReply = JobResult[];

/**
 * How many worker threads a run is worth beside the main thread, which lints too: none up to `threshold` files,
 * else one per core but one, and no more than there are chunks for.
 */
export function workerCount(files: number, chunks: number, threshold: number): number {
  return files <= threshold ? 0 : Math.max(0, Math.min(availableParallelism(), chunks) - 1);
}

/**
 * Chunks each worker holds at once: one being linted, one queued, so a worker never waits for the main thread,
 * which hands out chunks only between its own.
 */
const IN_FLIGHT = 2;

/**
 * A worker's young generation, in MB (V8's default is about 48): a file's parse and findings die young, so a small
 * one is collected as cheaply and keeps peak RSS ~25 MB lower per worker (bench files, measured interleaved).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** A worker thread that could not start or stopped: the caller may lint in the main thread instead. */
export class WorkerFailure extends Error {}

/**
 * Lints `chunks` on the main thread (`lintHere`) and on `workers` threads running dist/lintWorker.js (next to
 * dist/cli.js), all taking chunks from one queue, which balances the load. Sharing the work with the main thread,
 * which would otherwise wait idle, saves one worker's start-up and JIT warm-up. Results come back indexed, so the
 * caller keeps input order. Rejects with a WorkerFailure when a worker fails; whatever stops the run, no worker is
 * left running.
 */
export async function lintShared(
  chunks: readonly LintJob[][],
  init: WorkerInit,
  workers: number,
  lintHere: (chunk: LintJob[]) => JobResult[],
  onDone: (count: number) => void,
): Promise<Map<number, JobResult>> {
  const results = new Map<number, JobResult>();
  const record = (reply: WorkerReply) => {
    for (const r of reply) results.set(r.index, r);
    onDone(reply.length);
  };
  let next = 0;
  const take = () => (next < chunks.length ? chunks[next++] : undefined);
  const started: Worker[] = [];
  const runWorker = () =>
    new Promise<void>((resolvePromise, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(join(__dirname, 'lintWorker.js'), { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      } catch (e) {
        reject(new WorkerFailure((e as Error).message));
        return;
      }
      started.push(worker);
      let inFlight = 0;
      let finished = false;
      const feed = () => {
        for (let chunk = inFlight < IN_FLIGHT ? take() : undefined; chunk; chunk = inFlight < IN_FLIGHT ? take() : undefined) {
          worker.postMessage(chunk);
          inFlight++;
        }
        if (inFlight === 0) {
          // Resolve first: terminating fires 'exit', which must not count as a failure.
          finished = true;
          resolvePromise();
          void worker.terminate();
        }
      };
      worker.on('message', (reply: WorkerReply) => {
        inFlight--;
        record(reply);
        feed();
      });
      worker.on('error', (e) => reject(new WorkerFailure(e.message)));
      worker.on('exit', (code) => {
        if (!finished) reject(new WorkerFailure(`lint worker stopped (exit code ${code})`));
      });
      feed();
    });
  // Settled into a value at once: a worker failing while the main thread lints is no unhandled rejection.
  const failure = Promise.all(Array.from({ length: workers }, runWorker)).then(
    () => undefined,
    (e: unknown) => e as WorkerFailure,
  );
  let stopped = false;
  void failure.then((e) => (stopped = e !== undefined));
  try {
    for (let chunk = take(); chunk && !stopped; chunk = take()) {
      record(lintHere(chunk));
      // Let the workers' replies in, so they get their next chunks while this thread lints its own.
      await nextTurn();
    }
    const error = await failure;
    if (error) throw error;
    return results;
  } finally {
    // Workers that finished have stopped already; this stops the others when a worker or the main thread failed.
    await Promise.all(started.map((w) => w.terminate()));
  }
}
