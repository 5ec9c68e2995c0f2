// The lint pipeline shared by `mdreview lint` and `mdreview report`: find the files, read and select them,
// take unchanged results from the cache (--cache), lint the rest (on worker threads for large runs), and
// collect one report per file in input order.
import type { ReviewNeed } from '../../core/report/cycleReport';
import { version } from '../../../package.json';
import { text, type Locale } from '../../core/i18n';
import { ranOutOfTime } from '../../core/lint/lint';
import { isInside } from '../../core/workspace/host';
import { historyScope, type Settings } from '../../core/workspace/settings';
import { HISTORY_SCAN_LIMIT, nodeWorkspace, toModelPath } from '../../node/workspaceHost';
import type { CommandContext } from '../command';
import { t } from '../messages';
import { cacheFilePath, LintCache, toolIdentity, type StoredRead } from './cache';
import { cacheKeys, settingsDigest } from './cacheKeys';
import { chunkByPerson } from './chunks';
import { discover, displayPath } from './discover';
import { historyJobs } from './history';
import { fixFiles } from './fix';
import { fileFinding, JobLinter } from './jobLinter';
import { lintShared, WorkerFailure, workerCount, type WorkerInit } from './pool';
import { Progress } from './progress';
import { Selector, type KnownFile } from './select';
import { CONFIG_ERROR, IO_ERROR, personOf, type FileReport, type JobResult, type LintJob, type ReportFinding } from './types';
import { escapeControlsInText } from '../../core/text/controls';
import { sniffCycle } from '../../core/workspace/sniff';
import { readText } from '../../node/readText';

/** Above this many files the main thread shares the linting with worker threads (one per core but one). */
export const PARALLEL_THRESHOLD = 200;
/** Files per unit of work: small enough to balance workers and move the progress line, large enough to batch. */
const CHUNK_SIZE = 32;

export interface RunOptions {
  positionals: string[];
  config?: string;
  /** Only files that are reviews, even when named explicitly (for hooks that pass every staged file). */
  onlyReviews?: boolean;
  /** Worker threads; undefined: decided by the number of files. */
  threads?: number;
  locale: { flag?: Locale; env: Locale };
  /** Summarise each review too (for `mdreview report`). */
  summarize: boolean;
  /** Follow symlinks that lead out of the walked folders (`--follow-symlinks`). */
  followSymlinks?: boolean;
  /** A folder or glob named on the command line that yields no file is no error (`--no-error-on-unmatched-pattern`). */
  allowUnmatched?: boolean;
  /** `--cache`: where the cache lives (a file, a folder, or undefined for the default). */
  cache?: { location?: string };
  /**
   * What each read review needs (`mdreview report`): linted, only summarised, or only read as the history of
   * the others. Undefined: every review is linted.
   */
  narrow?: (reviews: readonly { index: number; text: string }[]) => ReviewNeed[];
  /** `--fix` (`write`) or `--fix-dry-run`: apply the findings' mechanical fixes; the reports give what remains. */
  fix?: { write: boolean };
}

export interface RunResult {
  /** One per file, in input order; reading and config problems included (and, with `fix`, what was fixed). */
  reports: FileReport[];
  /** The linted files' results by their index in `reports`. */
  results: Map<number, JobResult>;
  /** Files reading or config problems stopped. */
  failures: FileReport[];
  /** How many files were linted. */
  linted: number;
}

