import { historyGroupOf, type LintJob } from './types';

/**
 * Splits jobs into chunks of about `size`, never separating one person's reviews: a chunk is linted as a unit,
 * and each review's history (the person's earlier reviews) is read from its own chunk.
 */
export function chunkByPerson(jobs: LintJob[], size: number): LintJob[][] {
  const groups = new Map<string, LintJob[]>();
  for (const job of jobs) {
    const key = historyGroupOf(job) ?? `\u0000${job.index}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(job);
  }
  const chunks: LintJob[][] = [];
  let current: LintJob[] = [];
  for (const group of groups.values()) {
    if (current.length && current.length + group.length > size) {
      chunks.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length) chunks.push(current);
  return chunks;
}
