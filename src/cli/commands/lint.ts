import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { version } from '../../../package.json';
import type { Locale } from '../../core/i18n';
import { EXIT, type Command, type CommandContext } from '../command';
import { FORMATTERS } from '../format';
import { cacheFilePath, LintCache, toolIdentity } from '../lint/cache';
import { cacheKeys } from '../lint/cacheKeys';
import { discover } from '../lint/discover';
import { isInside } from '../../core/workspace/host';
import { nodeWorkspace, type NodeWorkspaceHost, toModelPath } from '../../node/workspaceHost';
import { historyJobs } from '../lint/history';
import { fileFinding, JobLinter } from '../lint/jobLinter';
import { chunkByPerson } from '../lint/chunks';
import { lintInWorkers, workerCount, type WorkerInit } from '../lint/pool';
import { Progress } from '../lint/progress';
import { Selector } from '../lint/select';
import { CONFIG_ERROR, IO_ERROR, type FileReport, type LintJob, type ReportFinding } from '../lint/types';
import { parseLocale } from '../locale';
import { t } from '../messages';

/** Above this many files the run is spread over worker threads, one per core. */
const PARALLEL_THRESHOLD = 200;
/** Files per unit of work: small enough to balance workers and move the progress line, large enough to batch. */
const CHUNK_SIZE = 32;

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  locale: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  'only-reviews': { type: 'boolean', default: false },
  color: { type: 'boolean', default: false },
  'no-color': { type: 'boolean', default: false },
  threads: { type: 'string' },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

const HELP = {
  en: `Usage: mdreview lint [paths or globs...] [options]

Lints performance reviews. Without paths: the Markdown files under the current folder that are reviews
(frontmatter with employee and cycle, or template:, or matched by the config's "files"), skipping
.gitignore'd files, the config's "ignore" globs, node_modules and .git. Files named explicitly are always linted.

Options:
  -f, --format <name>     stylish (default) | json | sarif | github | codequality
      --locale <en|zh>    message language (default: from LC_ALL / LANG)
  -c, --config <file>     use this config for every file instead of the nearest .mdreviewrc.*
      --max-warnings <n>  exit 1 when there are more than n warnings (-1: no limit)
  -q, --quiet             report errors only (warnings still count for --max-warnings)
      --only-reviews      skip named files that are not reviews (for git hooks that pass every staged .md)
      --color, --no-color force colour on or off (default: on for a terminal)
      --threads <n>       worker threads (default: one per core above ${PARALLEL_THRESHOLD} files; 0 = none)
      --cache             re-lint only files whose result can have changed (results kept in .mdreviewcache)
      --cache-location <path>  cache file, or a folder to hold .mdreviewcache (with --cache)
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no error-level findings, 1 error-level findings (or too many warnings), 2 usage or I/O failure.
`,
  zh: `用法：mdreview lint [路径或通配符...] [选项]

检查绩效面谈文档。不给路径时：检查当前目录下属于面谈文档的 Markdown 文件（frontmatter 含 employee 和 cycle，
或含 template:，或匹配配置中的 "files"），跳过 .gitignore 忽略的文件、配置中的 "ignore"、node_modules 和 .git。
明确指定的文件总会被检查。

选项：
  -f, --format <格式>     stylish（默认）| json | sarif | github | codequality
      --locale <en|zh>    消息语言（默认取自 LC_ALL / LANG）
  -c, --config <文件>     对所有文件使用此配置，而不是就近的 .mdreviewrc.*
      --max-warnings <n>  警告多于 n 个时以 1 退出（-1：不限）
  -q, --quiet             只报告错误（警告仍计入 --max-warnings）
      --only-reviews      跳过指定文件中不是面谈文档的（供传入所有暂存 .md 的 git 钩子使用）
      --color, --no-color 强制开启或关闭颜色（默认：终端中开启）
      --threads <n>       工作线程数（默认：超过 ${PARALLEL_THRESHOLD} 个文件时每核一个；0 = 不用）
      --cache             只重新检查结果可能变化的文件（结果保存在 .mdreviewcache）
      --cache-location <路径>  缓存文件，或存放 .mdreviewcache 的目录（与 --cache 一起用）
  -h, --help              显示本帮助
  -v, --version           显示版本

退出码：0 无错误级问题，1 有错误级问题（或警告过多），2 用法错误或读取失败。
`,
};

