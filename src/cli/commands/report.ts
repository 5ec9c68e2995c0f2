import { realpath, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { parseCycle } from '../../core/cycles/cycle';
import type { Locale } from '../../core/i18n';
import { buildCycleReport, reportPlan, type CycleReport } from '../../core/report/cycleReport';
import { reportCsv } from '../../core/report/csv';
import { reportHtml } from '../../core/report/html';
import { reportMarkdown } from '../../core/report/markdown';
import { placedSummary, reviewsLocale, type ReviewSummary } from '../../core/report/summary';
import { sniffCycle, sniffEmployee } from '../../core/workspace/sniff';
import { readArgs, usageError } from '../args';
import { EXIT, type Command, type CommandContext } from '../command';
import { PARALLEL_THRESHOLD, runLint } from '../lint/run';
import { t } from '../messages';
import { escapeControlsInJson, escapeControlsInText } from '../../core/text/controls';

const OPTIONS = {
  cycle: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'md' },
  output: { type: 'string', short: 'o' },
  locale: { type: 'string' },
  config: { type: 'string', short: 'c' },
  threads: { type: 'string' },
  'follow-symlinks': { type: 'boolean', default: false },
  'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const FORMATS: Record<string, (report: CycleReport, locale: Locale) => string> = {
  md: reportMarkdown,
  html: (report, locale) => reportHtml(report, locale, { version }),
  json: (report) => `${JSON.stringify({ version, ...report }, null, 2)}\n`,
  csv: reportCsv,
};

const HELP = {
  en: `Usage: mdreview report [paths or globs...] [options]

The cycle at a glance: for one review cycle, one row per person (status, findings, KPI attainment, goals,
open action items, follow-ups missing, change against the previous cycle), the people reviewed last cycle
who have no review in this one, duplicate reviews, and the spread of attainment. Files are found as by
mdreview lint; the cycle's reviews are linted, earlier ones are read as their history (and the previous
cycle's for the change column), so findings and the exit code are those of the reported cycle.

Options:
      --cycle <id>        the cycle to report, e.g. 2026-Q3 or 2026年第三季度 (default: the latest one)
  -f, --format <name>     md (default, for a pull-request comment) | html (one self-contained file) | json | csv
  -o, --output <file>     write to this file instead of stdout
      --locale <en|zh>    language (default: the language most reviews are written in)
  -c, --config <file>     use this config for every file instead of the nearest .mdreviewrc.*
      --threads <n>       worker threads linting beside the main thread (default: cores - 1 above ${PARALLEL_THRESHOLD} files; 0 = none)
      --follow-symlinks   follow symbolic links that lead out of a walked folder (default: report them, not follow)
      --no-error-on-unmatched-pattern  a folder or glob that yields no review is no error (default: exit 2)
  -h, --help              show this help

Exit codes as mdreview lint, for the reported cycle: 0 no error-level findings, 1 error-level findings,
2 usage or I/O failure.
`,
  zh: `用法：mdreview report [路径或通配符...] [选项]

周期概览：某个面谈周期里每人一行（状态、问题数、各 KPI 达成率、目标、未完成行动项、未跟进事项、与上一周期相比的变化），
上一周期有面谈而本周期没有的人、重复的面谈，以及达成率分布。文件的查找方式与 mdreview lint 相同；
只检查该周期的面谈，以前周期的面谈作为历史读取（上一周期的还用于计算变化），所以问题和退出码只涉及该周期。

选项：
      --cycle <周期>      要汇总的周期，如 2026-Q3 或 2026年第三季度（默认：最新的周期）
  -f, --format <格式>     md（默认，适合贴到合并请求）| html（单个自包含文件）| json | csv
  -o, --output <文件>     写入此文件而不是标准输出
      --locale <en|zh>    语言（默认：多数面谈所用的语言）
  -c, --config <文件>     对所有文件使用此配置，而不是就近的 .mdreviewrc.*
      --threads <n>       与主线程一起检查的工作线程数（默认：超过 ${PARALLEL_THRESHOLD} 个文件时核数减一；0 = 不用）
      --follow-symlinks   跟随指向所查目录之外的符号链接（默认：只报告，不跟随）
      --no-error-on-unmatched-pattern  目录或通配符找不到面谈记录时不算错误（默认：以 2 退出）
  -h, --help              显示本帮助

退出码与 mdreview lint 相同（针对该周期）：0 无错误级问题，1 有错误级问题，2 用法错误或读取失败。
`,
};

