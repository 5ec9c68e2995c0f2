import * as vscode from 'vscode';
import type { Severity } from '../core/lint/types';
import type { LintOutcome } from './linter';
import type { Services } from './services';
import { l } from './strings';

function statusLabel(status: string | undefined): string {
  switch (status) {
    case 'draft':
      return l('draft');
    case 'submitted':
      return l('submitted');
    case 'final':
      return l('final');
    default:
      return status?.trim() ? status : l('noStatus');
  }
}

function render(item: vscode.StatusBarItem, outcome: LintOutcome) {
  const count = (s: Severity) => outcome.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos, hints] = [count('error'), count('warning'), count('info'), count('hint')];
  item.text = `$(checklist) ${statusLabel(outcome.summary.status)}  $(error) ${errors}  $(warning) ${warnings}  $(info) ${infos + hints}`;
  item.tooltip = l('statusTooltip', { errors, warnings, infos, hints }, outcome.locale);
  item.show();
}

/** For the active review: its status and its findings by severity. Click opens the Problems panel. */
export function registerStatusBar(services: Services): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('mdreview.status', vscode.StatusBarAlignment.Left, 50);
  item.name = l('statusName');
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
