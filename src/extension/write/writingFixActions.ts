// Quick fixes that write the missing part of a finding (see core/write/writingFix.ts): "Make this goal SMART",
// "Rewrite as behaviour → result → figure", "Complete this action item". Each is a snippet with tab stops,
// inserted into the editor so the writer tabs through the figures, the date and the owner it proposes.
import * as vscode from 'vscode';
import type { Finding } from '../../core/lint/types';
import type { Range } from '../../core/model';
import type { ParsedReview } from '../../core/parse/parse';
import { toRange } from '../diagnostics/toDiagnostic';
import { loadEngine } from '../engine';
import type { LintOutcome } from '../linter';
import type { Services } from '../services';

/** `mdreview.writeFix(uri, range, snippet)`: inserts a writing fix's snippet over `range` in an editor of `uri`. */
export const WRITE_FIX = 'mdreview.writeFix';
const WRITTEN_RULES = new Set(['goal-smart', 'vague-feedback', 'action-owner', 'action-due']);

export class WritingFixActions {
  // Code actions are asked for on every cursor move; the review is parsed once per version.
  private parsed?: { uri: string; version: number; doc: ParsedReview };

  constructor(private readonly services: Services) {}

  private async review(document: vscode.TextDocument): Promise<ParsedReview> {
    const { uri, version } = document;
    if (this.parsed?.uri === uri.toString() && this.parsed.version === version) return this.parsed.doc;
    const doc = (await this.services.workspace.parser(uri))(document.getText());
    this.parsed = { uri: uri.toString(), version, doc };
    return doc;
  }

  async actions(document: vscode.TextDocument, outcome: LintOutcome, finding: Finding, diagnostic: vscode.Diagnostic | undefined): Promise<vscode.CodeAction[]> {
    if (!WRITTEN_RULES.has(finding.ruleId)) return [];
    const [engine, doc, people] = await Promise.all([loadEngine(), this.review(document), this.services.workspace.people()]);
    return engine.writingFixes(doc, finding, { people, locale: outcome.locale }).map((fix) => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.command = { command: WRITE_FIX, title: fix.title, arguments: [document.uri, fix.range, engine.written(fix.parts).snippet] };
      if (diagnostic) action.diagnostics = [diagnostic];
      return action;
    });
  }

  forget(document: vscode.TextDocument): void {
    if (this.parsed?.uri === document.uri.toString()) this.parsed = undefined;
  }
}

async function writeFix(uri: vscode.Uri, range: Range, snippet: string): Promise<boolean> {
  const editor = await vscode.window.showTextDocument(uri);
  return editor.insertSnippet(new vscode.SnippetString(snippet), toRange(range));
}

export function registerWritingFixCommand(actions: WritingFixActions): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(WRITE_FIX, writeFix),
    vscode.workspace.onDidCloseTextDocument((document) => actions.forget(document)),
  );
}
