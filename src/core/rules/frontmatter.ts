import type { Range } from '../model';
import { AGGREGATES, type KpiAggregate } from '../kpi/aggregate';
import { parseCycle } from '../cycles/cycle';
import type { Report, Rule } from '../lint/types';
import { text } from '../i18n';
import { yamlIssueText } from '../parse/yamlErrors';
import type { ParsedReview } from '../parse/parse';

const STATUSES = ['draft', 'submitted', 'final'];
const REQUIRED = ['employee', 'reviewer', 'cycle'] as const;
const DIRECTIONS = ['higher', 'lower'];

/**
 * YAML errors listed one by one; the rest are counted in one finding. 100 KB of `]` is 100,000 errors, and so many
 * findings would freeze the editor's problem list and flood the CLI's output.
 */
const MAX_YAML_FINDINGS = 50;

function isValidDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Frontmatter syntax (with the error's exact place in the YAML) and schema: who, which cycle, status, date, KPIs. */
export const frontmatterRule: Rule = {
  id: 'frontmatter',
  defaultSeverity: 'error',
  description: text(
    'YAML frontmatter is well-formed and names employee, reviewer and cycle; status, date, template and KPI entries are valid.',
    'YAML 头信息格式正确，写明 employee、reviewer、cycle；status、date、template 与 KPI 条目合法。',
  ),
  check({ doc, report }) {
    const fm = doc.frontmatter;
    const top: Range = fm?.range ?? doc.lines.range(0, doc.lines.lineEnd(0));
    if (!fm) {
      report({ range: top, message: text('The review has no YAML frontmatter (--- employee, reviewer, cycle ---).', '评审缺少 YAML 头信息（--- employee、reviewer、cycle ---）。') });
      return;
    }
    if (fm.unterminated) {
      report({ range: top, message: text('The frontmatter opened with --- is never closed: add a line with --- after it.', '头信息以 --- 开始但没有结束：请在其后加一行 ---。') });
      return;
    }
    const listed = fm.syntaxErrors.slice(0, MAX_YAML_FINDINGS);
    for (const e of listed) report({ range: e.range, message: yamlIssueText(e), data: { code: e.code, ...(e.key ? { key: e.key } : {}) } });
    const more = fm.syntaxErrorCount - listed.length;
    if (more > 0) {
      report({
        range: fm.syntaxErrors[listed.length]?.range ?? listed[listed.length - 1].range,
        message: text('{n} more YAML errors from here on are not listed: fix the first ones, one slip often causes many.', '从这里起另有 {n} 个 YAML 错误未列出：请先修正前面的错误，一处笔误常会引出许多错误。', { n: more }),
        data: { code: 'MORE_ERRORS', count: more },
      });
    }
    // After a syntax error the data is a guess: schema findings on it would only add noise.
    if (fm.syntaxErrors.length) return;
    if (!fm.data) {
      report({ range: top, message: text('The frontmatter must be a YAML mapping (key: value lines).', '头信息必须是 YAML 映射（“键: 值”形式）。') });
      return;
    }
    checkFields(doc, fm.data, top, report);
  },
};

function checkFields(doc: ParsedReview, data: Record<string, unknown>, top: Range, report: (r: Report) => void): void {
  const valueRange = (key: string) => doc.yamlRange([key]) ?? doc.yamlRange([key], 'key') ?? top;
  for (const key of REQUIRED) {
    if (!(key in data)) {
      report({ range: top, message: text('Missing required field "{key}".', '缺少必填字段“{key}”。', { key }), data: { field: key } });
    } else if (isBlank(data[key]) || typeof data[key] === 'object') {
      report({ range: valueRange(key), message: text('Field "{key}" is empty.', '字段“{key}”为空。', { key }), data: { field: key } });
    }
  }
  const cycle = data.cycle;
  // Any spelling the cycle reader knows (2026-Q3, 2026 Q3, Q3 2026, 2026年第三季度) sorts and matches as one.
  if (!isBlank(cycle) && !parseCycle(cycle)) {
    report({
      range: valueRange('cycle'),
      message: text('Cycle "{v}" is not a cycle id: use YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY, a school term YYYY-Tn or a semester YYYY-YYYY-n (e.g. 2026-Q3).', '周期“{v}”格式不对：请用 YYYY-Qn、YYYY-Hn、YYYY-MM、YYYY，学段 YYYY-Tn 或学期 YYYY-YYYY-n（如 2026-Q3）。', { v: String(cycle) }),
      data: { field: 'cycle' },
    });
  }
  if ('status' in data && !STATUSES.includes(String(data.status))) {
    report({
      range: valueRange('status'),
      message: text('Status "{v}" is not one of draft, submitted, final.', '状态“{v}”无效：应为 draft、submitted 或 final。', { v: String(data.status ?? '') }),
      data: { field: 'status' },
    });
  }
  if ('date' in data && !(typeof data.date === 'string' && isValidDate(data.date))) {
    const v = String(data.date ?? '');
    // In the right form but no day of the calendar (2026-02-30): say that, not that the form is wrong.
    const message = /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? text('Date "{v}" is not a day of the calendar.', '日期“{v}”在日历上不存在。', { v })
      : text('Date "{v}" is not a date in YYYY-MM-DD form.', '日期“{v}”不是 YYYY-MM-DD 格式的日期。', { v });
    report({ range: valueRange('date'), message, data: { field: 'date' } });
  }
  if (typeof data.template === 'string' && doc.template.id !== data.template) {
    report({
      range: valueRange('template'),
      message: text('Unknown template "{v}"; checked against "{used}" instead.', '未知模板“{v}”，已改用“{used}”检查。', { v: data.template, used: doc.template.id }),
      data: { field: 'template' },
    });
  }
  if ('kpis' in data) checkKpiEntries(doc, data.kpis, valueRange('kpis'), report);
}

function checkKpiEntries(doc: ParsedReview, kpis: unknown, listRange: Range, report: (r: Report) => void): void {
  if (kpis === null) return;
  if (!Array.isArray(kpis)) {
    report({ range: listRange, message: text('"kpis" must be a list of KPI entries (- name: …).', '“kpis”必须是 KPI 条目的列表（- name: …）。'), data: { field: 'kpis' } });
    return;
  }
  kpis.forEach((entry, i) => {
    const at = doc.yamlRange(['kpis', i]) ?? listRange;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      report({ range: at, message: text('KPI entry {n} must be a mapping with name, target and actual.', '第 {n} 个 KPI 条目必须是包含 `name`、`target`、`actual` 的映射。', { n: i + 1 }), data: { field: `kpis[${i}]` } });
      return;
    }
    const e = entry as Record<string, unknown>;
    if (isBlank(e.name) || typeof e.name === 'object') {
      report({ range: doc.yamlRange(['kpis', i, 'name']) ?? at, message: text('KPI entry {n} has no name.', '第 {n} 个 KPI 条目缺少 name。', { n: i + 1 }), data: { field: `kpis[${i}].name` } });
    }
    if ('better' in e && !DIRECTIONS.includes(String(e.better))) {
      report({
        range: doc.yamlRange(['kpis', i, 'better']) ?? at,
        message: text('"better" must be higher or lower, not "{v}".', '“better”只能是 higher 或 lower，而不是“{v}”。', { v: String(e.better) }),
        data: { field: `kpis[${i}].better` },
      });
    }
    if ('aggregate' in e && !AGGREGATES.includes(String(e.aggregate).toLowerCase() as KpiAggregate)) {
      report({
        range: doc.yamlRange(['kpis', i, 'aggregate']) ?? at,
        message: text(
          '"aggregate" must be sum (sessions add up: viewers, GMV), mean (a rate or average) or max (a peak), not "{v}".',
          '“aggregate”只能是 sum（各场相加：观看人数、销售额）、mean（比率或平均值）或 max（峰值），而不是“{v}”。',
          { v: String(e.aggregate) },
        ),
        data: { field: `kpis[${i}].aggregate` },
      });
    }
    if ('sessions' in e && !Array.isArray(e.sessions)) {
      report({
        range: doc.yamlRange(['kpis', i, 'sessions']) ?? at,
        message: text('"sessions" must be a list of values or {label, value} entries.', '“sessions”必须是数值或 {label, value} 条目的列表。'),
        data: { field: `kpis[${i}].sessions` },
      });
    }
  });
}
