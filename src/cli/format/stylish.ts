import { createColors } from 'picocolors';
import type { Severity } from '../../core/lint/types';
import type { Formatter } from './types';

const LABELS: Record<Severity, { en: string; zh: string }> = {
  error: { en: 'error', zh: '错误' },
  warning: { en: 'warning', zh: '警告' },
  info: { en: 'info', zh: '信息' },
  hint: { en: 'hint', zh: '提示' },
};

function summary(counts: Record<Severity, number>, total: number, zh: boolean): string {
  return zh
    ? `✖ 共 ${total} 个问题（${counts.error} 个错误，${counts.warning} 个警告，${counts.info + counts.hint} 个信息或提示）`
    : `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info or hints)`;
}

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
    out.push(c.underline(report.file));
    for (const { at, label, f } of rows) {
      counts[f.severity]++;
      out.push(`  ${c.dim(at.padStart(atWidth))}  ${paint[f.severity](label.padEnd(labelWidth))}  ${c.dim(f.ruleId.padEnd(ruleWidth))}  ${f.message}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) {
    return c.green(locale === 'zh' ? `✔ 已检查 ${fileCount} 个文件，没有发现问题\n` : `✔ ${fileCount} file${fileCount === 1 ? '' : 's'} checked, no problems\n`);
  }
  const line = summary(counts, total, locale === 'zh');
  out.push(counts.error ? c.bold(c.red(line)) : c.bold(c.yellow(line)));
  return `${out.join('\n')}\n`;
};