export async function runLint(options: RunOptions, context: CommandContext): Promise<RunResult> {
  const locale = options.locale.flag ?? options.locale.env;
  const followSymlinks = options.followSymlinks ?? false;
  const { candidates, problems, folders } = await discover(options.positionals, context.cwd, { onlyReviews: options.onlyReviews, followSymlinks, allowUnmatched: options.allowUnmatched });
  const { cwd } = context;
  // Earlier reviews of the linted people are looked up in the repositories of the linted files (outside one, see
  // `historyScope`), unless the run walks that whole folder anyway.
  const lintedPaths = new Set<string>();
  const historyScopes = new Set<string>();
  const walked = candidates.filter((c) => c.reviewsOnly && c.searchRoot).map((c) => toModelPath(c.searchRoot!));
  const scanRoots = (): string[] => [...historyScopes].filter((root) => !walked.some((w) => isInside(root, w)));
  const { gitignore, host, workspace } = nodeWorkspace(cwd, scanRoots, options.config, followSymlinks);
  const locator = workspace.settings;
  const selector = new Selector(gitignore);
  const opened = options.cache && (await openCache(context, options.cache.location, locale));
  // Stat first: a file the cache knows unchanged is not read, unless the run needs every text (fixes, summaries).
  const settingsDigests = new Map<number, string>();
  const known = (settings: Settings): KnownFile | undefined => {
    if (!opened || options.fix || options.summarize || options.narrow) return undefined;
    if (!settingsDigests.has(settings.id)) settingsDigests.set(settings.id, settingsDigest(settings));
    return (path, stat) => opened.unchanged(path, stat, settingsDigests.get(settings.id)!);
  };

  // Read and select every candidate (reading concurrently), keeping the input order.
  const selections = await Promise.all(
    candidates.map(async (c) => {
      const settings = await locator.forFile(toModelPath(c.path));
      return { settings, selection: await selector.select(c, settings, known(settings)) };
    }),
  );
  const reports: FileReport[] = [];
  const jobs: LintJob[] = [];
  /** Absolute path of each report's file, by report index (the cache's keys). */
  const paths: string[] = [];
  const yielding = new Set<string>();
  for (const [i, { settings, selection }] of selections.entries()) {
    if (selection.kind === 'skip') continue;
    const candidate = candidates[i];
    if (candidate.operand !== undefined) yielding.add(candidate.operand);
    const index = reports.push({ file: candidate.display, findings: [] }) - 1;
    paths[index] = candidate.path;
    if (selection.kind !== 'lint') reports[index].findings.push(fileFinding(IO_ERROR, selection.kind === 'failed' ? 'error' : 'warning', selection.message[locale]));
    else {
      const { text: read, warning, digest, stamp, unread } = selection;
      jobs.push({ index, text: read, warning, digest, stamp, unread, settingsId: settings.id });
      const path = toModelPath(candidate.path);
      lintedPaths.add(path);
      historyScopes.add(host.rootOf(path) ?? historyScope(path, settings));
      if (!unread) workspace.remember(path, read);
    }
  }
  if (options.narrow) {
    const needs = options.narrow(jobs);
    jobs.forEach((job, i) => {
      if (needs[i] === 'history') job.historyOnly = true;
      if (needs[i] === 'summary') job.summaryOnly = true;
    });
  }
  // As in ESLint: a folder named on the command line in which no review is found is a mistake (a typo, a wrong cwd).
  for (const folder of options.allowUnmatched ? [] : folders.filter((f) => !yielding.has(f))) {
    problems.push({ display: folder, severity: 'error', message: text('no review found in this folder (--no-error-on-unmatched-pattern allows that)', '该目录中没有面谈记录（加 --no-error-on-unmatched-pattern 可允许）') });
  }
  for (const p of problems) reports.push({ file: p.display, findings: [fileFinding(IO_ERROR, p.severity, p.message[locale])] });
  const history = await historyJobs(workspace, host, jobs, lintedPaths, reports.length);
  for (const folder of host.truncatedScans) context.stderr.write(`${t(locale, 'historyScanLimit', { folder: displayPath(cwd, folder), limit: HISTORY_SCAN_LIMIT })}\n`);
  for (const p of gitignore.problems) reports.push({ file: displayPath(cwd, p.path), findings: [fileFinding(IO_ERROR, 'warning', t(locale, 'unreadableGitignore', { message: p.message[locale] }))] });
  for (const p of locator.problems) reports.push({ file: displayPath(cwd, p.path), findings: p.messages.map((m) => fileFinding(CONFIG_ERROR, 'error', t(locale, 'invalidConfig', { message: m[locale] }))) });

  const init: WorkerInit = { settings: locator.all, flagLocale: options.locale.flag, summarize: options.summarize, keepFixes: options.fix !== undefined };
  const withHistory = [...jobs, ...history];
  const cached = opened ? await fromCache(withHistory, paths, init, opened, settingsDigests) : undefined;
  const toLint = cached?.toLint ?? withHistory;
  const lintCount = toLint.filter((job) => !job.historyOnly).length;
  const progress = new Progress(context.stderr, lintCount, locale, context.env);
  const chunks = chunkByPerson(toLint, CHUNK_SIZE);
  const workers = options.threads ?? workerCount(lintCount, chunks.length, PARALLEL_THRESHOLD);
  const linter = new JobLinter(init.settings, init.flagLocale, init.summarize, init.keepFixes);
  const advance = (n: number) => progress.advance(n);
  // A worker that cannot start (e.g. dist/lintWorker.js missing) is no reason to fail: lint in-process instead.
  const done = await lintShared(chunks, init, workers, (chunk) => linter.lintChunk(chunk), advance).catch((e: unknown) => {
    if (!(e instanceof WorkerFailure)) throw e;
    context.stderr.write(`${t(locale, 'workersFailed', { error: e.message })}\n`);
    return new Map<number, JobResult>();
  });
  for (const chunk of chunks) {
    if (chunk.every((job) => job.historyOnly || done.has(job.index))) continue;
    const results = linter.lintChunk(chunk);
    for (const r of results) done.set(r.index, r);
    advance(results.length);
  }
  progress.finish();
  if (cached) for (const [index, findings] of cached.hits) done.set(index, { index, findings });
  const fixed = options.fix && (await fixFiles(jobs, withHistory, done, linter, paths, options.fix.write));
  if (cached) {
    const note = await cached.store(done, fixed && { relinted: fixed.relinted, written: options.fix?.write === true });
    if (note) context.stderr.write(escapeControlsInText(`mdreview: ${note[locale]}\n`));
  }
  for (const job of jobs) {
    const result = done.get(job.index);
    if (!result) continue;
    const problem = fixed?.problems.get(job.index);
    reports[job.index].findings = problem ? [fileFinding(IO_ERROR, 'error', problem[locale]), ...result.findings] : result.findings;
    const fix = fixed?.fixes.get(job.index);
    if (fix) reports[job.index].fix = fix;
    if (result.summary) result.summary.file = reports[job.index].file;
  }

  return { reports, results: done, failures: failuresOf(reports, context), linted: jobs.length };
}

