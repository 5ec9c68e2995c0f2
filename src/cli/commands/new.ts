// `mdreview new`: the editor's New Review from the shell — the next cycle's review of a person with last cycle's
// reviewer, KPIs and open action items carried over, or one for everyone of the latest cycle (`--all`). The
// decisions are the core's (src/core/scaffold), shared with the editor; an existing file is never overwritten.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { compareCycles, localDay, nextCycle, normalizeCycleId, parseCycle } from '../../core/cycles/cycle';
import { text, uiLocale, type Locale, type Text } from '../../core/i18n';
import { personKey, ReviewIndex, type IndexedReview } from '../../core/history/reviewIndex';
import { newReviewTemplate, scaffoldNewReview, suggestedCycle } from '../../core/scaffold/newReview';
import { DEFAULT_REVIEW_PATH, reviewPath } from '../../core/scaffold/reviewPath';
import { closest } from '../../core/text/closest';
import { escapeControlsInText } from '../../core/text/controls';
import { joinPath } from '../../core/workspace/host';
import type { Workspace } from '../../core/workspace/workspace';
import { readText } from '../../node/readText';
import { HISTORY_SCAN_LIMIT, nodeWorkspace, toModelPath } from '../../node/workspaceHost';
import { readArgs, usageError } from '../args';
import { EXIT, type Command, type CommandContext } from '../command';
import { displayPath } from '../lint/discover';
import { t } from '../messages';

