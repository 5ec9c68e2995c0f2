// The extension's own UI strings (status bar, New Review, quick fixes, workspace lint) in English and
// Chinese, shown in the language of `uiLocale()` like the lint messages, so one window never mixes two.
import type { Text } from '../core/i18n';
import { uiMessages } from './settings';

export const STRINGS = {
  draft: { en: 'draft', zh: '草稿' },
  submitted: { en: 'submitted', zh: '已提交' },
  final: { en: 'final', zh: '定稿' },
  noStatus: { en: 'no status', zh: '无状态' },
  statusKpis: { en: 'KPIs met {met}/{total}', zh: 'KPI 达成 {met}/{total}' },
  statusSmart: { en: 'SMART goals {smart}/{goals}', zh: 'SMART 目标 {smart}/{goals}' },
  statusFollowUps: { en: '{n} not followed up', zh: '{n} 项未跟进' },
  statusToDo: { en: '{n} to fix', zh: '{n} 处待改' },
  statusTooltip: {
    en: '**{employee} · {cycle}** ({status})\n\n{kpis} · {smart} · open action items: {actions} · last cycle\'s items not followed up: {followUps}\n\nerrors {errors}, warnings {warnings}, info and hints {infos}\n\n[Open KPI Preview](command:mdreview.openKpiPreview) · [Show findings](command:workbench.actions.view.problems)',
    zh: '**{employee} · {cycle}**（{status}）\n\n{kpis} · {smart} · 未完成行动项：{actions} · 上期事项未跟进：{followUps}\n\n错误 {errors}、警告 {warnings}、信息与提示 {infos}\n\n[打开 KPI 预览](command:mdreview.openKpiPreview) · [查看检查结果](command:workbench.actions.view.problems)',
  },
  statusName: { en: 'mdreview review status', zh: 'mdreview 面谈状态' },
  newReviewCycle: { en: 'New review: cycle', zh: '新建绩效面谈：周期' },
  cyclePrompt: { en: 'Review cycle, e.g. 2026-Q3, 2026-H1, 2026-07 or 2026', zh: '考核周期，如 2026-Q3、2026-H1、2026-07 或 2026' },
  notACycle: { en: 'Not a cycle: use 2026-Q3, 2026-H1, 2026-07 or 2026', zh: '不是有效的周期：请使用 2026-Q3、2026-H1、2026-07 或 2026' },
  openFolder: { en: 'Open a folder to create reviews in.', zh: '请先打开一个文件夹，才能在其中新建绩效面谈。' },
  alreadyExists: { en: '{file} already exists; opened it instead.', zh: '{file} 已存在，已为你打开该文件。' },
  createFailed: { en: 'mdreview could not create the review; see the mdreview output.', zh: 'mdreview 未能新建绩效面谈，详见 mdreview 输出面板。' },
  newReviewPerson: { en: 'New review: person', zh: '新建绩效面谈：员工' },
  newReviewReviewer: { en: 'New review: reviewer', zh: '新建绩效面谈：面谈人' },
  reviewerPrompt: { en: 'Who conducts this review? (leave empty to fill in later)', zh: '由谁进行本次面谈？（可留空，稍后填写）' },
  pickPerson: { en: 'Pick a person or type a new name', zh: '选择员工，或输入新的姓名' },
  newPerson: { en: 'new person', zh: '新员工' },
  lintingWorkspace: { en: 'mdreview: linting reviews in the workspace', zh: 'mdreview：正在检查工作区内的绩效面谈' },
  filesRead: { en: '{done} of {total} Markdown files read', zh: '已读取 {done}/{total} 个 Markdown 文件' },
  lintDone: {
    en: 'mdreview: {linted} reviews linted; errors: {errors}, warnings: {warnings}, in {withFindings} of them.',
    zh: 'mdreview：已检查 {linted} 份面谈记录，其中 {withFindings} 份共有 {errors} 个错误、{warnings} 个警告。',
  },
  lintStopped: { en: 'mdreview: stopped after {linted} reviews.', zh: 'mdreview：已停止，检查了 {linted} 份面谈记录。' },
  lintFailed: { en: 'mdreview: linting the workspace failed: {error}', zh: 'mdreview：检查工作区失败：{error}' },
  showProblems: { en: 'Show Problems', zh: '显示“问题”面板' },
  disableLine: { en: 'Disable {rule} for this line', zh: '在此行停用 {rule}' },
  disableFile: { en: 'Disable {rule} for this file', zh: '在本文件中停用 {rule}' },
  addTemplateAlias: { en: 'Add "{alias}" to the names of section {section} in {file}', zh: '在 {file} 中把“{alias}”加为 {section} 部分的别名' },
  fixAll: { en: 'Fix all mechanical mdreview problems', zh: '修复所有可自动修复的 mdreview 问题' },
  nameRequired: { en: 'Type a name.', zh: '请输入姓名。' },
  nameIsPlaceholder: { en: '"{name}" names nobody: type who does it.', zh: '“{name}”没有落实到人：请输入具体负责的人。' },
} satisfies Record<string, Text>;

export const l = uiMessages<keyof typeof STRINGS>(STRINGS);
