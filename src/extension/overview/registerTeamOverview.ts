// The Team Overview: a command that opens a webview panel with the cycle at a glance (src/core/report),
// kept live as reviews are saved, created or deleted, with click-through and CSV / HTML export.
import * as vscode from 'vscode';
import type { Locale } from '../../core/i18n';
import type { Finding } from '../../core/lint/types';
import type { CycleReport } from '../../core/report/cycleReport';
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
/** How often rows filled in by lint are posted while a report is being built: one message per result would flood the page. */
const PROGRESS_MS = 100;

/** `open`: first paint of the panel (rows may be pending); `complete`: every row of that open checked; `update`: a later report complete. */
type TimingKind = 'open' | 'complete' | 'update';

class TeamOverviewPanel implements vscode.Disposable {
  private readonly data: OverviewData;
  private cycle: string | undefined;
  private seq = 0;
  private rendered = -1;
  private model: OverviewModel | undefined;
  /** When the work behind a timed model began and what it was, to time it until the page says it rendered. */
  private readonly startedAt = new Map<number, { started: number; kind: TimingKind }>();
  readonly timings: { kind: TimingKind; ms: number; pendingRows: number }[] = [];
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
    const opening = this.seq === 0;
    let latest: (() => CycleReport) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      if (latest) this.send(latest(), undefined);
      latest = undefined;
    };
    const report = await this.data.report(this.cycle, (partial) => {
      // The first paint goes out at once; results after it in batches.
      if (opening && this.seq === 0) return this.send(partial(), { started, kind: 'open' });
      latest = partial;
      timer ??= setTimeout(flush, PROGRESS_MS);
    });
    if (timer) clearTimeout(timer);
    this.send(report, { started, kind: opening ? 'complete' : 'update' });
  }

  /** Posts `report` to the page; `timed`: measure it until the page has drawn it. */
  private send(report: CycleReport, timed: { started: number; kind: TimingKind } | undefined): void {
    // The panel may have been closed while the report was built.
    if (this.disposed) return;
    const locale = uiLocale();
    this.model = { locale, report };
    const seq = ++this.seq;
    if (timed) this.startedAt.set(seq, timed);
    this.panel.title = report.cycle ? rt(locale, 'title', { cycle: report.cycle }) : rt(locale, 'titleNoCycle');
    const message: OverviewHostMessage = { type: 'model', seq, model: this.model };
    this.panel.webview.postMessage(message).then(undefined, (e: Error) => this.services.output.error(`team overview: ${e.stack ?? e}`));
  }

  private async onMessage(m: OverviewPageMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.refresh(this.pending);
        return;
      case 'rendered': {
        this.rendered = m.seq;
        const timed = this.startedAt.get(m.seq);
        if (timed) {
          const ms = performance.now() - timed.started;
          this.timings.push({ kind: timed.kind, ms, pendingRows: m.pendingRows });
          const what = { open: `first paint (${m.pendingRows} rows checking)`, complete: 'complete', update: 'updated' }[timed.kind];
          this.services.output.info(`team overview: ${what} in ${ms.toFixed(0)} ms`);
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
        // Rows still being checked would be exported as zeros (the page disables the buttons until then).
        if (this.model && !this.model.report.totals.pending) await this.export(m.format, this.model);
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
