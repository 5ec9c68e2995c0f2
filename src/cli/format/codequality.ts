import { isAbsolute, relative, sep } from 'node:path';
import type { Severity } from '../../core/lint/types';
import { escapeControlsInJson } from '../../core/text/controls';
import { fingerprints } from './fingerprint';
import type { Formatter } from './types';

/** GitLab's scale has no "error": errors block a merge as `major`, the way GitLab's own ESLint recipe maps them. */
const SEVERITIES: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/** GitLab wants paths relative to the repository root, with `/`: the job runs from there. */
function repoPath(file: string, cwd: string): string {
  return (isAbsolute(file) ? relative(cwd, file) : file).split(sep).join('/');
}

/** GitLab Code Quality report (a JSON array of issues) for merge-request widgets and diff annotations. */
export const codequality: Formatter = (reports, { cwd }) => {
  const issues = reports.flatMap((report) => {
    const prints = fingerprints(report);
    return report.findings.map((f, i) => ({
      type: 'issue',
      check_name: f.ruleId,
      description: `${f.message} (mdreview ${f.ruleId})`,
      categories: ['Style'],
      severity: SEVERITIES[f.severity],
      fingerprint: prints[i],
      location: { path: repoPath(report.file, cwd), lines: { begin: f.line, end: f.endLine } },
    }));
  });
  return `${escapeControlsInJson(JSON.stringify(issues, null, 2))}\n`;
};
