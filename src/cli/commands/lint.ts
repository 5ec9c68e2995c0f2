import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { readArgs, usageError } from '../args';
import { EXIT, type Command, type CommandContext } from '../command';
import { FORMATTERS } from '../format';
import { PARALLEL_THRESHOLD, runLint } from '../lint/run';
import { fixedInput, lintStdin, readAll } from '../lint/stdin';
import { t } from '../messages';
import { escapeControlsInText } from '../../core/text/controls';

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
  'follow-symlinks': { type: 'boolean', default: false },
  'no-error-on-unmatched-pattern': { type: 'boolean', default: false },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string' },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

const HELP = {
  en: `Usage: mdreview lint [paths or globs...] [options]
       mdreview lint --stdin [--stdin-filename <path>] [options]

Lints performance reviews. Without paths: the Markdown files under the current folder that are reviews
(frontmatter with employee and cycle, or template:, or matched by the config's "files"), skipping
.gitignore'd files, the config's "ignore" globs, node_modules and .git. Files named explicitly are always linted.

Options:
  -f, --format <name>     stylish (default) | json | sarif | github | codequality
      --locale <en|zh>    findings' language (default: the config's locale, else each
                          review's own; the run's own messages from LC_ALL / LANG)
  -c, --config <file>     use this config for every file instead of the nearest .mdreviewrc.*
      --max-warnings <n>  exit 1 when there are more than n warnings (-1: no limit)
  -q, --quiet             report errors only (warnings still count for --max-warnings)
      --only-reviews      skip named files that are not reviews (for git hooks that pass every staged .md)
      --color, --no-color force colour on or off (default: on for a terminal)
      --threads <n>       worker threads linting beside the main thread (default: cores - 1 above ${PARALLEL_THRESHOLD} files; 0 = none)
      --follow-symlinks   follow symbolic links that lead out of a walked folder (default: report them, not follow)
      --no-error-on-unmatched-pattern  a folder or glob that yields no review is no error (default: exit 2)
      --cache             re-lint only files whose result can have changed (results kept in .mdreviewcache)
      --cache-location <path>  cache file, or a folder to hold .mdreviewcache (with --cache)
      --fix               apply the fixes that need no decision (insert a missing section), write the changed files,
                          then report what remains. With --stdin: print the fixed text instead of a report
      --fix-dry-run       as --fix, but write nothing: show the changes as a diff (--format json: "fixed", "output")
      --stdin             lint the text on standard input instead of files (also: a lone "-" as the path)
      --stdin-filename <path>  with --stdin: lint it as the file at <path> (config, template and the person's
                          earlier reviews found from there; the output names <path>). Default: <stdin> in the
                          current folder
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 no error-level findings, 1 error-level findings (or too many warnings), 2 usage or I/O failure.
`,
  zh: `用法：mdreview lint [路径或通配符...] [选项]
      mdreview lint --stdin [--stdin-filename <路径>] [选项]

检查绩效面谈文档。不给路径时：检查当前目录下属于面谈文档的 Markdown 文件（frontmatter 含 employee 和 cycle，
或含 template:，或匹配配置中的 "files"），跳过 .gitignore 忽略的文件、配置中的 "ignore"、node_modules 和 .git。
明确指定的文件总会被检查。

选项：
  -f, --format <格式>     stylish（默认）| json | sarif | github | codequality
      --locale <en|zh>    检查结果的语言（默认：配置的 locale，否则每份面谈本身的语言；
                          关于运行本身的消息取自 LC_ALL / LANG）
  -c, --config <文件>     对所有文件使用此配置，而不是就近的 .mdreviewrc.*
      --max-warnings <n>  警告多于 n 个时以 1 退出（-1：不限）
  -q, --quiet             只报告错误（警告仍计入 --max-warnings）
      --only-reviews      跳过指定文件中不是面谈文档的（供传入所有暂存 .md 的 git 钩子使用）
      --color, --no-color 强制开启或关闭颜色（默认：终端中开启）
      --threads <n>       与主线程一起检查的工作线程数（默认：超过 ${PARALLEL_THRESHOLD} 个文件时核数减一；0 = 不用）
      --follow-symlinks   跟随指向所查目录之外的符号链接（默认：只报告，不跟随）
      --no-error-on-unmatched-pattern  目录或通配符找不到面谈记录时不算错误（默认：以 2 退出）
      --cache             只重新检查结果可能变化的文件（结果保存在 .mdreviewcache）
      --cache-location <路径>  缓存文件，或存放 .mdreviewcache 的目录（与 --cache 一起用）
      --fix               应用无需人工决定的修复（插入缺失的部分），写回有改动的文件，再报告剩下的问题。
                          与 --stdin 一起用：输出修复后的文本，而不是检查结果
      --fix-dry-run       同 --fix，但不写入任何文件：以 diff 显示改动（--format json：见 "fixed"、"output"）
      --stdin             检查标准输入中的文本，而不是文件（路径只写一个 "-" 也一样）
      --stdin-filename <路径>  与 --stdin 一起用：把它当作 <路径> 处的文件检查（从该处查找配置、模板和该员工
                          以前的面谈；输出中显示 <路径>）。默认：当前目录下的 <stdin>
  -h, --help              显示本帮助
  -v, --version           显示版本

退出码：0 无错误级问题，1 有错误级问题（或警告过多），2 用法错误或读取失败。
`,
};

