import { meaningfulTarget } from '../kpi/attainment';
import { canonicalUnit } from '../kpi/quantity';
import type { Report, Rule } from '../lint/types';
import { text } from '../i18n';
import type { Kpi, Quantity, Range, ReviewDocument } from '../model';

/** The value as the review writes it: the source text of its range (`1e309`, not the Infinity YAML made of it). */
function describe(value: unknown, range: Range | undefined, doc: ReviewDocument): string {
  if (typeof value === 'string') return value;
  const written = range && doc.text.slice(doc.lines.offset(range.start), doc.lines.offset(range.end)).trim();
  return written || (JSON.stringify(value) ?? String(value));
}

/** The unit a value is in: its own suffix, or `%`. */
function unitOf(q: Quantity | undefined): string | undefined {
  return q?.percent ? '%' : canonicalUnit(q?.unit);
}

/** KPI values that cannot be read as numbers, missing values, and units that clash. */
export const kpiInvalidRule: Rule = {
  id: 'kpi-invalid',
  defaultSeverity: 'error',
  description: text('KPI targets and actuals are numbers (8%, 1.2万, ¥1.2M…) in one unit.', 'KPI 的目标值与实际值须为数值（8%、1.2万、¥1.2M 等）且单位一致。'),
  check({ doc, report }) {
    // After a YAML syntax error the KPIs are a guess (frontmatter reports the error); a tab indent alone is re-read
    // as the writer meant it (parse/frontmatter.ts), so its KPIs stand.
    if (doc.frontmatter?.syntaxErrors.some((e) => e.code !== 'TAB_AS_INDENT')) return;
    for (const kpi of doc.kpis.filter((k) => k.wellFormed)) {
      const fallback = kpi.nameRange ?? kpi.range;
      for (const field of ['target', 'actual'] as const) {
        const raw = field === 'target' ? kpi.targetRaw : kpi.actualRaw;
        const value = kpi[field];
        const range = (field === 'target' ? kpi.targetRange : kpi.actualRange) ?? fallback;
        if (raw === undefined || raw === null || raw === '') {
          report({
            range,
            message: field === 'target'
              ? text('KPI "{k}" has no target.', 'KPI“{k}”没有目标值（target）。', { k: kpi.name })
              : text('KPI "{k}" has no actual value.', 'KPI“{k}”没有实际值（actual）。', { k: kpi.name }),
            data: { kpi: kpi.id ?? kpi.name, field },
          });
        } else if (!value) {
          report({
            range,
            message: text('KPI "{k}": {f} "{v}" is not a number (write 8%, 1.2万, ¥1.2M, 1,250,000…).', 'KPI“{k}”的{fz}（`{f}`）“{v}”不是数值（可写 8%、1.2万、¥1.2M、1,250,000 等）。', { k: kpi.name, f: field, fz: field === 'target' ? '目标值' : '实际值', v: describe(raw, field === 'target' ? kpi.targetRange : kpi.actualRange, doc) }),
            data: { kpi: kpi.id ?? kpi.name, field },
          });
        }
      }
      if (kpi.target && !meaningfulTarget(kpi.target.value)) {
        report({
          range: kpi.targetRange ?? fallback,
          message: text(
            'KPI "{k}": a target of {v} makes attainment meaningless; write a decrease as a positive target with `better: lower`.',
            'KPI“{k}”的目标值 {v} 为负数，无法计算达成率；要降低的指标请写正数目标并加 `better: lower`。',
            { k: kpi.name, v: kpi.target.raw },
          ),
          data: { kpi: kpi.id ?? kpi.name, field: 'target' },
        });
      }
      checkUnits(kpi, report);
      kpi.sessions.forEach((s, i) => {
        if (s.value === undefined) {
          report({
            range: s.range ?? fallback,
            message: text('KPI "{k}": session {n} value "{v}" is not a number.', 'KPI“{k}”第 {n} 场的数值“{v}”不是数字。', { k: kpi.name, n: i + 1, v: describe(s.raw, s.range, doc) }),
            data: { kpi: kpi.id ?? kpi.name, field: `sessions[${i}]` },
          });
        }
      });
    }
  },
};

function checkUnits(kpi: Kpi, report: (r: Report) => void): void {
  const declared = canonicalUnit(kpi.unit);
  const units = [unitOf(kpi.target), unitOf(kpi.actual)];
  const written = units.filter((u): u is string => u !== undefined);
  const clash = written.find((u) => u !== (declared ?? written[0]));
  if (!clash) return;
  report({
    range: (unitOf(kpi.actual) === clash ? kpi.actualRange : kpi.targetRange) ?? kpi.nameRange ?? kpi.range,
    message: text('KPI "{k}" mixes units: "{a}" vs "{b}".', 'KPI“{k}”单位不一致：“{a}”与“{b}”。', { k: kpi.name, a: declared ?? written[0], b: clash }),
    data: { kpi: kpi.id ?? kpi.name, field: 'unit' },
  });
}
