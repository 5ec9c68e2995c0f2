import { createHash } from 'node:crypto';
import { compareCycles, parseCycle, type Cycle } from '../../core/cycles/cycle';
import type { Locale } from '../../core/i18n';
import { sniffCycle } from '../../core/workspace/sniff';
import type { Settings } from '../../core/workspace/settings';
import { historyGroupOf, type LintJob } from './types';

/** What a cached result depends on, per job: its key, and the jobs whose parse its history rules read. */
export interface JobKeys {
  key: string;
  /** Indexes of the person's other reviews that may come earlier: parsed (not linted) when this job is re-linted. */
  history: number[];
}

function digest(parts: readonly string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('base64url');
}

/** The config and the templates (paths and texts) that apply. */
export function settingsDigest(settings: Settings): string {
  return digest([JSON.stringify(settings.config), ...settings.templates.flatMap((t) => [t.path, t.text])]);
}

/**
 * Whether a review of cycle `theirs` can be in the history of one of cycle `mine`: unless both name cycles and
 * `theirs` does not end first, it may (a cycle written in a way the sniff cannot read is counted, so a stale
 * result is never served).
 */
function mayPrecede(theirs: Cycle | undefined, mine: Cycle | undefined): boolean {
  if (!mine || !theirs) return true;
  return compareCycles(theirs.id, mine.id) < 0;
}

/**
 * Cache keys for a run: a job's key covers its text, the config and templates that apply, the message locale and
 * the text and settings of each review of the same person that may come earlier (what the cross-cycle rules
 * read). People are matched as the linter's chunks match them, so a key changes exactly when a result can.
 */
export function cacheKeys(jobs: readonly LintJob[], settings: readonly Settings[], localeOf: (settings: Settings) => Locale | 'auto'): Map<number, JobKeys> {
  const settingsDigests = settings.map(settingsDigest);
  // Each review's digest, person and cycle, read once: a person's reviews are compared pairwise. A linted file is
  // keyed by its bytes, not its decoded text: an invalid byte and a written U+FFFD decode alike, yet only one is an
  // io-error.
  const read = new Map(jobs.map((job) => {
    const cycle = parseCycle(job.unread ? job.unread.cycle : sniffCycle(job.text));
    return [job, { digest: digest([job.digest ?? job.text, settingsDigests[job.settingsId]]), person: historyGroupOf(job), cycle }];
  }));
  const people = new Map<string, LintJob[]>();
  for (const [job, { person }] of read) {
    if (person === undefined) continue;
    const group = people.get(person);
    if (group) group.push(job);
    else people.set(person, [job]);
  }
  const keys = new Map<number, JobKeys>();
  for (const [job, own] of read) {
    const earlier = own.person === undefined ? [] : people.get(own.person)!.filter((other) => other !== job && mayPrecede(read.get(other)!.cycle, own.cycle));
    const earlierDigests = earlier.map((other) => read.get(other)!.digest).sort();
    keys.set(job.index, { key: digest([localeOf(settings[job.settingsId]), own.digest, ...earlierDigests]), history: earlier.map((other) => other.index) });
  }
  return keys;
}
