import * as vscode from 'vscode';
import type { EditorLintReply } from '../core/workspace/lintInWorkspace';
import { createLintBackend, type LintBackend } from './lintBackend';
import { readSettings } from './settings';
import { isReview } from './workspace/reviewFiles';
import type { ReviewWorkspace } from './workspace/reviewWorkspace';

/** A lint result: plain data (findings with their fixes, the review's summary), as the lint thread sends it. */
export interface LintOutcome extends Omit<EditorLintReply, 'problems'> {
  uri: vscode.Uri;
  /** The document version linted; undefined for files linted from disk. */
  version?: number;
}

/** A newer version of the document was asked for before this one's lint began. */
const SUPERSEDED = 'superseded';

/**
 * Lints reviews with the workspace's templates, the nearest config file and the `mdreview.*` settings
 * (settings over config files over rule defaults), off the main thread on the desktop (see lintBackend.ts).
 * Results are cached per document version, so the diagnostics, the quick fixes and the status bar share one run.
 */
export class ReviewLinter implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; outcome: Promise<LintOutcome | undefined> }>();
  private readonly latest = new Map<string, LintOutcome>();
  private readonly invalidated = new vscode.EventEmitter<string | undefined>();
  private readonly linted = new vscode.EventEmitter<{ uri: vscode.Uri; outcome: LintOutcome | undefined }>();
  private readonly subscriptions: vscode.Disposable[];
  private readonly backend: LintBackend;
  /**
   * Fires when settings, config files, templates or the review index change: results must be recomputed. With
   * the path of the one review that changed on disk, undefined when anything else did.
   */
  readonly onDidInvalidate = this.invalidated.event;
  /** Fires after each document lint (outcome undefined: not a review). */
  readonly onDidLint = this.linted.event;

  constructor(
    private readonly workspace: ReviewWorkspace,
    private readonly output: vscode.LogOutputChannel,
  ) {
    const invalidate = (path?: string) => this.invalidate(path);
    this.backend = createLintBackend(workspace);
    this.subscriptions = [
      this.backend,
      workspace.onDidChange(invalidate),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('mdreview') && invalidate(undefined)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.cache.delete(d.uri.toString());
        this.latest.delete(d.uri.toString());
      }),
    ];
  }

  /** `path`: the one review file that changed on disk; undefined: settings, configs or templates did. */
  invalidate(path?: string) {
    // Any review may be another's history: every open document's result is recomputed.
    this.cache.clear();
    this.invalidated.fire(path);
  }

  /** The lint result of an open document at its current version; undefined when it is not a review. */
  lintDocument(document: vscode.TextDocument): Promise<LintOutcome | undefined> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.outcome;
    const version = document.version;
    const outcome: Promise<LintOutcome | undefined> = this.lint(document.uri, document.getText(), version).then((o) => {
      // A superseded run has no result of its own: the newer run reports.
      if (o === SUPERSEDED) {
        const newer = this.cache.get(key)?.outcome;
        return newer !== outcome ? newer : undefined;
      }
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
  async lintText(uri: vscode.Uri, text: string): Promise<LintOutcome | undefined> {
    const outcome = await this.lint(uri, text);
    return outcome === SUPERSEDED ? undefined : outcome;
  }

  /** `version`: a document version's run, which a run for a newer version supersedes while still queued. */
  private async lint(uri: vscode.Uri, text: string, version?: number): Promise<LintOutcome | undefined | typeof SUPERSEDED> {
    const settings = readSettings(uri);
    if (!settings.enable || !isReview(uri, text, settings.files)) return undefined;
    try {
      const reply = await this.backend.lint({
        path: this.workspace.host.pathOf(uri),
        text,
        // A plain copy: configuration values are proxies, which cannot cross to the lint thread.
        severities: { ...settings.rules },
        defaultTemplate: settings.defaultTemplate,
        locale: settings.locale,
      }, version !== undefined);
      if (!reply) return SUPERSEDED;
      const { problems, ...result } = reply;
      this.workspace.report(problems);
      return { uri, version, ...result };
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
