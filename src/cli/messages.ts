// The CLI's own messages (usage errors, summaries, progress) in English and Chinese. Help texts live with
// their command; rule messages come from the rules.
import { messages } from '../core/i18n';

export const t = messages({
  usage: {
    en: 'Usage: mdreview <command> [options]\n\nCommands:\n{rows}\n\nOptions:\n  --help, -h     show help (also per command: mdreview lint --help)\n  --version, -v  show the version\n',
    zh: '用法：mdreview <命令> [选项]\n\n命令：\n{rows}\n\n选项：\n  --help, -h     显示帮助（也可用于各命令：mdreview lint --help）\n  --version, -v  显示版本\n',
  },
  unknownCommand: { en: 'Unknown command: {name}\n\n{usage}', zh: '未知命令：{name}\n\n{usage}' },
  seeHelp: { en: 'See mdreview {command} --help.', zh: '用 mdreview {command} --help 查看用法。' },
  oneFile: { en: 'give exactly one file.', zh: '请只给出一个文件。' },
  clean: { en: '✔ {count} file{s} checked, no problems', zh: '✔ 已检查 {count} 个文件，没有发现问题' },
  ruleHelp: { en: 'Rule help:', zh: '规则说明：' },
  problems: {
    en: '✖ {total} problem{s} ({errors} error{errorsS}, {warnings} warning{warningsS}, {others} info or hints)',
    zh: '✖ 共 {total} 个问题（{errors} 个错误，{warnings} 个警告，{others} 个信息或提示）',
  },
  fixesApplied: { en: '✔ {fixes} fix{s} applied to {files} file{filesS}', zh: '✔ 已在 {files} 个文件中应用 {fixes} 处修复' },
  fixesShown: { en: '{fixes} fix{s} would be applied to {files} file{filesS} (--fix-dry-run: nothing written)', zh: '可在 {files} 个文件中应用 {fixes} 处修复（--fix-dry-run：未写入任何文件）' },
  progress: { en: 'mdreview: checked {done}/{total} files', zh: 'mdreview：已检查 {done}/{total} 个文件' },
  invalidConfig: { en: 'invalid config or template: {message}', zh: '配置或模板文件有误：{message}' },
  unreadableGitignore: { en: '.gitignore not read, its rules are not applied: {message}', zh: '未读取 .gitignore，其中的规则未生效：{message}' },
  historyScanLimit: {
    en: 'mdreview: outside a git repository, the search for earlier reviews in {folder} stopped after {limit} files and folders; reviews past them are not used as history. Run mdreview from the reviews folder, or put a .mdreviewrc.json at its top.',
    zh: 'mdreview：不在 git 仓库中，在 {folder} 中查找以往面谈时列出 {limit} 个文件和文件夹后停止，其余文件不作为历史使用。请在面谈所在的文件夹中运行 mdreview，或在该文件夹顶层放置 .mdreviewrc.json。',
  },
  workersFailed: { en: 'mdreview: worker threads failed ({error}); linting in one thread', zh: 'mdreview：工作线程失败（{error}），改为单线程检查' },
  cannotWrite: { en: 'mdreview: cannot write {file}: {error}', zh: 'mdreview：无法写入 {file}：{error}' },
  tooManyWarnings: { en: 'mdreview: {warnings} warnings, more than --max-warnings {max}', zh: 'mdreview：警告 {warnings} 个，超过 --max-warnings {max}' },
  diffOld: { en: 'old', zh: '上一份' },
  diffNew: { en: 'new', zh: '本次' },
});

/** The English plural ending for `count` things. */
export function plural(count: number): string {
  return count === 1 ? '' : 's';
}
