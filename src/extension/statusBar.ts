import * as vscode from 'vscode';
import type { Locale } from '../core/i18n';
import type { Severity } from '../core/lint/types';
import type { LintOutcome } from './linter';
import type { Services } from './services';
import { l } from './strings';

function statusLabel(status: string | undefined, locale: Locale): string {
  switch (status) {
    case 'draft':
    case 'submitted':
    case 'final':
      return l(status, {}, locale);
    default:
      return status?.trim() ? status : l('noStatus', {}, locale);
  }
}

/**
 * What only mdreview knows of the active review (VS Code's own counts already say how many problems there are):
 * its cycle and status, KPIs met, SMART goals, items not followed up, and what is left to fix.
 */
function render(item: vscode.StatusBarItem, outcome: LintOutcome) {
  const { summary, locale } = outcome;
  const count = (s: Severity) => outcome.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info') + count('hint')];
  const judged = summary.kpis.filter((k) => k.met !== undefined);
  const kpis = l('statusKpis', { met: judged.filter((k) => k.met).length, total: judged.length }, locale);
  const smart = l('statusSmart', { smart: summary.smartGoals ?? '–', goals: summary.goals }, locale);
  const parts = [summary.cycle ?? '?', statusLabel(summary.status, locale)];
  if (judged.length) parts.push(kpis);
  if (summary.goals) parts.push(smart);
  if (summary.followUpsMissing) parts.push(l('statusFollowUps', { n: summary.followUpsMissing }, locale));
  if (errors + warnings) parts.push(l('statusToDo', { n: errors + warnings }, locale));
  item.text = `$(checklist) ${parts.join(' · ')}`;
  const tooltip = new vscode.MarkdownString(
    l('statusTooltip', { employee: summary.employee ?? '?', cycle: summary.cycle ?? '?', status: statusLabel(summary.status, locale), kpis, smart, actions: summary.openActions, followUps: summary.followUpsMissing, errors, warnings, infos }, locale),
  );
  tooltip.isTrusted = { enabledCommands: ['mdreview.openKpiPreview', 'workbench.actions.view.problems'] };
  item.tooltip = tooltip;
  item.show();
}

/** For the active review: what its review says (see `render`). Click opens the KPI preview; the tooltip links the findings too. */
export function registerStatusBar(services: Services): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('mdreview.status', vscode.StatusBarAlignment.Left, 50);
  item.name = l('statusName');
  item.command = 'mdreview.openKpiPreview';
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