/** Whether `output` is (or links to) one of the files read: `report . -o a.md` must not replace the review a.md. */
async function isInput(output: string, inputs: string[]): Promise<boolean> {
  const real = (path: string) => realpath(path).catch(() => path);
  const target = await real(output);
  for (const input of inputs) if ((await real(input)) === target) return true;
  return false;
}

async function run(args: string[], context: CommandContext): Promise<number> {
  const read = readArgs('report', args, OPTIONS, context, HELP);
  if (typeof read === 'number') return read;
  const { values, positionals, locale, flagLocale } = read;
  const format = FORMATS[values.format];
  if (!format) return usageError('report', context, locale, `unknown format "${values.format}" (md, html, json, csv)`, `未知格式“${values.format}”（可选 md、html、json、csv）`);
  if (values.cycle !== undefined && !parseCycle(values.cycle)) return usageError('report', context, locale, `--cycle "${values.cycle}" names no cycle (e.g. 2026-Q3, 2026-H1, 2026-07, 2026)`, `--cycle“${values.cycle}”不是周期（如 2026-Q3、2026-H1、2026-07、2026）`);
  const threads = values.threads === undefined ? undefined : /^\d+$/.test(values.threads) ? Number(values.threads) : null;
  if (threads === null) return usageError('report', context, locale, '--threads takes a whole number', '--threads 需要一个非负整数');

  // Only the shown cycle is linted; the previous one is summarised, the rest placed by person and cycle and read
  // as history (see reportPlan).
  const placed = new Map<number, ReviewSummary>();
  let shown: string | undefined;
  const narrow = (reviews: readonly { index: number; text: string }[]) => {
    const sniffed = reviews.map((r) => placedSummary('', sniffEmployee(r.text), sniffCycle(r.text)));
    const plan = reportPlan(sniffed, values.cycle);
    shown = plan.cycle;
    for (const [i, r] of reviews.entries()) if (plan.needs[i] === 'history') placed.set(r.index, sniffed[i]);
    return plan.needs;
  };
  const { reports, results, failures } = await runLint({ positionals, config: values.config, threads, followSymlinks: values['follow-symlinks'], allowUnmatched: values['no-error-on-unmatched-pattern'], locale: { flag: flagLocale, env: context.locale }, summarize: true, narrow }, context);
  const summaries = reports.flatMap((r, i) => {
    const summary = results.get(i)?.summary ?? placed.get(i);
    return summary ? [{ ...summary, file: r.file }] : [];
  });
  // Control characters from names and values are escaped on stdout and in the file alike (a file is cat'ed too);
  // in JSON as JSON escapes, so that it stays the same JSON.
  // In the reviews' language, as their findings are; --locale still decides.
  const made = format(buildCycleReport(summaries, shown ?? values.cycle), flagLocale ?? reviewsLocale(summaries) ?? locale);
  const text = values.format === 'json' ? escapeControlsInJson(made) : escapeControlsInText(made);
  if (values.output === undefined) context.stdout.write(text);
  else if (await isInput(resolve(context.cwd, values.output), reports.map((r) => resolve(context.cwd, r.file)))) {
    return usageError('report', context, locale, `--output ${values.output} is one of the reviews read; it is not overwritten`, `--output ${values.output} 是所读取的面谈记录之一，不会覆盖`);
  } else {
    try {
      await writeFile(resolve(context.cwd, values.output), text);
    } catch (e) {
      context.stderr.write(escapeControlsInText(`${t(locale, 'cannotWrite', { file: values.output, error: (e as Error).message })}\n`));
      return EXIT.failure;
    }
  }
  if (failures.length) return EXIT.failure;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT.findings : EXIT.ok;
}

export const reportCommand: Command = {
  name: 'report',
  summary: { en: 'the cycle at a glance: who is done, what is missing, how attainment is spread (md, html, json, csv)', zh: '周期概览：谁已完成、缺了什么、达成率如何分布（md、html、json、csv）' },
  run,
};
