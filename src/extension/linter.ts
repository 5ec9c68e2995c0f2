import * as vscode from 'vscode';
import type { Finding } from '../core/lint/types';
import type { Locale } from '../core/i18n';
import type { ParsedReview } from '../core/parse/parse';
import { loadEngine } from './engine';
import { readSettings, uiLocale } from './settings';
import { isReview } from './workspace/reviewFiles';
import type { ReviewWorkspace } from './workspace/reviewWorkspace';

export interface LintOutcome {
  uri: vscode.Uri;
  /** The document version linted; undefined for files linted from disk. */
  version?: number;
  doc: ParsedReview;
  findings: Finding[];
  /** The language of the messages, for titles shown next to them. */
  locale: Locale;
  /** Parse and rules, without reading config, templates and earlier reviews: the engine's share of the time. */
  engineMs: number;
}

/**
 * Lints reviews with the workspace's templates, the nearest config file and the `mdreview.*` settings
 * (settings over config files over rule defaults). Results are cached per document version, so the
 * diagnostics, the quick fixes and the status bar share one run.
 */
export class ReviewLinter implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; outcome: Promise<LintOutcome | undefined> }>();
  private readonly latest = new Map<string, LintOutcome>();
  private readonly invalidated = new vscode.EventEmitter<void>();
  private readonly linted = new vscode.EventEmitter<{ uri: vscode.Uri; outcome: LintOutcome | undefined }>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires when settings, config files, templates or the review index change: results must be recomputed. */
  readonly onDidInvalidate = this.invalidated.event;
  /** Fires after each document lint (outcome undefined: not a review). */
  readonly onDidLint = this.linted.event;

  constructor(
    private readonly workspace: ReviewWorkspace,
    private readonly output: vscode.LogOutputChannel,
  ) {
    const invalidate = () => this.invalidate();
    this.subscriptions = [
      workspace.onDidChange(invalidate),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('mdreview') && invalidate()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.delete(d.uri.toString());
        this.latest.delete(d.uri.toString());
      }),
    ];
  }

  invalidate() {
    this.cache.clear();
    this.invalidated.fire();
  }

  /** The lint result of an open document at its current version; undefined when it is not a review. */
  lintDocument(document: vscode.TextDocument): Promise<LintOutcome | undefined> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.outcome;
    const version = document.version;
    const outcome = this.lintText(document.uri, document.getText(), version).then((o) => {
      if (o) this.latest.set(key, o);
      else this.latest.delete(key);
      this.linted.fire({ uri: document.uri, outcome: o });
      return o;
    });
    this.cache.set(key, { version, outcome });
    return outcome;
  }

  /** The last finished result for a document, whatever its version. */
  lastOutcome(uri: vscode.Uri): LintOutcome | undefined {
    return this.latest.get(uri.toString());
  }

  /** Lints any text as the file at `uri`; undefined when it is no review or mdreview is disabled there. */
  async lintText(uri: vscode.Uri, text: string, version?: number): Promise<LintOutcome | undefined> {
    const settings = readSettings(uri);
    if (!settings.enable || !isReview(uri, text, settings.files)) return undefined;
    try {
      const [engine, { config, templates }] = await Promise.all([loadEngine(), this.workspace.settingsFor(uri)]);
      const parseStart = performance.now();
      const doc = engine.parse(text, { templates, defaultTemplate: settings.defaultTemplate || config.defaultTemplate });
      const parseMs = performance.now() - parseStart;
      const history = (await this.workspace.historyOf(uri, doc)).earlier.map((e) => e.review);
      const locale = uiLocale(config.locale, uri);
      const rulesStart = performance.now();
      const findings = engine.lintDocument(doc, { config, severities: settings.rules, locale, history });
      return { uri, version, doc, findings, locale, engineMs: parseMs + performance.now() - rulesStart };
    } catch (e) {
      this.output.error(`${uri.fsPath}: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }

  dispose() {
    for (const s of this.subscriptions) s.dispose();
    this.invalidated.dispose();
    this.linted.dispose();
  }
}
