import { escapeControlsInJson } from '../../core/text/controls';
import type { FileReport } from '../lint/types';
import type { Formatter } from './types';

/**
 * One file's entry. With `--fix` / `--fix-dry-run`, a file the fixes changed also has `fixed` (the fixes applied:
 * `ruleId`, `title`) and `output` (its fixed text, ESLint's field); the findings' quick fixes, which `--fix` reads,
 * stay out.
 */
function entry({ file, findings, fix }: FileReport) {
  return { file, findings: findings.map(({ fixes: _fixes, ...finding }) => finding), ...(fix && { fixed: fix.applied, output: fix.output }) };
}

/** For machines: `[{"file", "findings": [{ruleId, severity, message, line, column, endLine, endColumn, data?}], fixed?, output?}]`. */
export const json: Formatter = (reports) => `${escapeControlsInJson(JSON.stringify(reports.map(entry)))}\n`;
