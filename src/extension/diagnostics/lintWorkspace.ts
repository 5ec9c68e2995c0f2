import * as vscode from 'vscode';
import { loadEngine } from '../engine';
import type { Services } from '../services';
import { readDocumentText } from '../workspace/reviewIndex';
import { l } from '../strings';
import { toDiagnostic } from './toDiagnostic';

/**
 * `mdreview.lintWorkspace`: lints every review of the workspace (open or not) into the Problems panel,
 * with a cancellable progress notification. Returns the number of reviews linted.
 */
export function registerLintWorkspace(services: Services, collection: vscode.DiagnosticCollection): vscode.Disposable & { reported: Set<string> } {
  const reported = new Set<string>();
  const run = () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: l('lintingWorkspace'), cancellable: true },
      async (progress, token) => {
        let last = 0;
        const reviews = await services.reviews.all((done, total) => {
          const pct = (done / Math.max(1, total)) * 50;
          progress.report({ increment: pct - last, message: l('filesRead', { done, total }) });
          last = pct;
        });
        const engine = await loadEngine();
        let count = 0;
        for (const { uri } of reviews) {
          if (token.isCancellationRequested) break;
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          const outcome = open ? await services.linter.lintDocument(open) : await services.linter.lintText(uri, await readDocumentText(uri));
          if (outcome) {
            collection.set(uri, outcome.findings.map((f) => toDiagnostic(f, engine, services.extensionUri)));
            reported.add(uri.toString());
            count++;
          }
          progress.report({ increment: 50 / Math.max(1, reviews.length), message: vscode.workspace.asRelativePath(uri) });
        }
        services.output.info(`lintWorkspace: ${count} review(s) linted`);
        return count;
      },
    );
  const command = vscode.commands.registerCommand('mdreview.lintWorkspace', async () => {
    try {
      return await run();
    } catch (e) {
      services.output.error(`lintWorkspace: ${(e as Error).stack ?? e}`);
      return 0;
    }
  });
  return Object.assign(command, { reported });
}
