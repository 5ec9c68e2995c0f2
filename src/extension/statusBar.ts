import * as vscode from 'vscode';
import type { Severity } from '../core/lint/types';
import type { LintOutcome } from './linter';
import type { Services } from './services';

function statusLabel(status: string | undefined): string {
  switch (status) {
    case 'draft':
      return vscode.l10n.t('draft');
    case 'submitted':
      return vscode.l10n.t('submitted');
    case 'final':
      return vscode.l10n.t('final');
    default:
      return status?.trim() ? status : vscode.l10n.t('no status');
  }
}

function render(item: vscode.StatusBarItem, outcome: LintOutcome) {
  const count = (s: Severity) => outcome.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos, hints] = [count('error'), count('warning'), count('info'), count('hint')];
  item.text = `$(checklist) ${statusLabel(outcome.doc.meta.status)}  $(error) ${errors}  $(warning) ${warnings}  $(info) ${infos + hints}`;
  item.tooltip = vscode.l10n.t('mdreview: {0} errors, {1} warnings, {2} infos, {3} hints — click to open Problems', errors, warnings, infos, hints);
  item.show();
}

/** For the active review: its status and its findings by severity. Click opens the Problems panel. */
export function registerStatusBar(_context: vscode.ExtensionContext, services: Services): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('mdreview.status', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('mdreview review status');
  item.command = 'workbench.actions.view.problems';
  const refresh = () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const outcome = uri && services.linter.lastOutcome(uri);
    if (outcome) render(item, outcome);
    else item.hide();
  };
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    services.linter.onDidLint(({ uri }) => uri.toString() === vscode.window.activeTextEditor?.document.uri.toString() && refresh()),
  );
}
