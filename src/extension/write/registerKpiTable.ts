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

/**
 * Offers the action where the cursor is in the goals section. VS Code asks on every cursor move: the goals section's
 * span is kept per document version, and read from a lazy parse whose body is parsed only when some KPI has figures.
 */
class KpiTableAction implements vscode.CodeActionProvider {
  private readonly spans = new Map<string, { version: number; span?: { start: number; end: number } }>();

  constructor(private readonly services: Services) {}

  /** One document closed, or (undefined) settings, configs or templates changed: sections may read differently. */
  forget(document?: vscode.TextDocument): void {
    if (document) this.spans.delete(document.uri.toString());
    else this.spans.clear();
  }

  private async goalsSpan(document: vscode.TextDocument): Promise<{ start: number; end: number } | undefined> {
    const key = document.uri.toString();
    const cached = this.spans.get(key);
    if (cached?.version === document.version) return cached.span;
    const version = document.version;
    const review = (await this.services.workspace.parser(document.uri, true))(document.getText());
    const goals = review.kpis.some((k) => k.wellFormed && (k.target || k.actual)) ? review.sections.find((s) => s.id === 'goals') : undefined;
    const span = goals && { start: document.offsetAt(new vscode.Position(goals.headingRange.start.line, 0)), end: goals.bodyEnd };
    if (document.version === version) this.spans.set(key, { version, span });
    return span;
  }

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const span = await this.goalsSpan(document);
    const at = document.offsetAt(range.start);
    if (!span || at < span.start || at > span.end) return [];
    const action = new vscode.CodeAction(l('insertKpiTable'), KIND);
    action.command = { command: INSERT_KPI_TABLE, title: l('insertKpiTable'), arguments: [document.uri] };
    return [action];
  }
}

export function registerKpiTable(services: Services): vscode.Disposable {
  const provider = new KpiTableAction(services);
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(REVIEW_SELECTOR, provider, { providedCodeActionKinds: [KIND] }),
    vscode.workspace.onDidCloseTextDocument((document) => provider.forget(document)),
    services.linter.onDidInvalidate(() => provider.forget()),
    vscode.commands.registerCommand(INSERT_KPI_TABLE, (uri?: vscode.Uri) => insertKpiTable(services, uri instanceof vscode.Uri ? uri : undefined)),
  );
}
