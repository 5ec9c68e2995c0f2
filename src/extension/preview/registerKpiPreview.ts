// The KPI preview feature: its commands, the panel serializer and the editor events it follows.
import * as vscode from 'vscode';
import { isPageState, KPI_PREVIEW_VIEW_TYPE } from '../../core/preview/protocol';
import { t } from '../../core/preview/strings';
import type { Services } from '../services';
import { uiLocale } from '../settings';
import { KpiPreviewPanel } from './previewPanel';

export const OPEN_KPI_PREVIEW = 'mdreview.openKpiPreview';
export const TOGGLE_KPI_PREVIEW_LOCK = 'mdreview.toggleKpiPreviewLock';
/** Test-only: the last model posted to the page, what the page rendered and the timings. */
export const LAST_MODEL_FOR_TESTS = 'mdreview.preview._lastModel';
const CONTEXT_OPEN = 'mdreview.kpiPreviewOpen';

export function registerKpiPreview(services: Services): vscode.Disposable {
  const { context, output, linter, history } = services;
  let preview: KpiPreviewPanel | undefined;
  const deps = {
    extensionUri: context.extensionUri,
    // The language the review's diagnostics use, which counts its config's `locale`.
    locale: (uri?: vscode.Uri) => (uri && linter.lastOutcome(uri)?.locale) || uiLocale(),
    getHistory: (uri: vscode.Uri) => history.kpiHistory(uri).catch(() => []),
    log: (l: string) => output.appendLine(l),
  };

  const adopt = (panel: vscode.WebviewPanel): KpiPreviewPanel => {
    preview?.panel.dispose();
    const created = new KpiPreviewPanel(panel, deps, () => {
      if (preview === created) preview = undefined;
      void vscode.commands.executeCommand('setContext', CONTEXT_OPEN, false);
    });
    preview = created;
    void vscode.commands.executeCommand('setContext', CONTEXT_OPEN, true);
    return created;
  };

  const open = (resource?: vscode.Uri) => {
    const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
    if (preview) {
      preview.timing.opened();
      preview.show(uri);
      preview.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(KPI_PREVIEW_VIEW_TYPE, t(uiLocale(), 'panelTitleEmpty'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
    const created = adopt(panel);
    created.timing.opened();
    created.show(uri, false);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(OPEN_KPI_PREVIEW, open),
    vscode.commands.registerCommand(TOGGLE_KPI_PREVIEW_LOCK, () => preview?.toggleLock()),
    vscode.commands.registerCommand(LAST_MODEL_FOR_TESTS, () =>
      preview && { model: preview.lastModel, postedSeq: preview.seq, renderedSeq: preview.lastRenderedSeq, locked: preview.isLocked, timings: preview.timing.timings },
    ),
    vscode.window.registerWebviewPanelSerializer(KPI_PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const restored = adopt(panel);
        restored.show(isPageState(state) && state.uri ? vscode.Uri.parse(state.uri) : undefined, isPageState(state) && state.locked);
      },
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => preview?.follow(editor)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) preview?.changed(e.document.uri, true);
    }),
    // Saving another review may change this person's history (a new or edited earlier cycle).
    vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.languageId === 'markdown') preview?.historyChanged(d.uri);
    }),
    vscode.languages.onDidChangeDiagnostics((e) => {
      for (const uri of e.uris) preview?.changed(uri, false);
    }),
    { dispose: () => preview?.panel.dispose() },
  );
}
