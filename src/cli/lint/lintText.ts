// One review linted from text the caller holds, as `mdreview lint --only-reviews <file>` lints the file at that
// path: the config and templates that apply there, the person's earlier reviews in the repository as history, the
// same JobLinter. For the unified plugin (remark-cli, language servers), whose text may be an editor's unsaved one,
// and for `mdreview lint --stdin --stdin-filename <path>` (as `mdreview lint <path>`, review or not).
import type { Locale } from '../../core/i18n';
import { isInside, joinPath } from '../../core/workspace/host';
import { historyScope } from '../../core/workspace/settings';
import { decodeBytes } from '../../node/readText';
import { nodeWorkspace, toModelPath } from '../../node/workspaceHost';
import { t } from '../messages';
import { displayPath } from './discover';
import { fixJobs } from './fix';
import { historyJobs } from './history';
import { fileFinding, JobLinter } from './jobLinter';
import { Selector } from './select';
import { CONFIG_ERROR, IO_ERROR, type FileFix, type LintJob, type ReportFinding } from './types';

export interface TextLintResult {
  /** The text as linted (decoded, BOM dropped): what the findings' positions point into. */
  text: string;
  /** The file's findings, as `mdreview lint --format json` gives them for that file. */
  findings: ReportFinding[];
  /**
   * Broken config or template files that apply to the file, one `config-error` each (the CLI reports them under
   * the config's own path; `file` is that path as the CLI prints it).
   */
  configProblems: { file: string; finding: ReportFinding }[];
  /** What the fixes changed, when `lint` was asked to fix and they changed something: the findings are `fix.output`'s. */
  fix?: FileFix;
}

/**
 * Lints texts against one view of the file system, read once and kept: configs, templates, the list of Markdown
 * files and who each review is about. Make a new one to see changes on disk.
 */
export class TextLinter {
  private readonly scopes = new Set<string>();
  private readonly gitignore;
  private readonly host;
  private readonly workspace;
  private readonly selector;
  /** By `--locale` flag (or none): each keeps its template registries. */
  private readonly linters = new Map<string, JobLinter>();

  /**
   * `cwd`: the root of files outside any repository (the CLI's current folder); `config`: one config for all
   * (`--config`); `keepFixes`: findings keep their quick fixes (the plugin's `expected`; `--format json` has none).
   */
  constructor(private readonly cwd: string, config?: string, private readonly keepFixes = true) {
    ({ gitignore: this.gitignore, host: this.host, workspace: this.workspace } = nodeWorkspace(cwd, () => [...this.scopes], config));
    this.selector = new Selector(this.gitignore);
  }

  /**
   * Lints `input` (text, or bytes as read from the file) as the review at `path` (absolute). Undefined when it is no
   * review, as a folder walk would skip it: no review frontmatter and not matched by the config's `files`, or binary.
   * `named`: as a file named on the command line instead — linted review or not (unless `onlyReviews`, as with
   * `--only-reviews`), and input that cannot be read (binary, too large, GB18030) is an `io-error`.
   * `fix`: apply the findings' mechanical fixes as `mdreview lint --fix` does (with a linter that keeps fixes).
   */
  async lint(path: string, input: string | Uint8Array, locale: { flag?: Locale; env: Locale }, named?: { onlyReviews: boolean }, fix = false): Promise<TextLintResult | undefined> {
    const read = decodeBytes(typeof input === 'string' ? Buffer.from(input, 'utf8') : input);
    const modelPath = toModelPath(path);
    const locator = this.workspace.settings;
    const settings = await locator.forFile(modelPath);
    const uiLocale = locale.flag ?? locale.env;
    const configProblems = locator.problems
      .filter((p) => p.path === settings.configPath || isInside(p.path, joinPath(settings.root, '.mdreview', 'templates')))
      .flatMap((p) => p.messages.map((m) => ({ file: displayPath(this.cwd, p.path), finding: fileFinding(CONFIG_ERROR, 'error', t(uiLocale, 'invalidConfig', { message: m[uiLocale] })) })));
    if (!read.ok) {
      // As in a folder walk: a binary file is no review; a huge or GB18030 one is reported when its head is a review.
      if (!named && (read.kind === 'binary' || !this.selector.isReview(path, settings, read.head ?? ''))) return undefined;
      return { text: '', findings: [fileFinding(IO_ERROR, 'error', read.message[uiLocale])], configProblems };
    }
    if ((!named || named.onlyReviews) && !this.selector.isReview(path, settings, read.text)) return undefined;

    const job: LintJob = { index: 0, text: read.text, warning: read.warning, settingsId: settings.id };
    this.workspace.remember(modelPath, read.text);
    const scope = this.host.rootOf(modelPath) ?? historyScope(modelPath, settings);
    if (!this.scopes.has(scope)) {
      this.scopes.add(scope);
      this.workspace.rescan();
    }
    const history = await historyJobs(this.workspace, this.host, [job], new Set([modelPath]), 1);
    const linter = this.linterFor(locale.flag);
    const results = new Map(linter.lintChunk([job, ...history]).map((r) => [r.index, r]));
    const fixed = fix ? fixJobs([job], [job, ...history], results, linter).fixes.get(job.index) : undefined;
    return { text: read.text, findings: results.get(job.index)!.findings, configProblems, ...(fixed && { fix: fixed }) };
  }

  private linterFor(flagLocale: Locale | undefined): JobLinter {
    const key = flagLocale ?? 'auto';
    let linter = this.linters.get(key);
    if (!linter) {
      // `settings.all` grows as configs are found: the linter reads it by id when it lints.
      linter = new JobLinter(this.workspace.settings.all, flagLocale, false, this.keepFixes);
      this.linters.set(key, linter);
    }
    return linter;
  }
}
