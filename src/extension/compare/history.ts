// Earlier reviews of a person, for the compare commands, the KPI CodeLens and the KPI preview's trend
// across cycles: the workspace model first (the same answer the linter's history gets), then the git
// history of the same file (cached until the workspace changes or the file is saved).
import * as vscode from 'vscode';
import type { Commit } from '../../node/git';
import type { HistoryVersion } from '../../core/history/previousInHistory';
import { reviewLocale, type Locale, type Text } from '../../core/i18n';
import type { Kpi } from '../../core/model';
import type { ParsedReview } from '../../core/parse/parse';
import { loadEngine } from '../engine';
import { fileHistory } from '../git/fileHistory';
import { readSettings } from '../settings';
import type { ReviewWorkspace } from '../workspace/reviewWorkspace';

/** Commits of a file read when looking for its earlier cycles in git: bounded work per file. */
const GIT_VERSIONS_READ = 60;

export type Previous =
  | { kind: 'workspace'; uri: vscode.Uri; review: ParsedReview }
  | { kind: 'git'; uri: vscode.Uri; review: ParsedReview; commit: Commit }
  | { kind: 'ambiguous'; employee: string; cycle: string; files: string[] }
  | { kind: 'none'; detail?: Text };

export class CompareHistory implements vscode.Disposable {
  private readonly gitCache = new Map<string, Promise<HistoryVersion<Commit>[]>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires when earlier reviews may have changed (workspace files changed, a file saved). */
  readonly onDidChange = this.changed.event;

  constructor(readonly workspace: ReviewWorkspace) {
    this.subscriptions = [
      workspace.onDidChange(() => {
        this.gitCache.clear();
        this.changed.fire();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.gitCache.delete(d.uri.toString())) this.changed.fire();
      }),
    ];
  }

  /** Parses review text with the config and templates that apply at `uri`. */
  parser(uri: vscode.Uri, lazily = false): Promise<(text: string) => ParsedReview> {
    return this.workspace.parser(uri, lazily);
  }

  /** The language of what is said about this review, as its findings are: the setting, the config's, else its own. */
  async localeOf(uri: vscode.Uri, doc: ParsedReview): Promise<Locale> {
    return reviewLocale(readSettings(uri).locale, (await this.workspace.settingsFor(uri)).config.locale, doc.language);
  }

  /** The review as it is now: the editor's copy when open, else the file. */
  async current(uri: vscode.Uri): Promise<ParsedReview> {
    return (await this.parser(uri))(await this.workspace.text(uri));
  }

  /** Earlier cycles of this file in git, newest first, one version per cycle (cached). */
  private gitCycles(uri: vscode.Uri, doc: ParsedReview): Promise<HistoryVersion<Commit>[]> {
    const key = uri.toString();
    let found = this.gitCache.get(key);
    if (!found) {
      found = (async () => {
        const history = await fileHistory(uri);
        if (!history.ok) return [];
        const [engine, parse] = await Promise.all([loadEngine(), this.parser(uri)]);
        const versions = await engine.cyclesInHistory(history.commits.slice(0, GIT_VERSIONS_READ), history.read, doc.meta.cycle, parse);
        return versions.filter((v) => engine.compareCycles(v.review.meta.cycle!, doc.meta.cycle!) < 0);
      })().catch(() => []);
      this.gitCache.set(key, found);
    }
    return found;
  }

  /** Earlier reviews of the person, newest first: the workspace's (as the linter sees them), else this file's git history. */
  async previousReviews(uri: vscode.Uri, doc?: ParsedReview): Promise<ParsedReview[]> {
    doc ??= await this.current(uri);
    if (!doc.meta.employee || !doc.meta.cycle) return [];
    const earlier = (await this.workspace.historyOf(uri, doc)).earlier;
    if (earlier.length) return earlier.map((e) => e.review);
    return (await this.gitCycles(uri, doc)).map((v) => v.review);
  }

  /** Every earlier cycle's KPIs, newest first, for the KPI preview's trend across cycles. */
  async kpiHistory(uri: vscode.Uri): Promise<{ cycle: string; kpis: Kpi[] }[]> {
    return (await this.previousReviews(uri)).map((r) => ({ cycle: r.meta.cycle ?? '', kpis: r.kpis }));
  }

  /** The previous review for the compare command: workspace first, then git; ambiguity is reported, not resolved. */
  async previous(uri: vscode.Uri, doc: ParsedReview): Promise<Previous> {
    const { employee, cycle } = doc.meta;
    if (!employee || !cycle) return { kind: 'none' };
    const [engine, history] = await Promise.all([loadEngine(), this.workspace.historyOf(uri, doc)]);
    if (history.previous) return { kind: 'workspace', ...this.workspace.at(history.previous) };
    const ambiguous = history.duplicates.filter((d) => engine.compareCycles(d.cycle, cycle) < 0).at(-1);
    if (ambiguous) return { kind: 'ambiguous', employee, cycle: ambiguous.cycle, files: ambiguous.keys.map((k) => vscode.workspace.asRelativePath(this.workspace.uriOf(k))) };
    const log = await fileHistory(uri);
    if (!log.ok) return { kind: 'none', detail: log.message };
    const hit = (await engine.cyclesInHistory(log.commits, log.read, cycle, await this.parser(uri), 1))[0];
    if (!hit) return { kind: 'none' };
    return { kind: 'git', uri: log.uriAt(hit.version), review: hit.review, commit: hit.version };
  }

  dispose() {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