/** The reports of files that reading or config problems stopped; their errors are printed on stderr too. */
export function failuresOf(reports: readonly FileReport[], context: CommandContext): FileReport[] {
  const failures = reports.filter((r) => r.findings.some((f) => (f.ruleId === IO_ERROR || f.ruleId === CONFIG_ERROR) && f.severity === 'error'));
  for (const r of failures) for (const f of r.findings) if (f.severity === 'error') context.stderr.write(escapeControlsInText(`mdreview: ${r.file}: ${f.message}\n`));
  return failures;
}

/** Opens the `--cache` file (a note on stderr when it was damaged). */
async function openCache(context: CommandContext, location: string | undefined, locale: Locale): Promise<LintCache> {
  const { cache, note } = await LintCache.open(await cacheFilePath(context.cwd, location), await toolIdentity(version, __filename));
  if (note) context.stderr.write(escapeControlsInText(`mdreview: ${note[locale]}\n`));
  return cache;
}

/**
 * Reads the files selected unread that must now be linted or parsed. False when one of them is not what the cache
 * said (its bytes, person or cycle; a damaged entry, or a file gone): the keys are then computed again from what was read.
 */
async function readUnread(jobs: readonly LintJob[], paths: readonly string[]): Promise<boolean> {
  let asStored = true;
  for (const job of jobs.filter((j) => j.unread)) {
    const stored = { digest: job.digest, ...job.unread };
    const file = await readText(paths[job.index]);
    Object.assign(job, file.ok ? { text: file.text, warning: file.warning, digest: file.digest, stamp: file.stamp } : { text: '', warning: file.message, digest: undefined }, { unread: undefined });
    if (job.digest !== stored.digest || personOf(job) !== stored.person || sniffCycle(job.text) !== stored.cycle) asStored = false;
  }
  return asStored;
}

