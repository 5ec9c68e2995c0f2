import type { Severity } from '../../core/lint/types';
import { escapeControls } from '../../core/text/controls';
import type { Formatter } from './types';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub's workflow-command escaping: data escapes %, CR, LF; property values also `:` and `,`; other control characters are written out. */
export function escapeData(s: string): string {
  return escapeControls(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations: one `::error file=…,line=…::message` line per finding. */
export const github: Formatter = (reports) =>
  reports
    .flatMap((r) =>
      r.findings.map((f) => {
        const props = `file=${escapeProperty(r.file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${escapeProperty(`mdreview(${f.ruleId})`)}`;
        return `::${COMMANDS[f.severity]} ${props}::${escapeData(f.message)}\n`;
      }),
    )
    .join('');