const OPTIONS = {
  cycle: { type: 'string' },
  all: { type: 'boolean', default: false },
  template: { type: 'string', short: 't' },
  reviewer: { type: 'string' },
  path: { type: 'string', default: DEFAULT_REVIEW_PATH },
  'dry-run': { type: 'boolean', default: false },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const HELP = {
  en: `Usage: mdreview new <previous-review.md | person> [options]
       mdreview new --all [--cycle <id>] [options]

Creates the next cycle's review, as the editor's New Review does: the template's sections with the person,
the reviewer, last cycle's KPIs (last cycle's goals as targets, actuals empty) and its open action items
carried over. Given a file, that file is the previous review; given a name, that person's latest review
under the current folder is (a person with none gets a fresh review: give --cycle). --all makes one review
for each person of the latest cycle. An existing file is never overwritten: it is reported and skipped.
Each file created is printed on stdout.

Options:
      --cycle <id>        the new cycle, e.g. 2027-Q1 or 2027年第一季度 (default: the one after the previous
                          review's; with --all, the people are those of the latest cycle before it)
      --all               one review per person of the latest cycle; in scripts give --cycle too, so that
                          a second run creates nothing (without it, the new cycle is then the latest)
  -t, --template <id>     the template (default: the previous review's, else the config's defaultTemplate,
                          else the built-in one for the language)
      --reviewer <name>   who conducts the review (default: the previous review's reviewer)
      --path <pattern>    where the file goes (default: ${DEFAULT_REVIEW_PATH}), relative to the folder of
                          the .mdreviewrc that applies to the previous review (for a first review, to the
                          current folder); without one, the repository root, else the current folder
      --dry-run           print each review that would be created (a ==> path <== line, then its text);
                          write nothing
      --locale <en|zh>    language of messages and of the built-in template (default: from LC_ALL / LANG)
  -h, --help              show this help

Exit codes: 0 every review created or already there, 2 usage error, unknown person, a file that cannot be
read or written, or a previous cycle with two reviews of the person.
`,
  zh: `用法：mdreview new <上一份面谈.md | 员工姓名> [选项]
      mdreview new --all [--cycle <周期>] [选项]

创建下一周期的面谈，与编辑器中的“新建绩效面谈”相同：按模板的章节，带上员工、面谈人、上一周期的 KPI（上一周期的目标作为
目标值，实际值留空）和未完成的行动项。给出文件时，该文件就是上一份面谈；给出姓名时，取当前目录下此人最新的一份
（没有面谈的人得到一份空白面谈：请给出 --cycle）。--all 为最新周期中的每个人各建一份。已存在的文件绝不覆盖：
会提示并跳过。每个新建的文件都输出到标准输出。

选项：
      --cycle <周期>      新的周期，如 2027-Q1 或 2027年第一季度（默认：上一份面谈的下一个周期；与 --all 一起用时，
                          人员取自它之前最新的周期）
      --all               为最新周期中的每个人各建一份；在脚本中请同时给出 --cycle，这样再次运行不会新建任何文件
                          （不给时，新建的周期随即成为最新周期）
  -t, --template <id>     使用的模板（默认：上一份面谈的模板，其次是配置中的 defaultTemplate，再次是该语言的内置模板）
      --reviewer <姓名>   面谈人（默认：上一份面谈的面谈人）
      --path <模式>       文件位置（默认：${DEFAULT_REVIEW_PATH}），相对于上一份面谈所用 .mdreviewrc 的目录
                          （第一份面谈：当前目录所用的）；没有配置时为仓库根目录，再没有时为当前目录
      --dry-run           输出将要创建的每份面谈（一行 ==> 路径 <==，然后是内容），不写入任何文件
      --locale <en|zh>    提示信息和内置模板的语言（默认取自 LC_ALL / LANG）
  -h, --help              显示本帮助

退出码：0 每份面谈都已创建或已存在，2 用法错误、找不到此人、文件无法读取或写入，或上一周期此人有两份面谈。
`,
};

/** Why one review cannot be made; the others of the run still are. */
class NewFailure extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** A review to create: whose, for which cycle, and the review it follows (none for a first review). */
interface Target {
  employee: string;
  cycle: string;
  previous?: IndexedReview;
}

interface Run {
  context: CommandContext;
  workspace: Workspace;
  /** The current folder as the workspace model writes paths. */
  cwd: string;
  /** The language of messages. */
  locale: Locale;
  /** `--locale` alone: without it, a config's `locale` chooses the built-in template before the environment does. */
  flagLocale?: Locale;
  options: { cycle?: string; template?: string; reviewer?: string; path: string; dryRun: boolean };
}

/** The previous review named by its file: the new one follows it, in the cycle after it unless --cycle says. */
async function fromFile(run: Run, operand: string): Promise<Target> {
  const path = toModelPath(resolve(run.context.cwd, operand));
  const read = await readText(path);
  if (!read.ok) throw new NewFailure({ en: `${operand}: ${read.message.en}`, zh: `${operand}：${read.message.zh}` });
  const previous = new ReviewIndex().set(path, (await run.workspace.parser(path))(read.text));
  if (!previous) throw new NewFailure(text('{file} names no employee and cycle in its frontmatter', '{file} 的 frontmatter 没有写明 employee 和 cycle', { file: operand }));
  const cycle = run.options.cycle ?? nextCycle(previous.cycle);
  if (!cycle) throw new NewFailure(text('the cycle of {file}, "{cycle}", names no cycle to follow; give --cycle', '{file} 的周期“{cycle}”无法推算下一周期；请给出 --cycle', { file: operand, cycle: previous.cycle }));
  if (parseCycle(previous.cycle) && compareCycles(cycle, previous.cycle) <= 0) throw new NewFailure(text('--cycle {cycle} does not come after {file} ({previous})', '--cycle {cycle} 不在 {file}（{previous}）之后', { cycle, file: operand, previous: previous.cycle }));
  return { employee: previous.employee, cycle, previous };
}

/** A person by name: their latest review under the current folder before the cycle is the previous one. */
async function fromHistory(run: Run, name: string, cycle = run.options.cycle): Promise<Target> {
  const reviews = await run.workspace.personIndex(name);
  const latest = reviews.reviewsOf(name).at(-1);
  // Without a cycle to go by, a name no review knows is more likely a typo than a new colleague.
  if (!latest && cycle === undefined) {
    const near = closest(name, await run.workspace.people());
    throw new NewFailure(
      text('no review of "{name}" under the current folder{hint}; for a first review of a new person, give --cycle', '当前目录下没有“{name}”的面谈{hint}；要为新同事建第一份面谈，请给出 --cycle', {
        name,
        hint: near ? { en: ` (did you mean "${near}"?)`, zh: `（是否应为“${near}”？）` }[run.locale] : '',
      }),
    );
  }
  const target = cycle ?? suggestedCycle(reviews, name, new Date());
  const previous = reviews.previous(name, target);
  // Two reviews for the previous cycle: which one carries over is the user's call, as everywhere in mdreview.
  const twice = previous ? undefined : reviews.duplicates().filter((d) => compareCycles(d.cycle, target) < 0).at(-1);
  if (twice) {
    throw new NewFailure(
      text('{employee} has {count} reviews for {cycle} ({files}); name the one to follow: mdreview new <file>', '{employee} 在 {cycle} 有 {count} 份面谈（{files}）；请指定要接续的一份：mdreview new <文件>', {
        employee: twice.employee,
        cycle: twice.cycle,
        count: twice.keys.length,
        files: twice.keys.map((k) => displayPath(run.context.cwd, k)).join(', '),
      }),
    );
  }
  return { employee: latest?.employee ?? name.trim(), cycle: target, previous };
}

/** `--all`: everyone with a review in the latest cycle (before --cycle), and the cycle their new reviews are for. */
async function team(run: Run): Promise<{ people: string[]; cycle: string }> {
  const { cycle } = run.options;
  const placed = (await run.workspace.reviews()).filter((f) => f.employee && parseCycle(f.cycle) && (cycle === undefined || compareCycles(f.cycle!, cycle) < 0));
  const latest = placed.map((f) => f.cycle!).sort(compareCycles).at(-1);
  if (!latest) {
    throw new NewFailure(
      cycle === undefined ? text('no review with an employee and a cycle under the current folder', '当前目录下没有写明 employee 和 cycle 的面谈') : text('no review before {cycle} under the current folder', '当前目录下没有 {cycle} 之前的面谈', { cycle }),
    );
  }
  const people = new Map<string, string>();
  for (const f of placed) if (f.cycle === latest && !people.has(personKey(f.employee!))) people.set(personKey(f.employee!), f.employee!);
  return { people: [...people.values()], cycle: cycle ?? nextCycle(latest)! };
}

/** Writes (or with --dry-run prints) the review of `target`, unless its file exists. */
async function create(run: Run, target: Target): Promise<void> {
  const { context, workspace, options } = run;
  const { employee, cycle, previous } = target;
  // Under the previous review's config folder (or repository), as the editor writes into that review's workspace folder.
  const base = (await workspace.settings.forFile(previous?.key ?? joinPath(run.cwd, 'new.md'))).root;
  const path = joinPath(base, reviewPath(options.path, { cycle, employee }));
  const shown = displayPath(context.cwd, path);
  const say = (message: Text) => void context.stderr.write(escapeControlsInText(`mdreview new: ${message[run.locale]}\n`));
  const skip = () => say(text('{file} exists; not overwritten', '{file} 已存在，未覆盖', { file: shown }));
  if (existsSync(path)) return skip();
  const settings = await workspace.settings.forFile(path);
  const registry = workspace.settings.templatesOf(settings);
  if (options.template !== undefined && !registry.get(options.template)) {
    const known = registry.list().map((t) => t.id).join(', ');
    throw new NewFailure(text('unknown template "{id}" (known: {known})', '未知模板“{id}”（可用：{known}）', { id: options.template, known }));
  }
  const locale = uiLocale(run.flagLocale, settings.config.locale, context.locale);
  const template = newReviewTemplate(registry, [options.template, previous?.review.meta.template, settings.config.defaultTemplate], locale);
  const review = scaffoldNewReview({ template, employee, cycle, date: localDay(new Date()), reviewer: options.reviewer, previous: previous?.review });
  if (!previous) say(text('no review of {employee} before {cycle}: {file} starts from the template {template}', '{employee} 在 {cycle} 之前没有面谈：{file} 从模板 {template} 开始', { employee, cycle, file: shown, template: template.id }));
  if (options.dryRun) {
    context.stdout.write(escapeControlsInText(`==> ${shown} <==\n${review}\n`));
    return;
  }
  try {
    await mkdir(dirname(path), { recursive: true });
    // `wx`: a file that appeared since the check above is not overwritten either.
    await writeFile(path, review, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return skip();
    throw new NewFailure(text('cannot write {file}: {error}', '无法写入 {file}：{error}', { file: shown, error: (e as Error).message }));
  }
  context.stdout.write(escapeControlsInText(`${shown}\n`));
}

async function run(args: string[], context: CommandContext): Promise<number> {
  const read = readArgs('new', args, OPTIONS, context, HELP);
  if (typeof read === 'number') return read;
  const { values, positionals, locale, flagLocale } = read;
  if (values.all && positionals.length) return usageError('new', context, locale, '--all takes no review or person', '--all 不能再给出面谈文件或姓名');
  if (!values.all && positionals.length !== 1) return usageError('new', context, locale, "give the previous review's file or a person's name (or --all)", '请给出上一份面谈的文件或员工姓名（或用 --all）');
  if (values.cycle !== undefined && !parseCycle(values.cycle)) return usageError('new', context, locale, `--cycle "${values.cycle}" names no cycle (e.g. 2027-Q1, 2027-H1, 2027-01, 2027)`, `--cycle“${values.cycle}”不是周期（如 2027-Q1、2027-H1、2027-01、2027）`);

  const cwd = toModelPath(resolve(context.cwd));
  const { host, workspace } = nodeWorkspace(context.cwd, () => [cwd]);
  const options = { cycle: values.cycle && normalizeCycleId(values.cycle), template: values.template, reviewer: values.reviewer, path: values.path, dryRun: values['dry-run'] };
  const run: Run = { context, workspace, cwd, locale, flagLocale, options };
  let failed = false;
  const report = (e: unknown): undefined => {
    if (!(e instanceof NewFailure)) throw e;
    context.stderr.write(escapeControlsInText(`mdreview new: ${e.text[locale]}\n`));
    failed = true;
    return undefined;
  };
  const make = (target: () => Promise<Target>) => target().then((found) => create(run, found)).catch(report);
  if (values.all) {
    const found = await team(run).catch(report);
    for (const person of found?.people ?? []) await make(() => fromHistory(run, person, found!.cycle));
  } else {
    const operand = positionals[0];
    // A path to a review, or a name: names have no slash and no Markdown extension.
    const isFile = existsSync(resolve(context.cwd, operand)) || /[\\/]|\.(?:md|markdown)$/i.test(operand);
    await make(() => (isFile ? fromFile(run, operand) : fromHistory(run, operand)));
  }
  for (const folder of host.truncatedScans) context.stderr.write(`${t(locale, 'historyScanLimit', { folder: displayPath(context.cwd, folder), limit: HISTORY_SCAN_LIMIT })}\n`);
  for (const p of workspace.settings.problems) for (const m of p.messages) context.stderr.write(escapeControlsInText(`mdreview new: ${displayPath(context.cwd, p.path)}: ${t(locale, 'invalidConfig', { message: m[locale] })}\n`));
  return failed ? EXIT.failure : EXIT.ok;
}

export const newCommand: Command = {
  name: 'new',
  summary: { en: "create the next cycle's review of a person (or of everyone, --all) from their last one", zh: '根据上一份面谈为某人（或用 --all 为所有人）创建下一周期的面谈' },
  run,
};
