import { createColors } from 'picocolors';
import { join } from 'node:path';
import type { Severity } from '../../core/lint/types';
import { ruleDocPath } from '../../core/rules/registry';
import { plural, t } from '../messages';
import { escapeControls } from '../../core/text/controls';
import { fixDiff } from './fixDiff';
import type { Formatter } from './types';

const LABELS: Record<Severity, { en: string; zh: string }> = {
  error: { en: 'error', zh: '错误' },
  warning: { en: 'warning', zh: '警告' },
  info: { en: 'info', zh: '信息' },
  hint: { en: 'hint', zh: '提示' },
};

/**
 * For people: findings grouped by file, `line:col  severity  rule  message`, then a count; colour on a TTY. With
 * `--fix-dry-run`, each file's diff comes first; then where each rule seen is explained; with `--fix` or
 * `--fix-dry-run`, a count of the fixes comes last.
 */
export const stylish: Formatter = (reports, { locale, color, fileCount, fix, packageRoot }) => {
  const c = createColors(color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.cyan, hint: c.dim };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const fixed = reports.flatMap((r) => (r.fix ? [{ file: r.file, fix: r.fix }] : []));
  const diffs = fix === 'dry-run' ? fixed.map((r) => `${fixDiff(r.file, r.fix, c)}\n`).join('') : '';
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
  const fixes = fixed.reduce((n, r) => n + r.fix.applied.length, 0);
  const fixLine = fix && fixes ? `${c.green(t(locale, fix === 'write' ? 'fixesApplied' : 'fixesShown', { fixes, s: plural(fixes), files: fixed.length, filesS: plural(fixed.length) }))}\n` : '';
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) {
    return `${diffs}${c.green(`${t(locale, 'clean', { count: fileCount, s: plural(fileCount) })}\n`)}${fixLine}`;
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
  // Where each rule seen is explained: the same page the editor's rule link renders, shipped with the package.
  const rules = [...new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)))].sort();
  const width = Math.max(...rules.map((id) => id.length));
  out.push(c.dim(t(locale, 'ruleHelp')), ...rules.map((id) => c.dim(`  ${id.padEnd(width)}  ${join(packageRoot, ruleDocPath(id))}`)));
  return `${diffs}${out.join('\n')}\n${fixLine}`;
};
