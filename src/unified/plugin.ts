// mdreview as a unified plugin, in the style of remark-lint rules: `remark --use mdreview …` (remark-cli) and
// unified-language-server report each finding as a vfile message. The findings are those of
// `mdreview lint --only-reviews <file>` on the file's text (src/cli/lint/lintText.ts): the config, templates and
// earlier reviews of the same person are found on disk exactly as the CLI finds them.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../core/i18n';
import type { Fix } from '../core/lint/types';
import { RULES, ruleDocPath } from '../core/rules/registry';
import { LineMap } from '../core/text/lineMap';
import type { Range } from '../core/text/position';
import { localeFromEnv, parseLocale } from '../cli/locale';
import { RUNNER_RULES } from '../cli/format/runnerRules';
import { TextLinter } from '../cli/lint/lintText';
import type { ReportFinding } from '../cli/lint/types';

export interface Options {
  /** One config file for every review, like `mdreview lint --config`; relative to the file's `cwd`. */
  config?: string;
  /** Message language, like `--locale`; default: the config's `locale`, else the review's own language. */
  locale?: Locale;
}

/** A unist point and position: 1-based line and column (UTF-16 code units), the end exclusive. */
interface Point {
  line: number;
  column: number;
}
interface Place {
  start: Point;
  end: Point;
}

/** What the plugin sets on a vfile message (vfile-message 3 and 4 have these fields). */
export interface Message {
  ruleId?: string | null;
  source?: string | null;
  fatal?: boolean | null;
  url?: string | null;
  actual?: string | null;
  expected?: string[] | null;
  note?: string | null;
  /** Not a vfile-message field: the finding's `data` of `mdreview lint --format json`. */
  data?: Record<string, unknown>;
}

/** The part of a VFile (vfile 5 and 6) the plugin uses. */
export interface VFileLike {
  path?: string;
  cwd: string;
  value: string | Uint8Array | null | undefined;
  message(reason: string, place?: Place, origin?: string): Message;
}

/**
 * The views of the file system in use, by cwd and config. A remark-cli run asks for one file after another (often
 * hundreds): they share one listing of the repository and one read of each config. A language server lints on
 * every change: a view older than this is not reused, so an edited config or earlier review is seen.
 */
const VIEW_MS = 1000;
const views = new Map<string, { linter: TextLinter; created: number }>();

function viewFor(cwd: string, config: string | undefined): TextLinter {
  const key = `${cwd}\u0000${config ?? ''}`;
  const now = Date.now();
  const found = views.get(key);
  if (found && now - found.created < VIEW_MS) return found.linter;
  for (const [k, v] of views) if (now - v.created >= VIEW_MS) views.delete(k);
  const linter = new TextLinter(cwd, config);
  views.set(key, { linter, created: now });
  return linter;
}

/** The package's folder: dist/unified.js lives in dist/. */
const PACKAGE_ROOT = resolve(__dirname, '..');
/** The rules, and the ids of reading, config and runner findings (io-error, config-error…): each has its page. */
const RULE_IDS = new Set([...RULES.map((r) => r.id), ...RUNNER_RULES.map((r) => r.id)]);
const docUrls = new Map<string, string | undefined>();

/** The rule's documentation page in the installed package, as `--format sarif` links it. */
function docUrl(ruleId: string): string | undefined {
  if (!RULE_IDS.has(ruleId)) return undefined;
  if (!docUrls.has(ruleId)) {
    const path = join(PACKAGE_ROOT, ruleDocPath(ruleId));
    docUrls.set(ruleId, existsSync(path) ? pathToFileURL(path).href : undefined);
  }
  return docUrls.get(ruleId);
}

/**
 * Each fix that only changes text inside the finding's range (no name to type in first), as the text that replaces
 * that whole range: what `expected` means to unified-language-server, which offers each as a quick fix.
 */
export function replacements(lines: LineMap, range: Range, fixes: readonly Fix[]): string[] {
  const start = lines.offset(range.start);
  const end = lines.offset(range.end);
  const out: string[] = [];
  for (const fix of fixes) {
    if (fix.input || fix.edits.length === 0) continue;
    const edits = fix.edits.map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), text: e.newText })).sort((a, b) => a.start - b.start);
    if (edits.some((e, i) => e.start < start || e.end > end || e.end < e.start || (i > 0 && e.start < edits[i - 1].end))) continue;
    let replaced = '';
    let at = start;
    for (const e of edits) {
      replaced += lines.text.slice(at, e.start) + e.text;
      at = e.end;
    }
    out.push(replaced + lines.text.slice(at, end));
  }
  return out;
}

function report(file: VFileLike, finding: ReportFinding, lines: LineMap | undefined): void {
  const place: Place = { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } };
  const message = file.message(finding.message, place, `mdreview:${finding.ruleId}`);
  message.ruleId = finding.ruleId;
  message.source = 'mdreview';
  // vfile's levels: fatal (an error), warning, and info (neither); a hint is shown as info.
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  const url = docUrl(finding.ruleId);
  if (url) message.url = url;
  if (finding.data) message.data = finding.data;
  if (lines && finding.fixes?.length) {
    const range = { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } };
    const expected = replacements(lines, range, finding.fixes);
    if (expected.length) {
      message.actual = lines.text.slice(lines.offset(range.start), lines.offset(range.end));
      message.expected = expected;
    }
  }
}

/**
 * The unified attacher: `unified().use(remarkMdreview, options)`. It reads the file's text, not the tree, so it
 * works after any parser; files that are not reviews get no message.
 */
export default function remarkMdreview(options: Options = {}) {
  const flag = parseLocale(options.locale);
  return async function transformer(_tree: unknown, file: VFileLike): Promise<void> {
    const cwd = file.cwd || process.cwd();
    // Text from stdin has no path: it is read as a review in the current folder.
    const path = resolve(cwd, file.path || '<stdin>');
    const result = await viewFor(cwd, options.config).lint(path, file.value ?? '', { flag, env: localeFromEnv(process.env) });
    if (!result) return;
    const lines = result.text ? new LineMap(result.text) : undefined;
    for (const finding of result.findings) report(file, finding, lines);
    for (const problem of result.configProblems) report(file, { ...problem.finding, message: `${problem.file}: ${problem.finding.message}` }, undefined);
  };
}
