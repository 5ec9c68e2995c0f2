import * as vscode from 'vscode';
import { registerCompare } from './compare/registerCompare';
import { registerLineSnippets } from './completion/registerLineSnippets';
import { registerTypedCompletion } from './completion/registerTypedCompletion';
import { registerDiagnostics } from './diagnostics/registerDiagnostics';
import { registerImportKpiData } from './import/registerImportKpiData';
import { registerSectionTables } from './write/registerSectionTables';
import { registerNewReview } from './newReview/registerNewReview';
import { registerTeamOverview } from './overview/registerTeamOverview';
import { registerKpiPreview } from './preview/registerKpiPreview';
import { registerQuickFixes } from './quickfix/registerQuickFixes';
import { createServices } from './services';
import { registerStatusBar } from './statusBar';

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('mdreview', { log: true });
  context.subscriptions.push(output);
  const services = createServices(context, output, started);

  context.subscriptions.push(
    registerDiagnostics(services),
    registerQuickFixes(services),
    registerNewReview(services),
    registerImportKpiData(services),
    registerSectionTables(services),
    registerStatusBar(services),
    registerKpiPreview(services),
    registerCompare(services),
    registerTeamOverview(services),
    registerLineSnippets(),
    registerTypedCompletion(services),
  );

  output.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {}
