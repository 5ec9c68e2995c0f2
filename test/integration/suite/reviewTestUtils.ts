// Small helpers shared by the mdreview feature suites (diagnostics, quick fixes, new review).
import * as vscode from 'vscode';
import { waitForDiagnostics } from './helpers';

/** The rule id of an mdreview diagnostic (its code value), or undefined for other sources. */
export function ruleOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== 'mdreview') return undefined;
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

export function countRule(diagnostics: readonly vscode.Diagnostic[], ruleId: string): number {
  return diagnostics.filter((d) => ruleOf(d) === ruleId).length;
}

/** Opens a file in an editor and waits for its mdreview diagnostics to satisfy `predicate`. */
export async function openAndWait(uri: vscode.Uri, predicate: (d: readonly vscode.Diagnostic[]) => boolean = (d) => d.some((x) => ruleOf(x) !== undefined)) {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  // Generous: the first file of a run also waits for the extension to activate.
  const diagnostics = await waitForDiagnostics(uri, predicate, 30_000);
  return { doc, editor, diagnostics };
}

/** Sets an `mdreview.*` setting for the workspace (undefined removes it) and resolves once it is in effect. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('mdreview').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Lines of text joined with \n (test documents read best one line per entry). */
export function lines(...l: string[]): string {
  return l.join('\n');
}
