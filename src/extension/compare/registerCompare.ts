// Cross-cycle comparison in VS Code: the two compare commands, the comparison view, the `mdreview-git:` and
// `mdreview-summary:` documents and the KPI CodeLens, on the shared review history (services.history).
import * as vscode from 'vscode';
import { REVIEW_SELECTOR } from '../documentSelector';
import { registerGitContent } from '../git/gitContent';
import { loadGit } from '../git/cliGit';
import type { Services } from '../services';
import { readSettings } from '../settings';
import { isReview } from '../workspace/reviewFiles';
import { COMPARE_WITH_PREVIOUS, COMPARE_WITH_REVISION, compareWithPrevious, compareWithRevision } from './compareCommands';
import { KpiHistoryLens } from './kpiLens';
import { ComparisonPanels } from './comparisonPanel';
import { SummaryDocuments } from './summary';

export function registerCompare(services: Services): vscode.Disposable {
  const { history } = services;
  const summaries = new SummaryDocuments();
  const panels = new ComparisonPanels(services.extensionUri, summaries, (m) => services.output.error(m));
  const lens = new KpiHistoryLens(history, (d) => isReview(d.uri, d.getText(), readSettings(d.uri).files));
  const report = (e: unknown) => {
    services.output.error(`compare: ${(e as Error)?.stack ?? String(e)}`);
    void vscode.window.showErrorMessage(`mdreview: ${(e as Error)?.message ?? String(e)}`);
    return undefined;
  };
  return vscode.Disposable.from(
    summaries,
    panels,
    registerGitContent(loadGit),
    vscode.commands.registerCommand(COMPARE_WITH_PREVIOUS, (uri?: unknown) => compareWithPrevious(history, panels, uri).catch(report)),
    vscode.commands.registerCommand(COMPARE_WITH_REVISION, (uri?: unknown, ref?: string) => compareWithRevision(history, panels, uri, ref).catch(report)),
    vscode.languages.registerCodeLensProvider(REVIEW_SELECTOR, lens),
  );
}
