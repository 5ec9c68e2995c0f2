import { createColors } from 'picocolors';
import type { Severity } from '../../core/lint/types';
import { plural, t } from '../messages';
import { escapeControls } from '../../core/text/controls';
import type { Formatter } from './types';

const LABELS: Record<Severity, { en: string; zh: string }> = {
  error: { en: 'error', zh: '错误' },
  warning: { en: 'warning', zh: '警告' },
  info: { en: 'info', zh: '信息' },
  hint: { en: 'hint', zh: '提示' },
};

/** For people: findings grouped by file, `line:col  severity  rule  message`, then a count; colour on a TTY. */
export const stylish: Formatter = (reports, { locale, color, fileCount }) => {
  const c = createColors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan, hint: c.dim };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const out: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const rows = report.findings.map((f) => ({ at: `${f.line}:${f.column}`, label: LABELS[f.severity][locale], f }));
    const atWidth = Math.max(...rows.map((r) => r.at.length));
    const labelWidth = Math.max(...rows.map((r) => r.label.length));
    const ruleWidth = Math.max(...rows.map((r) => r.f.ruleId.length));
    out.push(c.underline(escapeControls(report.file)));
    for (const { at, label, f } of rows) {
      counts[f.severity]++;
      out.push(`  ${c.dim(at.padStart(atWidth))}  ${paint[f.severity](label.padEnd(labelWidth))}  ${c.dim(f.ruleId.padEnd(ruleWidth))}  ${escapeControls(f.message)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) {
    return c.green(`${t(locale, 'clean', { count: fileCount, s: plural(fileCount) })}\n`);
  }
  const line = t(locale, 'problems', {
    total,
    s: plural(total),
    errors: counts.error,
    errorsS: plural(counts.error),
    warnings: counts.warning,
    warningsS: plural(counts.warning),
    others: counts.info + counts.hint,
  });
  out.push(counts.error ? c.bold(c.red(line)) : c.bold(c.yellow(line)));
  return `${out.join('\n')}\n`;
};
