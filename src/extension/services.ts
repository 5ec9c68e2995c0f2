import * as vscode from 'vscode';
import { CompareHistory } from './compare/history';
import { ReviewLinter } from './linter';
import { ReviewWorkspace } from './workspace/reviewWorkspace';

/** What the features share: the extension context, the log, the workspace model, the linter and the review history. */
export interface Services {
  context: vscode.ExtensionContext;
  output: vscode.LogOutputChannel;
  extensionUri: vscode.Uri;
  /** `performance.now()` when activation began, for the first-lint timing. */
  activatedAt: number;
  workspace: ReviewWorkspace;
  linter: ReviewLinter;
  history: CompareHistory;
}

/** Creates the shared services; nothing here reads a file or loads the engine until first asked. */
export function createServices(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, activatedAt: number): Services {
  const workspace = new ReviewWorkspace(output);
  const linter = new ReviewLinter(workspace, output);
  const history = new CompareHistory(workspace);
  context.subscriptions.push(workspace, linter, history);
  return { context, output, extensionUri: context.extensionUri, activatedAt, workspace, linter, history };
}
