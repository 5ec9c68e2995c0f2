// `mdreview lint --stdin --stdin-filename <path>` (ESLint's spelling; `mdreview lint -` too): the text on standard
// input linted as `mdreview lint <path>` lints the file there, for editor integrations that lint unsaved buffers
// (nvim-lint, ALE, efm-langserver, flymake). <path> finds the config, the templates and the person's earlier reviews
// (lintText.ts); a file at <path> on disk is not read, the buffer stands for it, and the output names <path>.
import { resolve } from 'node:path';
import type { Locale, Text } from '../../core/i18n';
import { MAX_FILE_BYTES } from '../../core/workspace/host';
import type { CommandContext } from '../command';
import { encodeFixed } from './fixWrite';
import { TextLinter } from './lintText';
import { failuresOf, type RunResult } from './run';
import { IO_ERROR, type FileReport } from './types';

/** What reports call standard input without `--stdin-filename`: a file of that name in the current folder. */
export const STDIN_NAME = '<stdin>';

export interface StdinOptions {
  /** `--stdin-filename`, as given (relative to the current folder, or absolute). */
  filename?: string;
  config?: string;
  onlyReviews: boolean;
  locale: { flag?: Locale; env: Locale };
  /** `--fix` or `--fix-dry-run`: the report gives what the fixes changed, and the findings that remain. */
  fix?: boolean;
}

/** Reads a stream to its end, but no more than one byte past the 10 MB cap (such input is refused as too large). */
export async function readAll(stream: AsyncIterable<unknown>, cap = MAX_FILE_BYTES + 1): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    chunks.push(bytes);
    length += bytes.length;
    if (length >= cap) break;
  }
  return Buffer.concat(chunks).subarray(0, cap);
}

/** Lints `bytes` (standard input) as the file at `options.filename`: its report, then one per broken config or template that applies. */
export async function lintStdin(bytes: Uint8Array, options: StdinOptions, context: CommandContext): Promise<Pick<RunResult, 'reports' | 'failures' | 'linted'>> {
  const file = options.filename ?? STDIN_NAME;
  const linter = new TextLinter(context.cwd, options.config, options.fix === true);
  const result = await linter.lint(resolve(context.cwd, file), bytes, options.locale, { onlyReviews: options.onlyReviews }, options.fix);
  const reports: FileReport[] = [];
  if (result) {
    reports.push({ file, findings: result.findings, ...(result.fix && { fix: result.fix }) });
    // As `mdreview lint <file>` reports them: under the config's (or template's) own path, after the file.
    const byFile = new Map<string, FileReport>();
    for (const { file: path, finding } of result.configProblems) {
      let report = byFile.get(path);
      if (!report) byFile.set(path, (report = { file: path, findings: [] }));
      report.findings.push(finding);
    }
    reports.push(...byFile.values());
  }
  return { reports, failures: failuresOf(reports, context), linted: result ? 1 : 0 };
}

/**
 * What `--stdin --fix` prints instead of a report (no file is written): the fixed text in the input's own encoding,
 * or the input as it came when nothing was fixed; nothing when it could not be read (binary, too large, GB18030).
 * `report`: the input's, from `lintStdin`.
 */
export function fixedInput(bytes: Buffer, report: FileReport | undefined): { output?: Buffer; problem?: Text } {
  if (report?.findings.some((f) => f.ruleId === IO_ERROR && f.severity === 'error')) return {};
  const fixed = report?.fix ? encodeFixed(bytes, report.fix) : bytes;
  return Buffer.isBuffer(fixed) ? { output: fixed } : { output: bytes, problem: fixed };
}
