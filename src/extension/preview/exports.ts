// Saving what the page exports: the charts as PNG, the KPI table as CSV (UTF-8 with BOM, for Excel).
import * as vscode from 'vscode';
import type { Locale } from '../../core/i18n';
import { kpiCsv } from '../../core/preview/csv';
import type { ReviewModel } from '../../core/preview/protocol';
import { t } from '../../core/preview/strings';

/** `documentUri` with its extension replaced by `suffix` (a file next to it), as the save dialog's proposal. */
function defaultTarget(documentUri: string, suffix: string): vscode.Uri | undefined {
  try {
    const uri = vscode.Uri.parse(documentUri);
    return uri.scheme === 'untitled' ? undefined : uri.with({ path: uri.path.replace(/\.[^./]*$/, '') + suffix });
  } catch {
    return undefined;
  }
}

export async function save(bytes: Uint8Array, documentUri: string, suffix: string, filter: Record<string, string[]>, locale: Locale): Promise<void> {
  const target = await vscode.window.showSaveDialog({ defaultUri: defaultTarget(documentUri, suffix), filters: filter });
  if (!target) return;
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(t(locale, 'savedTo', { file: vscode.workspace.asRelativePath(target) }));
  } catch (e) {
    void vscode.window.showErrorMessage(t(locale, 'saveFailed', { file: target.fsPath, error: (e as Error).message }));
  }
}

const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/;

export async function savePng(dataUrl: string, model: ReviewModel): Promise<void> {
  const m = PNG_DATA_URL.exec(dataUrl);
  if (!m) return;
  await save(Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0)), model.uri, '-kpi.png', { [t(model.locale, 'pngFilter')]: ['png'] }, model.locale);
}

export async function saveCsv(model: ReviewModel): Promise<void> {
  await save(new TextEncoder().encode(kpiCsv(model)), model.uri, '-kpi.csv', { [t(model.locale, 'csvFilter')]: ['csv'] }, model.locale);
}
