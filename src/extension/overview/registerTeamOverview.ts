// The Team Overview: a command that opens a webview panel with the cycle at a glance (src/core/report),
// kept live as reviews are saved, created or deleted, with click-through and CSV / HTML export.
import * as vscode from 'vscode';
import type { Locale } from '../../core/i18n';
import type { Finding } from '../../core/lint/types';
import { isOverviewPageMessage, TEAM_OVERVIEW_VIEW_TYPE, type OverviewHostMessage, type OverviewModel, type OverviewPageMessage } from '../../core/report/overviewProtocol';
import { rt } from '../../core/report/strings';
import { loadEngine } from '../engine';
import { save } from '../preview/exports';
import { pageHtml, webviewOptions } from '../preview/html';
import type { Services } from '../services';
import { uiLocale } from '../settings';
import { OverviewData } from './overviewData';

export const OPEN_TEAM_OVERVIEW = 'mdreview.openTeamOverview';
/** Test-only: the last model posted, what the page rendered, and how long opening and updates took. */
export const TEAM_OVERVIEW_STATE_FOR_TESTS = 'mdreview.teamOverview._state';

const SEVERITY_ORDER: Finding['severity'][] = ['error', 'warning', 'info', 'hint'];

class TeamOverviewPanel implements vscode.Disposable {
  private readonly data: OverviewData;
  private cycle: string | undefined;
  private seq = 0;
  private rendered = -1;
  private model: OverviewModel | undefined;
  /** When the update behind each posted model began, to time it until the page says it rendered. */
  private readonly startedAt = new Map<number, number>();
  readonly timings: { kind: 'open' | 'update'; ms: number }[] = [];
  private pending: 'open' | 'update' = 'open';
  private refreshing: Promise<void> | undefined;
  private again = false;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  constructor(readonly panel: vscode.WebviewPanel, private readonly services: Services, onDispose: () => void, cycle?: string) {
    this.data = new OverviewData(services);
    this.cycle = cycle;
    const locale = uiLocale();
    panel.webview.options = webviewOptions(services.extensionUri);
    panel.webview.html = pageHtml(panel.webview, services.extensionUri, locale, { script: 'overview.js', style: 'overview.css', title: rt(locale, 'titleNoCycle'), loading: rt(locale, 'loading') });
    const changed = (uri: vscode.Uri) => {
      this.data.forget(uri);
      this.refresh('update');
    };
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => {
        if (isOverviewPageMessage(m)) void this.onMessage(m);
      }),
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      // Saving is when a review counts as changed for the team view (not every keystroke).
      vscode.workspace.onDidSaveTextDocument((d) => d.languageId === 'markdown' && changed(d.uri)),
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach(changed)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach(changed)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => (changed(f.oldUri), changed(f.newUri)))),
      // One review changed on disk: it and its person's other reviews; settings, configs or templates: everything.
      services.linter.onDidInvalidate((path) => {
        if (path === undefined) this.data.clear();
        else this.data.forgetPath(path);
        this.refresh('update');
      }),
    );
  }

  /** Recomputes and posts the model; calls during a refresh run once more after it. */
  refresh(kind: 'open' | 'update'): void {
    this.pending = kind;
    if (this.refreshing) {
      this.again = true;
      return;
    }
    const started = performance.now();
    this.refreshing = this.post(started)
      .catch((e: Error) => this.services.output.error(`team overview: ${e.stack ?? e}`))
      .finally(() => {
        this.refreshing = undefined;
        if (this.again) {
          this.again = false;
          this.refresh(this.pending);
        }
      });
  }

  private async post(started: number): Promise<void> {
    const report = await this.data.report(this.cycle);
    // The panel may have been closed while the report was built.
    if (this.disposed) return;
    const locale = uiLocale();
    this.model = { locale, report };
    const seq = ++this.seq;
    this.startedAt.set(seq, started);
    this.panel.title = report.cycle ? rt(locale, 'title', { cycle: report.cycle }) : rt(locale, 'titleNoCycle');
    const message: OverviewHostMessage = { type: 'model', seq, model: this.model };
    await this.panel.webview.postMessage(message);
  }

  private async onMessage(m: OverviewPageMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.refresh(this.pending);
        return;
      case 'rendered': {
        this.rendered = m.seq;
        const started = this.startedAt.get(m.seq);
        if (started !== undefined) {
          const ms = performance.now() - started;
          // The first model posted is the open, even when a newer one was posted before the page answered.
          const kind = m.seq === 1 ? 'open' : 'update';
          this.timings.push({ kind, ms });
          this.services.output.info(`team overview: ${kind === 'open' ? 'opened' : 'updated'} in ${ms.toFixed(0)} ms`);
        }
        this.startedAt.delete(m.seq);
        return;
      }
      case 'selectCycle':
        this.cycle = m.cycle;
        this.refresh('update');
        return;
      case 'open':
        await this.open(m.file);
        return;
      case 'export':
        if (this.model) await this.export(m.format, this.model);
        return;
      case 'error':
        this.services.output.error(`team overview page: ${m.message}`);
        return;
    }
  }

  /** Opens the review and selects its most severe finding, if any. */
  private async open(file: string): Promise<void> {
    const uri = this.data.uriOf(file);
    if (!uri) return;
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    const findings = (this.services.linter.lastOutcome(uri)?.findings ?? []).slice().sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    const first = findings[0];
    if (!first) return;
    const range = new vscode.Range(first.range.start.line, first.range.start.character, first.range.end.line, first.range.end.character);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async export(format: 'csv' | 'html', model: OverviewModel): Promise<void> {
    const engine = await loadEngine();
    const locale: Locale = model.locale;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `team-overview-${model.report.cycle ?? 'all'}.${format}`;
    const text = format === 'csv' ? engine.reportCsv(model.report, locale) : engine.reportHtml(model.report, locale, { version: String(this.services.context.extension.packageJSON.version ?? '') });
    await save(new TextEncoder().encode(text), folder ? vscode.Uri.joinPath(folder, name).toString() : `untitled:${name}`, `.${format}`, { [format.toUpperCase()]: [format] }, locale);
  }

  state() {
    return { model: this.model, posted: this.seq, rendered: this.rendered, timings: this.timings };
  }

  /** Shows `cycle` (undefined: the latest). */
  show(cycle: string | undefined): void {
    this.cycle = cycle;
    this.panel.reveal();
    this.refresh('update');
  }

  dispose() {
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
  }
}

