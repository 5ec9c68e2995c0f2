// The comparison view: one webview panel beside the diff editor, showing the latest comparison (KPI deltas,
// goals, action items, word changes per section) in the review's language; "Open as text" shows the same
// comparison as a Markdown document.
import * as vscode from 'vscode';
import { COMPARISON_VIEW_TYPE, isComparisonPageMessage, type ComparisonHostMessage, type ComparisonPageMessage, type RenderedComparison } from '../../core/history/comparisonProtocol';
import type { ComparisonView } from '../../core/history/comparisonView';
import { pageHtml, webviewOptions } from '../preview/html';
import type { SummaryDocuments } from './summary';

export const OPEN_COMPARISON_AS_TEXT = 'mdreview.openComparisonAsText';
/** Test-only: the last view posted and what the page rendered of it. */
export const COMPARISON_STATE_FOR_TESTS = 'mdreview.comparison._state';

export interface Comparison {
  view: ComparisonView;
  /** The same comparison as Markdown, for "Open as text". */
  markdown: string;
}

export class ComparisonPanels implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private current: Comparison | undefined;
  private seq = 0;
  /** The view in the last message posted (`current` may be newer, until the page is ready for it). */
  private posted: ComparisonView | undefined;
  private rendered: { seq: number; rendered: RenderedComparison } | undefined;
  private readonly registrations: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly summaries: SummaryDocuments,
    private readonly log: (message: string) => void,
  ) {
    this.registrations = vscode.Disposable.from(
      vscode.commands.registerCommand(OPEN_COMPARISON_AS_TEXT, () => this.openAsText()),
      vscode.commands.registerCommand(COMPARISON_STATE_FOR_TESTS, () => (this.posted ? { view: this.posted, posted: this.seq, rendered: this.rendered } : undefined)),
    );
  }

  /** Shows `comparison` beside the active editor without taking focus, reusing the open panel. */
  show(comparison: Comparison): void {
    this.current = comparison;
    const { view } = comparison;
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(COMPARISON_VIEW_TYPE, view.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(this.extensionUri));
      panel.webview.html = pageHtml(panel.webview, this.extensionUri, view.locale, { script: 'compare.js', style: 'compare.css', title: view.title, loading: '…' });
      panel.webview.onDidReceiveMessage((m: unknown) => {
        if (isComparisonPageMessage(m)) void this.onMessage(m);
      });
      panel.onDidDispose(() => {
        if (this.panel === panel) {
          this.panel = undefined;
          this.ready = false;
        }
      });
      this.panel = panel;
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.panel.title = view.title;
    if (this.ready) void this.post();
  }

  private async post(): Promise<void> {
    if (!this.panel || !this.current) return;
    this.posted = this.current.view;
    const message: ComparisonHostMessage = { type: 'model', seq: ++this.seq, view: this.posted };
    await this.panel.webview.postMessage(message);
  }

  private async onMessage(m: ComparisonPageMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        // Also after the page reloads (hidden and shown again): it starts empty.
        this.ready = true;
        await this.post();
        return;
      case 'rendered':
        this.rendered = { seq: m.seq, rendered: m.rendered };
        return;
      case 'openText':
        await this.openAsText();
        return;
      case 'error':
        this.log(`comparison page: ${m.message}`);
        return;
    }
  }

  /** The shown comparison as a Markdown document beside (undefined when none was shown). */
  async openAsText(): Promise<vscode.Uri | undefined> {
    return this.current && this.summaries.show(this.current.view.title, this.current.markdown);
  }

  dispose() {
    this.registrations.dispose();
    this.panel?.dispose();
  }
}
