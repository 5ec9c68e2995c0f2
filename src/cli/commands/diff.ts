import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffReviews } from '../../core/history/diff';
import { formatDiff } from '../../core/history/formatDiff';
import { previousInHistory } from '../../core/history/previousInHistory';
import type { DuplicateCycle } from '../../core/history/reviewIndex';
import { compareCycles } from '../../core/cycles/cycle';
import { text, type Locale, type Text } from '../../core/i18n';
import type { ParsedReview } from '../../core/parse/parse';
import { historyScope } from '../../core/workspace/settings';
import type { Workspace } from '../../core/workspace/workspace';
import { EXIT, type Command, type CommandContext } from '../command';
import { fileAtRevision, fileLog, GitError, missingHistory, repoFile, showFile } from '../../node/git';
import { readText } from '../../node/readText';
import { HISTORY_SCAN_LIMIT, nodeWorkspace, toModelPath } from '../../node/workspaceHost';
import { parseLocale } from '../locale';
import { t } from '../messages';
import { escapeControlsInText } from '../../core/text/controls';

const OPTIONS = {
  rev: { type: 'string', short: 'r' },
  previous: { type: 'boolean', short: 'p', default: false },
  format: { type: 'string', short: 'f', default: 'text' },
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const HELP = {
  en: `Usage: mdreview diff <old.md> <new.md> [options]
       mdreview diff --rev <git-revision> <review.md> [options]
       mdreview diff --previous <review.md> [options]

Compares two reviews by meaning: KPI deltas (better/worse in the KPI's direction), KPIs added or
removed (a renamed KPI matches by id), last cycle's goals met or missed, goals carried over or dropped,
action items closed, still open or not followed up, and sections changed (matched by section id, so
renamed headings match).

  --rev <rev>        compare the file as it was at a git revision with the file as it is now
                     (follows renames of the file)
  --previous         compare with this person's previous review: another file in the workspace
                     (same employee, earlier cycle), else the last git commit of this file whose
                     cycle differs
  -f, --format <f>   text (default, Markdown) | json
      --locale <l>   en | zh (default: messages from LC_ALL / LANG, the summary in the review's language)
  -h, --help         show this help

Exit codes: 0 compared, 2 usage, reading or git failure (git missing, no history, unknown revision).
`,
  zh: `用法：mdreview diff <旧.md> <新.md> [选项]
      mdreview diff --rev <git 版本> <面谈.md> [选项]
      mdreview diff --previous <面谈.md> [选项]

按含义比较两份面谈：KPI 变化（按 KPI 方向判断变好或变差）、新增或移除的 KPI（改名的 KPI 按 id 匹配）、
上期目标是否达成、目标延续或未延续、行动项已完成、仍未完成或未跟进，以及有改动的章节（按章节 id 匹配，
标题改名也能对应）。

  --rev <版本>       比较该文件在某个 git 版本时的内容与当前内容（会跟踪文件改名）
  --previous         与此人的上一份面谈比较：先找工作区中的其他文件（同一员工、更早的周期），
                     找不到时再找此文件在 git 历史中周期不同的最近一次提交
  -f, --format <f>   text（默认，Markdown）| json
      --locale <l>   en | zh（默认：提示信息取自 LC_ALL / LANG，对比摘要用面谈本身的语言）
  -h, --help         显示本帮助

退出码：0 比较完成，2 用法错误、读取失败或 git 失败（未安装 git、没有历史、找不到版本）。
`,
};

class DiffFailure extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

interface Side {
  /** Where the review came from: a path, or `path@rev`. */
  label: string;
  review: ParsedReview;
}

/** Reads and parses a file; a file that cannot be read is a DiffFailure with the reason. */
async function readSide(workspace: Workspace, file: string, label: string): Promise<Side> {
  const result = await readText(file);
  if (!result.ok) throw new DiffFailure({ en: `${label}: ${result.message.en}`, zh: `${label}：${result.message.zh}` });
  return { label, review: (await workspace.parser(toModelPath(file)))(result.text) };
}

/** Two reviews of one person for the same cycle: said plainly, never resolved by picking one. */
function duplicateNotes(duplicates: readonly DuplicateCycle[]): Text[] {
  return duplicates.map((d) => text('{employee} has {count} reviews for {cycle}: {files}', '{employee} 在 {cycle} 有 {count} 份面谈：{files}', { ...d, count: d.keys.length, files: d.keys.join(', ') }));
}

/** The previous review of the person: in the workspace model first (the file's repository), then in the file's own git history. */
async function previousSide(run: ReturnType<typeof nodeWorkspace> & { scanRoots: string[] }, file: string, label: string, now: Side, notes: Text[], env: NodeJS.ProcessEnv): Promise<Side> {
  const { employee, cycle } = now.review.meta;
  if (!employee || !cycle) throw new DiffFailure(text('{file} names no employee and cycle in its frontmatter, so its previous review cannot be found', '{file} 的 frontmatter 没有写明 employee 和 cycle，无法查找上一份面谈', { file: label }));
  const path = toModelPath(file);
  const root = run.host.rootOf(path) ?? historyScope(path, await run.workspace.settings.forFile(path));
  run.scanRoots.push(root);
  const history = await run.workspace.historyOf(path, now.review);
  notes.push(...duplicateNotes(history.duplicates));
  if (run.host.truncatedScans.length) notes.push(text('outside a git repository, the search for earlier reviews in {root} stopped after {limit} files and folders', '不在 git 仓库中，在 {root} 中查找以往面谈时列出 {limit} 个文件和文件夹后停止', { root, limit: HISTORY_SCAN_LIMIT }));
  if (history.previous) return { label: history.previous.key, review: history.previous.review };
  const ambiguous = history.duplicates.find((d) => compareCycles(d.cycle, cycle) < 0);
  if (ambiguous) throw new DiffFailure(text('the previous cycle is ambiguous ({cycle} has {count} reviews); compare two files explicitly', '上一周期不唯一（{cycle} 有 {count} 份面谈）；请直接指定两个文件比较', { cycle: ambiguous.cycle, count: ambiguous.keys.length }));
  const repo = await repoFile(file, env);
  const commits = await fileLog(repo);
  const parseText = await run.workspace.parser(path);
  const hit = await previousInHistory(commits, (c) => showFile(repo, c.hash, c.path).catch(() => undefined), cycle, parseText);
  if (!hit) throw await missingHistory(repo, text('no earlier review of {employee} before {cycle}: none in {root}, and none in the git history of {file} ({count} commits read)', '找不到 {employee} 在 {cycle} 之前的面谈：{root} 中没有，{file} 的 git 历史中也没有（读取了 {count} 个提交）', { employee, cycle, root, file: label, count: commits.length }));
  return { label: `${hit.version.path}@${hit.version.short}`, review: hit.review };
}

function failure(context: CommandContext, locale: Locale, message: Text, usage = false): number {
  const hint = usage ? `\n${t(locale, 'seeHelp', { command: 'diff' })}` : '';
  context.stderr.write(escapeControlsInText(`mdreview diff: ${message[locale]}${hint}\n`));
  return EXIT.failure;
}

async function run(args: string[], context: CommandContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    return failure(context, context.locale, text('{m}', '参数有误：{m}', { m: (e as Error).message }), true);
  }
  const { values, positionals } = parsed;
  const flagLocale = parseLocale(values.locale);
  const locale = flagLocale ?? context.locale;
  if (values.locale !== undefined && !flagLocale) return failure(context, locale, text('--locale must be en or zh', '--locale 只能是 en 或 zh'), true);
  if (values.help) {
    context.stdout.write(HELP[locale]);
    return EXIT.ok;
  }
  if (values.format !== 'text' && values.format !== 'json') return failure(context, locale, text('unknown format "{f}" (text, json)', '未知格式“{f}”（可选 text、json）', { f: values.format }), true);
  const single = values.rev !== undefined || values.previous;
  if (values.rev !== undefined && values.previous) return failure(context, locale, text('use either --rev or --previous, not both', '--rev 与 --previous 只能用其一'), true);
  if (positionals.length !== (single ? 1 : 2)) {
    return failure(context, locale, single ? text('give exactly one review file', '请只给出一个面谈文件') : text('give two review files: <old> <new>', '请给出两个面谈文件：<旧> <新>'), true);
  }

  const scanRoots: string[] = [];
  const run = { ...nodeWorkspace(context.cwd, () => scanRoots), scanRoots };
  const notes: Text[] = [];
  try {
    let old: Side;
    let now: Side;
    if (single) {
      const file = resolve(context.cwd, positionals[0]);
      now = await readSide(run.workspace, file, positionals[0]);
      if (values.rev !== undefined) {
        const at = await fileAtRevision(await repoFile(file, context.env), values.rev);
        old = { label: `${at.path}@${values.rev}`, review: (await run.workspace.parser(toModelPath(file)))(at.text) };
      } else {
        old = await previousSide(run, file, positionals[0], now, notes, context.env);
      }
    } else {
      old = await readSide(run.workspace, resolve(context.cwd, positionals[0]), positionals[0]);
      now = await readSide(run.workspace, resolve(context.cwd, positionals[1]), positionals[1]);
    }
    const diff = diffReviews(old.review, now.review);
    for (const n of notes) context.stderr.write(escapeControlsInText(`mdreview diff: ${n[locale]}\n`));
    if (values.format === 'json') {
      context.stdout.write(`${JSON.stringify({ old: old.label, new: now.label, notes: notes.map((n) => n[locale]), diff }, null, 2)}\n`);
    } else {
      // The summary speaks the review's language, words and figures alike (12万, 个百分点), unless --locale says otherwise.
      const language = flagLocale ?? now.review.language;
      context.stdout.write(escapeControlsInText(`<!-- ${t(language, 'diffOld')}: ${old.label} · ${t(language, 'diffNew')}: ${now.label} -->\n${formatDiff(diff, language)}`));
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof DiffFailure || e instanceof GitError) {
      for (const n of notes) context.stderr.write(escapeControlsInText(`mdreview diff: ${n[locale]}\n`));
      return failure(context, locale, e.text);
    }
    throw e;
  }
}

export const diffCommand: Command = {
  name: 'diff',
  summary: { en: 'compare two reviews (or a review with a git revision or the previous cycle) by KPIs, goals and action items', zh: '比较两份面谈（或与某个 git 版本、上一周期比较）：KPI、目标和行动项的变化' },
  run,
};