function usageError(context: CommandContext, locale: Locale, en: string, zh: string): number {
  context.stderr.write(`mdreview lint: ${{ en, zh }[locale]}\n${t(locale, 'seeHelp', { command: 'lint' })}\n`);
  return EXIT.failure;
}

function nonNegativeInt(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : null;
}

async function run(args: string[], context: CommandContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return usageError(context, context.locale, (e as Error).message, `参数有误：${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  const flagLocale = parseLocale(values.locale);
  if (values.locale !== undefined && !flagLocale) return usageError(context, context.locale, `--locale must be en or zh, not "${values.locale}"`, `--locale 只能是 en 或 zh，而不是“${values.locale}”`);
  const locale = flagLocale ?? context.locale;
  if (values.help) {
    context.stdout.write(HELP[locale]);
    return EXIT.ok;
  }
  if (values.version) {
    context.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const formatter = Object.hasOwn(FORMATTERS, values.format) ? FORMATTERS[values.format] : undefined;
  if (!formatter) return usageError(context, locale, `unknown format "${values.format}" (${Object.keys(FORMATTERS).join(', ')})`, `未知格式“${values.format}”（可选 ${Object.keys(FORMATTERS).join('、')}）`);
  // -1 is ESLint's "no limit", accepted so shared CI scripts can pass it through.
  const maxWarnings = values['max-warnings'] === '-1' ? undefined : nonNegativeInt(values['max-warnings']);
  const threadsFlag = nonNegativeInt(values.threads);
  if (maxWarnings === null) return usageError(context, locale, '--max-warnings takes a whole number', '--max-warnings 需要一个非负整数');
  if (threadsFlag === null) return usageError(context, locale, '--threads takes a whole number', '--threads 需要一个非负整数');

  const { candidates, missing } = await discover(positionals, context.cwd, values['only-reviews']);
  const { cwd } = context;
  // Earlier reviews of the linted people are looked up in the repositories of the linted files (the cwd outside
  // one), unless the run walks that whole folder anyway.
  const lintedPaths = new Set<string>();
  const walked = candidates.filter((c) => c.reviewsOnly && c.searchRoot).map((c) => toModelPath(c.searchRoot!));
  const scanRoots = (host: NodeWorkspaceHost): string[] => [...new Set([...lintedPaths].map((p) => host.rootOf(p) ?? toModelPath(cwd)))].filter((root) => !walked.some((w) => isInside(root, w)));
  const { gitignore, host, workspace } = nodeWorkspace(cwd, scanRoots, values.config);
  const locator = workspace.settings;
  const selector = new Selector(gitignore);

  // Read and select every candidate (reading concurrently), keeping the input order.
  const selections = await Promise.all(
    candidates.map(async (c) => {
      const settings = await locator.forFile(toModelPath(c.path));
      return { settings, selection: await selector.select(c, settings) };
    }),
  );
  const reports: FileReport[] = [];
  const jobs: LintJob[] = [];
  /** Absolute path of each report's file, by report index (the cache's keys). */
  const paths: string[] = [];
  for (const [i, { settings, selection }] of selections.entries()) {
    if (selection.kind === 'skip') continue;
    const candidate = candidates[i];
    const index = reports.push({ file: candidate.display, findings: [] }) - 1;
    paths[index] = candidate.path;
    if (selection.kind === 'failed') reports[index].findings.push(fileFinding(IO_ERROR, 'error', selection.message[locale]));
    else {
      jobs.push({ index, text: selection.text, warning: selection.warning, settingsId: settings.id });
      lintedPaths.add(toModelPath(candidate.path));
    }
  }
  for (const m of missing) reports.push({ file: m.display, findings: [fileFinding(IO_ERROR, 'error', m.message[locale])] });
  const history = await historyJobs(workspace, host, jobs, lintedPaths, reports.length);
  for (const p of locator.problems) reports.push({ file: p.path, findings: p.messages.map((m) => fileFinding(CONFIG_ERROR, 'error', t(locale, 'invalidConfig', { message: m }))) });

  const init = { settings: locator.all, locale: { flag: flagLocale, env: context.locale } };
  const withHistory = [...jobs, ...history];
  const cached = values.cache ? await fromCache(withHistory, paths, init, await cacheFilePath(context.cwd, values['cache-location']), context, locale) : undefined;
  const toLint = cached?.toLint ?? withHistory;
  const lintCount = toLint.filter((job) => !job.historyOnly).length;
  const progress = new Progress(context.stderr, lintCount, locale, context.env);
  const chunks = chunkByPerson(toLint, CHUNK_SIZE);
  const threads = threadsFlag ?? workerCount(lintCount, chunks.length, PARALLEL_THRESHOLD);
  let done = new Map<number, ReportFinding[]>();
  if (threads > 0) {
    // A worker that cannot start (e.g. dist/lintWorker.js missing) is no reason to fail: lint in-process instead.
    done = await lintInWorkers(chunks, init, threads, (n) => progress.advance(n)).catch((e: Error) => {
      context.stderr.write(`${t(locale, 'workersFailed', { error: e.message })}\n`);
      return new Map();
    });
  }
  const linter = new JobLinter(init.settings, init.locale);
  for (const chunk of chunks) {
    if (chunk.every((job) => job.historyOnly || done.has(job.index))) continue;
    const results = linter.lintChunk(chunk);
    for (const r of results) done.set(r.index, r.findings);
    progress.advance(results.length);
  }
  progress.finish();
  if (cached) {
    const note = await cached.store(done);
    if (note) context.stderr.write(`mdreview: ${note[locale]}\n`);
    for (const [index, findings] of cached.hits) done.set(index, findings);
  }
  for (const job of jobs) reports[job.index].findings = done.get(job.index)!;

  const failures = reports.filter((r) => r.findings.some((f) => (f.ruleId === IO_ERROR || f.ruleId === CONFIG_ERROR) && f.severity === 'error'));
  for (const r of failures) for (const f of r.findings) if (f.severity === 'error') context.stderr.write(`mdreview: ${r.file}: ${f.message}\n`);
  const all = reports.flatMap((r) => r.findings);
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const shown = values.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  const env = context.env;
  const color = !values['no-color'] && (values.color || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') || (Boolean(context.stdout.isTTY) && !env.NO_COLOR));
  context.stdout.write(formatter(shown, { locale, color, cwd: context.cwd, packageRoot: resolve(__dirname, '..'), version, fileCount: jobs.length }));

  if (failures.length) return EXIT.failure;
  if (all.some((f) => f.severity === 'error')) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    context.stderr.write(`${t(locale, 'tooManyWarnings', { warnings, max: maxWarnings })}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

/**
 * `--cache`: takes the results whose key is unchanged from the cache file and says what is left to lint: the
 * misses, plus (parse-only) the earlier reviews their history rules read. `store` saves the new results.
 */
async function fromCache(jobs: readonly LintJob[], paths: readonly string[], init: WorkerInit, cacheFile: string, context: CommandContext, locale: Locale) {
  const { cache, note } = await LintCache.open(cacheFile, await toolIdentity(version, __filename));
  if (note) context.stderr.write(`mdreview: ${note[locale]}\n`);
  const keys = cacheKeys(jobs, init.settings, (s) => init.locale.flag ?? s.config.locale ?? init.locale.env);
  const hits = new Map<number, ReportFinding[]>();
  const misses: LintJob[] = [];
  for (const job of jobs) {
    // Earlier reviews read for history only (not linted in this run) have no result of their own.
    if (job.historyOnly) continue;
    const findings = cache.get(paths[job.index], keys.get(job.index)!.key);
    if (findings) hits.set(job.index, findings);
    else misses.push(job);
  }
  const missed = new Set(misses.map((job) => job.index));
  const history = new Set(misses.flatMap((job) => keys.get(job.index)!.history).filter((index) => !missed.has(index)));
  const toLint = jobs.filter((job) => missed.has(job.index) || history.has(job.index)).map((job) => (history.has(job.index) ? { ...job, historyOnly: true } : job));
  return {
    hits,
    toLint,
    store: (done: ReadonlyMap<number, ReportFinding[]>) => {
      for (const job of misses) cache.set(paths[job.index], keys.get(job.index)!.key, done.get(job.index)!);
      return cache.save();
    },
  };
}

export const lintCommand: Command = {
  name: 'lint',
  summary: { en: 'check reviews for missing sections, vague goals, action items without owner or date…', zh: '检查面谈文档：缺失章节、不符合 SMART 的目标、缺少责任人或时间的行动项……' },
  run,
};
