// One KPI preview panel: which review it shows, whether it is locked, and the traffic with its page.
import * as vscode from 'vscode';
import { SUMMARY_SCHEME } from '../compare/summary';
import { loadEngine } from '../engine';
import type { Locale } from '../../core/i18n';
import type { CycleKpis } from '../../core/preview/history';
import { isPageMessage, type HostMessage, type PageMessage, type PreviewModel } from '../../core/preview/protocol';
import { t } from '../../core/preview/strings';
import { saveCsv, savePng } from './exports';
import type { HistoryProvider } from './history';
import { previewHtml, webviewOptions } from './html';
import { Throttle } from './throttle';
import { TimingLog } from './timings';

/** Same delay as the built-in Markdown preview. */
export const UPDATE_THROTTLE_MS = 300;

export interface PanelDeps {
  extensionUri: vscode.Uri;
  /** The UI language for a review (its config's `locale` counts), or for no review. */
  locale: (uri?: vscode.Uri) => Locale;
  getHistory: HistoryProvider;
  log: (line: string) => void;
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

/** Lint findings of mdreview (not of other linters) for the document. */
function findingCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'mdreview').length;
}

export class KpiPreviewPanel implements vscode.Disposable {
  private resource: vscode.Uri | undefined;
  private locked = false;
  /** Sequence number of the last model posted to the page. */
  seq = 0;
  /** Bumped per update, so a slow update finishing after a newer one does not overwrite it. */
  private generation = 0;
  private pageReady = false;
  private disposed = false;
  /** Earlier cycles of the shown review; `cycles` is undefined until the provider answers. */
  private history: { uri: string; cycles?: CycleKpis[] } | undefined;
  private readonly throttle = new Throttle(UPDATE_THROTTLE_MS, () => void this.update());
  private readonly disposables: vscode.Disposable[] = [];
  readonly timing: TimingLog;
  lastModel: PreviewModel | undefined;
  lastRenderedSeq = -1;

