// The semantic comparison in its own read-only view: a `mdreview-summary:` Markdown document.
import * as vscode from 'vscode';

export const SUMMARY_SCHEME = 'mdreview-summary';

export class SummaryDocuments implements vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, {
    onDidChange: this.changed.event,
    provideTextDocumentContent: (uri) => this.texts.get(uri.toString()) ?? '',
  });

  /** Shows `markdown` beside the active editor without taking focus; one summary document per title. */
  async show(title: string, markdown: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'summary'}.md` });
    this.texts.set(uri.toString(), markdown);
    this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    return uri;
  }

  dispose() {
    this.registration.dispose();
    this.changed.dispose();
  }
}
