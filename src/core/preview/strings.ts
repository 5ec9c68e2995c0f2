// Every user-facing string of the KPI preview, in English and Chinese. The host uses them to build
// messages in the model; the page uses them for its headings, buttons and table headers.
import { format, type Locale } from '../lint/types';

const STRINGS = {
  targetVsActual: { en: 'Target vs actual', zh: '目标与实际' },
  targetVsActualNote: { en: 'Bars show each KPI as a percentage of its target (100% = target).', zh: '柱长为各指标实际值占目标值的百分比（100% 即目标）。' },
  sessionTrend: { en: 'Per-session trend', zh: '分场次趋势' },
  sessionTrendNone: { en: 'No KPI has per-session data (`sessions:`).', zh: '没有指标填写分场次数据（`sessions:`）。' },
  cycleTrend: { en: 'Across cycles', zh: '跨周期趋势' },
  noHistory: {
    en: 'No history yet: no earlier review of this person was found, so there is no cross-cycle trend to show.',
    zh: '暂无历史数据：没有找到此人以前周期的面谈记录，因此无法显示跨周期趋势。',
  },
  historyPending: { en: 'Looking for earlier cycles of this person…', zh: '正在查找此人以前周期的面谈…' },
  kpi: { en: 'KPI', zh: '指标' },
  target: { en: 'Target', zh: '目标' },
  actual: { en: 'Actual', zh: '实际' },
  attainment: { en: 'Attainment', zh: '达成率' },
  attainmentPercent: { en: 'Attainment %', zh: '达成率 %' },
  unit: { en: 'Unit', zh: '单位' },
  gap: { en: 'Gap', zh: '差距' },
  direction: { en: 'Direction', zh: '方向' },
  status: { en: 'Status', zh: '状态' },
  session: { en: 'Session', zh: '场次' },
  cycle: { en: 'Cycle', zh: '周期' },
  higherBetter: { en: '↑ higher is better', zh: '↑ 越高越好' },
  lowerBetter: { en: '↓ lower is better', zh: '↓ 越低越好' },
  met: { en: 'met', zh: '达成' },
  missed: { en: 'missed', zh: '未达成' },
  unknown: { en: 'incomplete', zh: '数据不全' },
  percentOfTarget: { en: '% of target', zh: '占目标 %' },
  summaryMet: { en: 'Met', zh: '达成' },
  summaryMissed: { en: 'Missed', zh: '未达成' },
  summaryIncomplete: { en: 'Incomplete', zh: '数据不全' },
  summaryGap: { en: 'Biggest gap', zh: '最大差距' },
  summaryFindings: { en: 'Lint findings', zh: '检查问题' },
  none: { en: 'none', zh: '无' },
  exportPng: { en: 'Export PNG', zh: '导出 PNG' },
  exportCsv: { en: 'Export CSV', zh: '导出 CSV' },
  lock: { en: 'Lock to this review', zh: '锁定到此面谈' },
  unlock: { en: 'Unlock (follow the active editor)', zh: '解除锁定（跟随当前编辑器）' },
  locked: { en: 'Locked', zh: '已锁定' },
  revealHint: { en: 'Click a KPI to show it in the frontmatter.', zh: '点击指标可跳转到 frontmatter 中对应的行。' },
  tableCaption: { en: '{chart}: data table', zh: '{chart}：数据表' },
  panelTitle: { en: 'KPI Preview: {name}', zh: 'KPI 预览：{name}' },
  panelTitleEmpty: { en: 'KPI Preview', zh: 'KPI 预览' },
  shortBy: { en: '{amount} short', zh: '差 {amount}' },
  overBy: { en: '{amount} over', zh: '超出 {amount}' },
  onTarget: { en: 'on target', zh: '持平' },
  gapSummary: { en: '{name}: {gap} ({attainment})', zh: '{name}：{gap}（达成 {attainment}）' },
  // Empty states and problems.
  noDocument: { en: 'Open a review (a Markdown file with YAML frontmatter) to see its KPI charts.', zh: '请打开一份面谈文档（带 YAML frontmatter 的 Markdown 文件）以查看 KPI 图表。' },
  notReview: {
    en: '{file} is not a review: it has no frontmatter with employee, cycle or kpis.',
    zh: '{file} 不是面谈文档：没有包含 employee、cycle 或 kpis 的 frontmatter。',
  },
  yamlError: { en: 'The frontmatter of {file} has YAML errors, so its KPIs cannot be read.', zh: '{file} 的 frontmatter 有 YAML 错误，无法读取 KPI。' },
  yamlErrorAt: { en: 'Line {line}: {message}', zh: '第 {line} 行：{message}' },
  unterminated: { en: 'The frontmatter has no closing `---`.', zh: 'frontmatter 缺少结尾的 `---`。' },
  noKpis: { en: '{file} has no KPIs yet. Add a `kpis:` list to the frontmatter, e.g.:', zh: '{file} 还没有 KPI。请在 frontmatter 中添加 `kpis:` 列表，例如：' },
  kpisNotList: { en: '`kpis:` must be a list of entries with name, target and actual.', zh: '`kpis:` 应为列表，每项包含 name、target 和 actual。' },
  missingTarget: { en: 'no target', zh: '缺少目标值' },
  missingActual: { en: 'no actual value', zh: '缺少实际值' },
  badTarget: { en: 'target "{raw}" is not a number', zh: '目标值“{raw}”不是数字' },
  badActual: { en: 'actual "{raw}" is not a number', zh: '实际值“{raw}”不是数字' },
  zeroTarget: { en: 'target is 0, so attainment cannot be computed', zh: '目标值为 0，无法计算达成率' },
  badSession: { en: 'session {n} "{raw}" is not a number', zh: '第 {n} 场“{raw}”不是数字' },
  kpiProblem: { en: '{name}: {problem}', zh: '{name}：{problem}' },
  sessionLabel: { en: 'Session {n}', zh: '第 {n} 场' },
  thisCycle: { en: 'this cycle', zh: '本周期' },
  loading: { en: 'Loading KPI charts…', zh: '正在加载 KPI 图表…' },
  savedTo: { en: 'Saved {file}', zh: '已保存 {file}' },
  saveFailed: { en: 'Could not save {file}: {error}', zh: '无法保存 {file}：{error}' },
  pngFilter: { en: 'PNG image', zh: 'PNG 图片' },
  csvFilter: { en: 'CSV table', zh: 'CSV 表格' },
  pageError: { en: 'The KPI preview page reported an error: {error}', zh: 'KPI 预览页面出错：{error}' },
} as const;

export type StringKey = keyof typeof STRINGS;

/** The string `key` in `locale`, with `{name}` slots filled from `params`. */
export function t(locale: Locale, key: StringKey, params: Record<string, unknown> = {}): string {
  return format(STRINGS[key][locale], params);
}

/** `vscode.env.language` or `navigator.language` → the locale of the UI. */
export function localeOf(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
