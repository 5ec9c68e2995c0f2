import * as vscode from 'vscode';
import { ReviewLinter } from './linter';
import { ConfigFiles } from './workspace/configFiles';
import { ReviewIndex } from './workspace/reviewIndex';
import { TemplateFiles } from './workspace/templateFiles';

/** What the features share: the log, the workspace's templates/configs/reviews and the linter. */
export interface Services {
  output: vscode.LogOutputChannel;
  extensionUri: vscode.Uri;
  /** `performance.now()` when activation began, for the first-lint timing. */
  activatedAt: number;
  templates: TemplateFiles;
  configs: ConfigFiles;
  reviews: ReviewIndex;
  linter: ReviewLinter;
}

/** Creates the shared services; nothing here reads a file or loads the engine until first asked. */
export function createServices(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, activatedAt: number): Services {
  const templates = new TemplateFiles(output);
  const configs = new ConfigFiles(output);
  const reviews = new ReviewIndex(templates, output);
  const linter = new ReviewLinter(configs, templates, reviews, output);
  context.subscriptions.push(templates, configs, reviews, linter);
  return { output, extensionUri: context.extensionUri, activatedAt, templates, configs, reviews, linter };
}