  constructor(readonly panel: vscode.WebviewPanel, private readonly deps: PanelDeps, onDispose: () => void) {
    this.timing = new TimingLog(deps.log);
    panel.webview.options = webviewOptions(deps.extensionUri);
    panel.webview.html = previewHtml(panel.webview, deps.extensionUri, deps.locale());
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => {
        if (isPageMessage(m)) void this.onMessage(m);
      }),
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
  }

  get resourceUri(): vscode.Uri | undefined {
    return this.resource;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** Shows `uri` (or the empty state for no document) and posts the model at once. */
  show(uri: vscode.Uri | undefined, locked = this.locked): void {
    if (uri?.toString() !== this.resource?.toString()) this.history = undefined;
    this.resource = uri;
    this.locked = locked;
    this.throttle.dispose();
    void this.update();
  }

  /** The active editor changed: follow it unless locked. Only Markdown editors are followed. */
  follow(editor: vscode.TextEditor | undefined): void {
    if (this.locked || !editor || editor.document.languageId !== 'markdown') return;
    // The comparison summary is generated Markdown about the review, not one: keep showing the review.
    if (editor.document.uri.scheme === SUMMARY_SCHEME) return;
    if (editor.document.uri.toString() !== this.resource?.toString()) this.show(editor.document.uri);
  }

  /** The shown document changed (typing) or its findings did: update after the throttle. */
  changed(uri: vscode.Uri, isEdit: boolean): void {
    if (uri.toString() !== this.resource?.toString()) return;
    if (isEdit) this.timing.edited();
    this.throttle.schedule();
  }

  /** Another file was saved: read the history again on the next update. */
  historyChanged(saved: vscode.Uri): void {
    if (!this.resource || saved.toString() === this.resource.toString()) return;
    this.history = undefined;
    this.throttle.schedule();
  }

  toggleLock(): void {
    this.locked = !this.locked;
    // Unlocked, the preview goes back to following: show the review being edited now.
    const active = vscode.window.activeTextEditor?.document;
    if (!this.locked && active?.languageId === 'markdown' && active.uri.toString() !== this.resource?.toString()) this.show(active.uri);
    else void this.update();
  }

  /**
   * The history if the provider has answered; otherwise asks it and returns undefined, so the first
   * chart does not wait for a workspace or git scan. The answer triggers another update.
   */
  private historyFor(uri: vscode.Uri): CycleKpis[] | undefined {
    if (this.history?.uri === uri.toString()) return this.history.cycles;
    const entry: { uri: string; cycles?: CycleKpis[] } = { uri: uri.toString() };
    this.history = entry;
    void this.deps
      .getHistory(uri)
      .catch((e: unknown) => {
        this.deps.log(`KPI preview: history provider failed: ${(e as Error).message}`);
        return [];
      })
      .then((cycles) => {
        entry.cycles = cycles;
        if (this.history === entry) void this.update();
      });
    return undefined;
  }

  private async buildModel(): Promise<PreviewModel> {
    const uri = this.resource;
    const locale = this.deps.locale(uri);
    const base = { uri: uri?.toString() ?? '', fileName: uri ? fileName(uri) : '', locale, locked: this.locked };
    const { buildPreviewModel, emptyModel } = await loadEngine();
    if (!uri) return emptyModel(base, 'no-document', t(locale, 'noDocument'));
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(uri);
    } catch {
      return emptyModel(base, 'no-document', t(locale, 'noDocument'));
    }
    const history = this.historyFor(uri);
    try {
      return buildPreviewModel({ ...base, text: document.getText(), findings: findingCount(uri), history });
    } catch (e) {
      // The core promises not to throw; if it ever does, the panel says so rather than going blank.
      return emptyModel(base, 'not-review', t(locale, 'pageError', { error: (e as Error).message }));
    }
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const model = await this.buildModel();
    // A newer update won, or the panel was closed while this one was building (late history answers call in).
    if (generation !== this.generation || this.disposed) return;
    this.lastModel = model;
    const name = model.kind === 'review' ? model.title : model.fileName;
    const title = name ? t(model.locale, 'panelTitle', { name }) : t(model.locale, 'panelTitleEmpty');
    this.panel.title = this.locked ? `🔒 ${title}` : title;
    this.post();
  }

  private post(): void {
    if (!this.pageReady || !this.lastModel) return;
    const message: HostMessage = { type: 'model', seq: ++this.seq, model: this.lastModel };
    this.timing.posted(this.seq);
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(m: PageMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.pageReady = true;
        if (this.lastModel) this.post();
        return;
      case 'rendered':
        this.lastRenderedSeq = Math.max(this.lastRenderedSeq, m.seq);
        this.timing.rendered(m.seq, m.charts, m.timing);
        return;
      case 'reveal':
        await this.reveal(m.kpiIndex);
        return;
      case 'toggleLock':
        this.toggleLock();
        return;
      case 'exportPng':
        if (this.lastModel?.kind === 'review') await savePng(m.dataUrl, this.lastModel);
        return;
      case 'exportCsv':
        if (this.lastModel?.kind === 'review') await saveCsv(this.lastModel);
        return;
      case 'error':
        this.deps.log(t('en', 'pageError', { error: m.message }));
        return;
    }
  }

  /** Selects the KPI's line in the review's editor, opening it beside the preview if it is not visible. */
  private async reveal(kpiIndex: number): Promise<void> {
    const model = this.lastModel;
    const kpi = model?.kind === 'review' ? model.kpis.find((k) => k.index === kpiIndex) : undefined;
    if (!kpi || !this.resource) return;
    const uri = this.resource;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const editor = await vscode.window.showTextDocument(uri, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    const range = new vscode.Range(kpi.range.start.line, kpi.range.start.character, kpi.range.end.line, kpi.range.end.character);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    this.disposed = true;
    this.throttle.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
