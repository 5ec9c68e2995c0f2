import { resolve } from 'node:path';
import { runJson } from '../cli/helpers';

/** dist-test/unit/unified/*.js → the repository root. */
export const ROOT = resolve(__dirname, '../../..');

/** The environment the CLI, remark-cli and the language server run in: English messages, no colour. */
export const ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', NO_COLOR: '1' };

/** A finding as every route can state it; severity in vfile's three levels (a hint shows as info). */
export interface Compared {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function sorted(findings: Compared[]): Compared[] {
  const key = (f: Compared) => [f.line, f.column, f.endLine, f.endColumn].map((n) => String(n).padStart(6, '0')).join(':') + f.ruleId + f.message;
  return [...findings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** `mdreview lint --format json …` run in `cwd`: findings by absolute path of the file. */
export function cliFindings(args: string[], cwd: string): Map<string, Compared[]> {
  const r = runJson(args, cwd, ENV);
  if (r.status === 2) throw new Error(`mdreview lint failed: ${r.stderr}`);
  return new Map(
    r.reports.map((report) => [
      resolve(cwd, report.file),
      sorted(
        report.findings.map((f) => ({
          ruleId: String(f.ruleId),
          severity: f.severity === 'error' || f.severity === 'warning' ? f.severity : 'info',
          message: String(f.message),
          line: Number(f.line),
          column: Number(f.column),
          endLine: Number(f.endLine),
          endColumn: Number(f.endColumn),
        })),
      ),
    ]),
  );
}