export function registerTeamOverview(services: Services): vscode.Disposable {
  let current: TeamOverviewPanel | undefined;
  const adopt = (panel: vscode.WebviewPanel, cycle?: string) => {
    current?.panel.dispose();
    const created = new TeamOverviewPanel(panel, services, () => {
      if (current === created) current = undefined;
    }, cycle);
    current = created;
    return created;
  };
  return vscode.Disposable.from(
    // An optional `{ cycle }` (from a link or a keybinding) opens that cycle instead of the latest.
    vscode.commands.registerCommand(OPEN_TEAM_OVERVIEW, (args?: { cycle?: string }) => {
      const cycle = typeof args?.cycle === 'string' ? args.cycle : undefined;
      if (current) {
        current.show(cycle);
        return;
      }
      const locale = uiLocale();
      adopt(vscode.window.createWebviewPanel(TEAM_OVERVIEW_VIEW_TYPE, rt(locale, 'titleNoCycle'), vscode.ViewColumn.Active, {}), cycle);
    }),
    vscode.commands.registerCommand(TEAM_OVERVIEW_STATE_FOR_TESTS, () => current?.state()),
    vscode.window.registerWebviewPanelSerializer(TEAM_OVERVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel) {
        adopt(panel);
      },
    }),
    { dispose: () => current?.panel.dispose() },
  );
}