/**
 * `--cache`: takes the results whose key is unchanged from the cache file and says what is left to lint: the
 * misses, plus (parse-only) the earlier reviews their history rules read. `store` saves the new results, with each
 * file's stat and what the keys read from it, so an unchanged file is not read next time.
 */
async function fromCache(jobs: readonly LintJob[], paths: readonly string[], init: WorkerInit, cache: LintCache, settingsDigests: Map<number, string>) {
  // Without a flag or a config locale, each review's language is its text's, which the key already covers.
  const localeOf = (s: Settings) => init.flagLocale ?? s.config.locale ?? 'auto';
  const plan = () => {
    const keys = cacheKeys(jobs, init.settings, localeOf);
    const hits = new Map<number, ReportFinding[]>();
    const misses: LintJob[] = [];
    for (const job of jobs) {
      // Earlier reviews read for history only (not linted in this run) have no result of their own.
      if (job.historyOnly) continue;
      const findings = cache.get(paths[job.index], keys.get(job.index)!.key);
      // As in ESLint: with --fix a file with findings is linted again, for the fixes the cache does not keep.
      if (findings && !(init.keepFixes && findings.length)) hits.set(job.index, findings);
      else misses.push(job);
    }
    const missed = new Set(misses.map((job) => job.index));
    const history = new Set(misses.flatMap((job) => keys.get(job.index)!.history).filter((index) => !missed.has(index)));
    return { keys, hits, misses, missed, history };
  };
  let planned = plan();
  while (!(await readUnread(jobs.filter((job) => planned.missed.has(job.index) || planned.history.has(job.index)), paths))) planned = plan();
  const { keys, hits, misses, missed, history } = planned;
  const toLint = jobs.filter((job) => missed.has(job.index) || history.has(job.index)).map((job) => (history.has(job.index) ? { ...job, historyOnly: true } : job));
  const storedRead = (job: LintJob): StoredRead | undefined => {
    if (!job.stamp || !job.digest) return undefined;
    const settings = settingsDigests.get(job.settingsId) ?? settingsDigest(init.settings[job.settingsId]);
    return { stamp: job.stamp, digest: job.digest, settings, person: personOf(job), cycle: sniffCycle(job.text) };
  };
  const byIndex = new Map(jobs.map((job) => [job.index, job]));
  return {
    hits,
    toLint,
    /**
     * `fixed`: the results --fix computed again. Once the fixes are written they are the files' results, under the
     * keys of their new texts; a dry run's are those of texts that are not on disk, and are not stored.
     */
    store: (done: ReadonlyMap<number, JobResult>, fixed?: { relinted: ReadonlySet<number>; written: boolean }) => {
      const renewed = fixed?.written ? [...fixed.relinted] : [];
      const current = renewed.length ? cacheKeys(jobs, init.settings, localeOf) : keys;
      // Results served from the cache for files read this run (racy ones, or read as history): their stat, if now trusted.
      for (const index of hits.keys()) {
        const read = storedRead(byIndex.get(index)!);
        if (read) cache.refresh(paths[index], read);
      }
      for (const index of new Set([...misses.map((job) => job.index), ...renewed])) {
        if (fixed && !fixed.written && fixed.relinted.has(index)) continue;
        const { findings } = done.get(index)!;
        // A file --fix rewrote has a new stat: it is read again next time.
        if (!ranOutOfTime(findings)) cache.set(paths[index], current.get(index)!.key, findings, renewed.includes(index) ? undefined : storedRead(byIndex.get(index)!));
      }
      return cache.save();
    },
  };
}
