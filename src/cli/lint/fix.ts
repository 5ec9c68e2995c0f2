// `mdreview lint --fix` / `--fix-dry-run` in memory: the findings' mechanical fixes applied pass after pass, each
// changed review re-linted with the same person's other reviews (its history, and it theirs) so every result is
// that of the fixed texts; then the files written back (fixWrite.ts).
import type { Text } from '../../core/i18n';
import { fixPass, MAX_FIX_PASSES } from '../../core/lint/applyFixes';
import { writeFix } from './fixWrite';
import type { JobLinter } from './jobLinter';
import { historyGroupOf, type FileFix, type JobResult, type LintJob } from './types';

/**
 * Lints `changed` again with every job of `all` that shares a person's history with them, replacing their results
 * (so `linter` must keep fixes); the indexes of the results replaced.
 */
export function relint(changed: readonly LintJob[], all: readonly LintJob[], results: Map<number, JobResult>, linter: JobLinter): number[] {
  const groups = new Set(changed.map(historyGroupOf).filter((g) => g !== undefined));
  const affected = all.filter((job) => changed.includes(job) || groups.has(historyGroupOf(job)!));
  const relinted = linter.lintChunk(affected);
  for (const result of relinted) results.set(result.index, result);
  return relinted.map((r) => r.index);
}

/**
 * Fixes the texts of `jobs` (their `text` becomes the fixed one) from their `results`, which are updated; `all`:
 * every job of the run, history included. A file that is not valid UTF-8 is left alone: written back, its invalid
 * bytes would become U+FFFD. Returns what was fixed, by job index, and the indexes of every result re-linted.
 */
export function fixJobs(jobs: readonly LintJob[], all: readonly LintJob[], results: Map<number, JobResult>, linter: JobLinter): { fixes: Map<number, FileFix>; relinted: Set<number> } {
  const fixes = new Map<number, FileFix>();
  const relinted = new Set<number>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const changed: LintJob[] = [];
    for (const job of jobs) {
      const next = job.warning ? undefined : fixPass(job.text, results.get(job.index)?.findings ?? []);
      if (!next) continue;
      const fix = fixes.get(job.index) ?? { applied: [], source: job.text, output: job.text };
      fix.applied.push(...next.applied);
      fix.output = job.text = next.text;
      fixes.set(job.index, fix);
      changed.push(job);
    }
    if (!changed.length) break;
    for (const index of relint(changed, all, results, linter)) relinted.add(index);
  }
  return { fixes, relinted };
}

/**
 * `--fix` over a run: fixes the linted `jobs`, then writes each changed file back (with `write` false, for
 * `--fix-dry-run`, only checks that it could be). A file left as it was gets its text back and is re-linted; its
 * problem is returned, to be reported. `paths`: the files by job index.
 */
export async function fixFiles(jobs: readonly LintJob[], all: readonly LintJob[], results: Map<number, JobResult>, linter: JobLinter, paths: readonly string[], write: boolean) {
  const { fixes, relinted } = fixJobs(jobs, all, results, linter);
  const problems = new Map<number, Text>();
  const reverted: LintJob[] = [];
  for (const job of jobs) {
    const fix = fixes.get(job.index);
    if (!fix) continue;
    const outcome = await writeFix(paths[job.index], job.digest, fix, write);
    if ('digest' in outcome) {
      // The file's bytes now: the cache keys it by them.
      if (write) job.digest = outcome.digest;
      continue;
    }
    problems.set(job.index, outcome.problem);
    fixes.delete(job.index);
    job.text = fix.source;
    reverted.push(job);
  }
  if (reverted.length) for (const index of relint(reverted, all, results, linter)) relinted.add(index);
  return { fixes, relinted, problems };
}