function nonNegativeInt(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : null;
}

async function run(args: string[], context: CommandContext): Promise<number> {
  const read = readArgs('lint', args, OPTIONS, context, HELP);
  if (typeof read === 'number') return read;
  const { values, positionals, locale, flagLocale } = read;
  if (values.version) {
    context.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const formatter = Object.hasOwn(FORMATTERS, values.format) ? FORMATTERS[values.format] : undefined;
  if (!formatter) return usageError('lint', context, locale, `unknown format "${values.format}" (${Object.keys(FORMATTERS).join(', ')})`, `未知格式“${values.format}”（可选 ${Object.keys(FORMATTERS).join('、')}）`);
  // -1 is ESLint's "no limit", accepted so shared CI scripts can pass it through.
  const maxWarnings = values['max-warnings'] === '-1' ? undefined : nonNegativeInt(values['max-warnings']);
  const threadsFlag = nonNegativeInt(values.threads);
  if (maxWarnings === null) return usageError('lint', context, locale, '--max-warnings takes a whole number', '--max-warnings 需要一个非负整数');
  if (threadsFlag === null) return usageError('lint', context, locale, '--threads takes a whole number', '--threads 需要一个非负整数');
  // `-` alone is standard input, as in most Unix tools (a file named `-` is `./-`).
  const stdin = values.stdin || positionals.includes('-');
  if (stdin && (positionals.length > 1 || (positionals.length === 1 && positionals[0] !== '-'))) {
    return usageError('lint', context, locale, 'standard input (--stdin or "-") is linted alone: give no other paths (--stdin-filename names it)', '标准输入（--stdin 或 "-"）只能单独检查：不要再给其他路径（用 --stdin-filename 指定它的路径）');
  }
  if (!stdin && values['stdin-filename'] !== undefined) return usageError('lint', context, locale, '--stdin-filename goes with --stdin', '--stdin-filename 需与 --stdin 一起使用');
  if (values['stdin-filename'] === '') return usageError('lint', context, locale, '--stdin-filename needs a path', '--stdin-filename 需要一个路径');
  if (values.fix && values['fix-dry-run']) return usageError('lint', context, locale, '--fix and --fix-dry-run cannot be used together', '--fix 与 --fix-dry-run 不能同时使用');
  const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined;

  const common = { config: values.config, onlyReviews: values['only-reviews'], locale: { flag: flagLocale, env: context.locale } };
  const input = stdin ? (context.stdin ? await readAll(context.stdin) : Buffer.alloc(0)) : undefined;
  const { reports, failures, linted } = input
    ? await lintStdin(input, { ...common, filename: values['stdin-filename'], fix: fix !== undefined }, context)
    : await runLint(
      {
        ...common,
        positionals,
        threads: threadsFlag,
        followSymlinks: values['follow-symlinks'],
        allowUnmatched: values['no-error-on-unmatched-pattern'],
        summarize: false,
        cache: values.cache ? { location: values['cache-location'] } : undefined,
        fix: fix && { write: fix === 'write' },
      },
      context,
    );
  const all = reports.flatMap((r) => r.findings);
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const shown = values.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  const env = context.env;
  const color = !values['no-color'] && (values.color || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') || (Boolean(context.stdout.isTTY) && !env.NO_COLOR));
  if (input && fix === 'write') {
    // Standard input has no file to write to: the fixed text goes to stdout, for editors' "fix" commands.
    const { output, problem } = fixedInput(input, reports[0]);
    if (output) context.stdout.write(output);
    if (problem) {
      context.stderr.write(escapeControlsInText(`mdreview: ${reports[0].file}: ${problem[locale]}\n`));
      return EXIT.failure;
    }
  } else context.stdout.write(formatter(shown, { locale, color, cwd: context.cwd, packageRoot: resolve(__dirname, '..'), version, fileCount: linted, fix }));

  if (failures.length) return EXIT.failure;
  if (all.some((f) => f.severity === 'error')) return EXIT.findings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    context.stderr.write(`${t(locale, 'tooManyWarnings', { warnings, max: maxWarnings })}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

export const lintCommand: Command = {
  name: 'lint',
  summary: { en: 'check reviews for missing sections, vague goals, action items without owner or date…', zh: '检查面谈文档：缺失章节、不符合 SMART 的目标、缺少责任人或时间的行动项……' },
  run,
};
