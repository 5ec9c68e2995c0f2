import { createHash } from 'node:crypto';
import type { FileReport, ReportFinding } from '../lint/types';

/**
 * A stable identity per finding for code-review tools (SARIF `partialFingerprints`, GitLab `fingerprint`).
 * It hashes the file, rule, message and how many identical findings came before in that file, and never the
 * line: a finding keeps its identity when lines above it are added or removed, so a PR does not re-open it.
 */
export function fingerprints(report: FileReport): string[] {
  const seen = new Map<string, number>();
  return report.findings.map((f: ReportFinding) => {
    const key = `${report.file}\0${f.ruleId}\0${f.message}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    return createHash('sha256').update(`${key}\0${nth}`).digest('hex');
  });
}
