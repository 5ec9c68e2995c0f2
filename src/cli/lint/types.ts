import type { AppliedFix } from '../../core/lint/applyFixes';
import type { Fix, Severity } from '../../core/lint/types';
import type { Text } from '../../core/i18n';
import type { ReviewSummary } from '../../core/report/summary';
import { sniffPerson } from '../../core/workspace/sniff';
import type { FileStamp } from '../../node/readText';

/** A finding as the CLI prints it: 1-based lines and UTF-16 columns, end exclusive. */
export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  data?: Record<string, unknown>;
  /** The quick fixes (0-based ranges, as the engine gives them); kept only by a linter asked to (the unified plugin). */
  fixes?: Fix[];
}

/** One entry of `--format json`: the file as given (or relative to the cwd) and its findings. */
export interface FileReport {
  file: string;
  findings: ReportFinding[];
  /** `--fix` / `--fix-dry-run`: what fixing changed in the file (absent when nothing). */
  fix?: FileFix;
}

/** What `--fix` did to one file's text (or, with `--fix-dry-run`, would do). */
export interface FileFix {
  /** The fixes applied, in order. */
  applied: AppliedFix[];
  /** The text before and after them, as linted: without a BOM. */
  source: string;
  output: string;
}

/** A file read and ready to lint. */
export interface LintJob {
  index: number;
  text: string;
  settingsId: number;
  /** A reading problem that did not stop linting (invalid UTF-8). */
  warning?: Text;
  /** Digest of the file's bytes, for `--cache` keys; undefined for reviews read only as history (their text stands for them). */
  digest?: string;
  /** The file's stat when read, stored by `--cache` with the digest. */
  stamp?: FileStamp;
  /**
   * Set when `--cache` found the file unchanged by its stat and did not read it: `text` is empty, and the person and
   * cycle its frontmatter names (what the cache keys need) come from the cache. Read before it is linted or parsed.
   */
  unread?: { person?: string; cycle?: string };
  /** Parsed only as history for the person's other reviews (its own result is cached); not linted, no result. */
  historyOnly?: boolean;
  /** Summarised for `mdreview report` without linting (a cycle the report only compares with): no findings. */
  summaryOnly?: boolean;
}

/**
 * The reviews a job's history is read from: the same person's under the same config (see `Workspace.personIndex`);
 * undefined when the frontmatter names nobody.
 */
export function historyGroupOf(job: LintJob): string | undefined {
  const person = personOf(job);
  return person === undefined ? undefined : historyGroup(job.settingsId, person);
}

/** The person the job's frontmatter names, folded by `personKey`. */
export function personOf(job: LintJob): string | undefined {
  return job.unread ? job.unread.person : sniffPerson(job.text);
}

/** `person`: a name folded by `personKey`. */
export function historyGroup(settingsId: number, person: string): string {
  return `${settingsId}\u0000${person}`;
}

/** Problems found while reading files or configs: ids and severities the reports share. */
export const IO_ERROR = 'io-error';
export const CONFIG_ERROR = 'config-error';

/** What linting one job gives: its findings and, when the run asked for one, the review's summary for `report`. */
export interface JobResult {
  index: number;
  findings: ReportFinding[];
  summary?: ReviewSummary;
}
