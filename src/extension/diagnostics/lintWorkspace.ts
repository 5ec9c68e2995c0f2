import * as vscode from 'vscode';
import { loadEngine } from '../engine';
import type { Services } from '../services';
import { l } from '../strings';
import { toDiagnostic } from './toDiagnostic';

/** What one Lint Workspace run did; also the command's return value. */
export interface LintWorkspaceResult {
  linted: number;
  errors: number;
  warnings: number;
  /** Reviews with at least one error or warning. */
  withFindings: number;
  cancelled: boolean;
  /** The completion message shown to the user. */
  message: string;
}

/**
 * `mdreview.lintWorkspace`: lints every review of the workspace (open or not) into the Problems panel,
 * with a cancellable progress notification, then says what it found (a progress bar that just
 * disappears leaves people wondering whether anything happened).
 */
export function registerLintWorkspace(services: Services, collection: vscode.DiagnosticCollection): vscode.Disposable & { reported: Set<string> } {
  const reported = new Set<string>();
  const run = () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l('lintingWorkspace'), cancellable: true },
      async (progress, token) => {
        let last = 0;
        const reviews = await services.workspace.reviews((done, total) => {
          const pct = (done / Math.max(1, total)) * 50;
          progress.report({ increment: pct - last, message: l('filesRead', { done, total }) });
          last = pct;
        }, true);
        const engine = await loadEngine();
        const result = { linted: 0, errors: 0, warnings: 0, withFindings: 0, cancelled: false };
        for (const uri of reviews) {
          if (token.isCancellationRequested) {
            result.cancelled = true;
            break;
          }
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          const outcome = open ? await services.linter.lintDocument(open) : await services.linter.lintText(uri, await services.workspace.text(uri));
          if (outcome) {
            collection.set(uri, outcome.findings.map((f) => toDiagnostic(f, engine)));
            reported.add(uri.toString());
            result.linted++;
            const errors = outcome.findings.filter((f) => f.severity === 'error').length;
            const warnings = outcome.findings.filter((f) => f.severity === 'warning').length;
            result.errors += errors;
            result.warnings += warnings;
            if (errors + warnings > 0) result.withFindings++;
          }
          progress.report({ increment: 50 / Math.max(1, reviews.length), message: vscode.workspace.asRelativePath(uri) });
        }
        const message = result.cancelled
          ? l('lintStopped', { linted: result.linted })
          : l('lintDone', result);
        services.output.info(`lintWorkspace: ${message}`);
        return { ...result, message };
      },
    );
  const showProblems = l('showProblems');
  const command = vscode.commands.registerCommand('mdreview.lintWorkspace', async () => {
    try {
      const result = await run();
      // Not awaited: the command is done when the lint is, not when the message is dismissed.
      void vscode.window.showInformationMessage(result.message, showProblems).then((pick) => {
        if (pick === showProblems) void vscode.commands.executeCommand('workbench.actions.view.problems');
      });
      return result;
    } catch (e) {
      services.output.error(`lintWorkspace: ${(e as Error).stack ?? e}`);
      void vscode.window.showErrorMessage(l('lintFailed', { error: (e as Error).message }));
      return undefined;
    }
  });
  return Object.assign(command, { reported });
}
