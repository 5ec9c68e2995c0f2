// Insert KPI table: in a review's goals section (a light-bulb action there, or the command anywhere in the review),
// the frontmatter's KPIs as a table at the end of that section, in the review's language (see core/scaffold/kpiTable.ts).
import * as vscode from 'vscode';
import { loadEngine } from '../engine';
import { REVIEW_SELECTOR } from '../documentSelector';
import type { Services } from '../services';
import { l } from '../strings';

export const INSERT_KPI_TABLE = 'mdreview.insertKpiTable';
const KIND = vscode.CodeActionKind.Refactor.append('mdreview.kpiTable');

/** The edit that adds the table, or why there is none (no goals section, no KPI with figures). */
async function tableEdit(services: Services, document: vscode.TextDocument): Promise<vscode.WorkspaceEdit | 'noGoals' | 'noKpis'> {
  const [engine, parse] = await Promise.all([loadEngine(), services.workspace.parser(document.uri)]);
  const review = parse(document.getText());
  const goals = review.sections.find((s) => s.id === 'goals');
  if (!goals) return 'noGoals';
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const locale = await services.history.localeOf(document.uri, review);
  const table = engine.kpiTable(review.kpis, locale, eol);
  if (!table) return 'noKpis';
  // After the section's last text, one blank line on either side.
  const before = document.getText().slice(0, goals.bodyEnd);
  const trimmed = before.trimEnd().length;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(trimmed), document.positionAt(goals.bodyEnd)), `${eol}${eol}${table}${eol}`);
  return edit;
}

async function insertKpiTable(services: Services, uri?: vscode.Uri): Promise<boolean> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') return false;
  const edit = await tableEdit(services, document);
  if (edit === 'noGoals' || edit === 'noKpis') {
    void vscode.window.showWarningMessage(l(edit === 'noGoals' ? 'kpiTableNoGoals' : 'kpiTableNoKpis'));
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}

class KpiTableAction implements vscode.CodeActionProvider {
  constructor(private readonly services: Services) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const review = (await this.services.workspace.parser(document.uri))(document.getText());
    const goals = review.sections.find((s) => s.id === 'goals');
    const at = document.offsetAt(range.start);
    if (!goals || at < document.offsetAt(new vscode.Position(goals.headingRange.start.line, 0)) || at > goals.bodyEnd) return [];
    if (!review.kpis.some((k) => k.wellFormed && (k.target || k.actual))) return [];
    const action = new vscode.CodeAction(l('insertKpiTable'), KIND);
    action.command = { command: INSERT_KPI_TABLE, title: l('insertKpiTable'), arguments: [document.uri] };
    return [action];
  }
}

export function registerKpiTable(services: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(REVIEW_SELECTOR, new KpiTableAction(services), { providedCodeActionKinds: [KIND] }),
    vscode.commands.registerCommand(INSERT_KPI_TABLE, (uri?: vscode.Uri) => insertKpiTable(services, uri instanceof vscode.Uri ? uri : undefined)),
  );
}
