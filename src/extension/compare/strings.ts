// The compare features' UI strings in English and Chinese, in the language of `mdreview.locale`
// (else VS Code's display language), like the lint messages.
import { text, type Text } from '../../core/i18n';
import { uiMessages } from '../settings';

const STRINGS = {
  noReview: { en: 'Open a review (Markdown with employee and cycle in its frontmatter) to compare.', zh: '请先打开一份面谈（frontmatter 含 employee 和 cycle 的 Markdown）再比较。' },
  noPerson: { en: 'This review names no employee and cycle in its frontmatter, so its previous review cannot be found.', zh: '此面谈的 frontmatter 没有写明 employee 和 cycle，无法查找上一份面谈。' },
  noPrevious: { en: 'No earlier review of {employee} before {cycle}: none in the workspace, and none in this file\'s git history. {detail}', zh: '找不到 {employee} 在 {cycle} 之前的面谈：工作区中没有，此文件的 git 历史中也没有。{detail}' },
  ambiguous: { en: '{employee} has {count} reviews for {cycle}: {files}. Which one is the previous review is up to you: open one and compare it with this file from the Explorer.', zh: '{employee} 在 {cycle} 有 {count} 份面谈：{files}。哪一份算上一份由你决定：可在资源管理器中选择两份文件进行比较。' },
  duplicateCurrent: { en: '{employee} has {count} reviews for {cycle}: {files}.', zh: '{employee} 在 {cycle} 有 {count} 份面谈：{files}。' },
  pickRevision: { en: 'Compare {file} with a revision', zh: '将 {file} 与某个版本比较' },
  pickPlaceholder: { en: 'Pick a commit of this file ({count} shown)', zh: '选择此文件的一个提交（共 {count} 个）' },
  renamedFrom: { en: 'then named {path}', zh: '当时名为 {path}' },
  noHistory: { en: 'No git history for this file: {detail}', zh: '此文件没有 git 历史：{detail}' },
  lensPrevious: { en: '{cycle}: {value} → {delta} ({trend})', zh: '{cycle}：{value} → {delta}（{trend}）' },
  lensSame: { en: '{cycle}: {value} (unchanged)', zh: '{cycle}：{value}（持平）' },
  lensNew: { en: 'new since {cycle}', zh: '{cycle} 之后新增' },
  better: { en: 'better', zh: '变好' },
  worse: { en: 'worse', zh: '变差' },
  compareTooltip: { en: 'Compare with the previous cycle', zh: '与上一周期对比' },
} satisfies Record<string, Text>;

type Key = keyof typeof STRINGS;
export const s = uiMessages<Key>(STRINGS);

/** A string in both languages, for text that follows a review's language rather than the UI's. */
export function bothLanguages(key: Key, params: Record<string, unknown> = {}): Text {
  return text(STRINGS[key].en, STRINGS[key].zh, params);
}
