// Tables written from the frontmatter into a section of the review: Insert KPI Table in the goals section
// (core/scaffold/kpiTable.ts) and Insert Data Summary in the data section (core/scaffold/dataSummary.ts) — each a
// light-bulb action in its section, or its command anywhere in the review, in the review's language.
import * as vscode from 'vscode';
import type { ParsedReview } from '../../core/parse/parse';
import type { Locale } from '../../core/i18n';
import { loadEngine, type Engine } from '../engine';
import { REVIEW_SELECTOR } from '../documentSelector';
import type { Services } from '../services';
import { l, type StringKey } from '../strings';

interface SectionTable {
  command: string;
  section: 'goals' | 'data';
  title: StringKey;
  noSection: StringKey;
  noData: StringKey;
  /** The table, or undefined when the review has nothing to put in it. */
  build(engine: Engine, services: Services, document: vscode.TextDocument, review: ParsedReview, locale: Locale, eol: string): Promise<string | undefined>;
  /** Whether the table could have rows, from a lazy parse (the frontmatter only). */
  hasData(review: ParsedReview): boolean;
}

const TABLES: SectionTable[] = [
  {
    command: 'mdreview.insertKpiTable',
    section: 'goals',
    title: 'insertKpiTable',
    noSection: 'kpiTableNoGoals',
    noData: 'kpiTableNoKpis',
    build: async (engine, _services, _document, review, locale, eol) => engine.kpiTable(review.kpis, locale, eol),
    hasData: (review) => review.kpis.some((k) => k.wellFormed && (k.target || k.actual)),
  },
  {
    command: 'mdreview.insertDataSummary',
    section: 'data',
    title: 'insertDataSummary',
    noSection: 'dataSummaryNoData',
    noData: 'dataSummaryNoSessions',
    async build(engine, services, document, review, locale, eol) {
      const previous = (await services.workspace.historyOf(document.uri, review)).previous;
      return engine.dataSummary(review.kpis, previous && { cycle: previous.cycle, kpis: previous.review.kpis }, locale, eol);
    },
    // The previous cycle is known only once the workspace is read: offered wherever there are KPIs.
    hasData: (review) => review.kpis.some((k) => k.wellFormed && (k.sessions.length > 0 || k.actual)),
  },
];

/** The edit that adds the table at the end of its section, or the message that says why there is none. */
async function tableEdit(services: Services, table: SectionTable, document: vscode.TextDocument): Promise<vscode.WorkspaceEdit | StringKey> {
  const [engine, parse] = await Promise.all([loadEngine(), services.workspace.parser(document.uri)]);
  const review = parse(document.getText());
  const section = review.sections.find((s) => s.id === table.section);
  if (!section) return table.noSection;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const locale = await services.history.localeOf(document.uri, review);
  const text = await table.build(engine, services, document, review, locale, eol);
  if (!text) return table.noData;
  // After the section's last text, one blank line on either side.
  const trimmed = document.getText().slice(0, section.bodyEnd).trimEnd().length;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(trimmed), document.positionAt(section.bodyEnd)), `${eol}${eol}${text}${eol}`);
  return edit;
}

async function insertTable(services: Services, table: SectionTable, uri?: vscode.Uri): Promise<boolean> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') return false;
  const edit = await tableEdit(services, table, document);
  if (typeof edit === 'string') {
    void vscode.window.showWarningMessage(l(edit));
    return false;
  }
  return vscode.workspace.applyEdit(edit);
}

type Span = { start: number; end: number };

/**
 * Offers each table where the cursor is in its section. VS Code asks on every cursor move: the sections' spans are
 * kept per document version, read from a lazy parse whose body is parsed only when some KPI has figures.
 */
class SectionTableActions implements vscode.CodeActionProvider {
  private readonly spans = new Map<string, { version: number; spans: Map<SectionTable, Span> }>();

  constructor(private readonly services: Services) {}

  /** One document closed, or (undefined) settings, configs or templates changed: sections may read differently. */
  forget(document?: vscode.TextDocument): void {
    if (document) this.spans.delete(document.uri.toString());
    else this.spans.clear();
  }

  private async sectionSpans(document: vscode.TextDocument): Promise<Map<SectionTable, Span>> {
    const key = document.uri.toString();
    const cached = this.spans.get(key);
    if (cached?.version === document.version) return cached.spans;
    const version = document.version;
    const review = (await this.services.workspace.parser(document.uri, true))(document.getText());
    const spans = new Map<SectionTable, Span>();
    for (const table of TABLES.filter((t) => t.hasData(review))) {
      const section = review.sections.find((s) => s.id === table.section);
      if (section) spans.set(table, { start: document.offsetAt(new vscode.Position(section.headingRange.start.line, 0)), end: section.bodyEnd });
    }
    if (document.version === version) this.spans.set(key, { version, spans });
    return spans;
  }

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
    const at = document.offsetAt(range.start);
    const actions: vscode.CodeAction[] = [];
    for (const [table, span] of await this.sectionSpans(document)) {
      if (at < span.start || at > span.end) continue;
      const action = new vscode.CodeAction(l(table.title), vscode.CodeActionKind.Refactor.append(`mdreview.${table.section}Table`));
      action.command = { command: table.command, title: l(table.title), arguments: [document.uri] };
      actions.push(action);
    }
    return actions;
  }
}

export function registerSectionTables(services: Services): vscode.Disposable {
  const provider = new SectionTableActions(services);
  return vscode.Disposable.from(
    vscode.languages.registerCodeActionsProvider(REVIEW_SELECTOR, provider, {
      providedCodeActionKinds: TABLES.map((t) => vscode.CodeActionKind.Refactor.append(`mdreview.${t.section}Table`)),
    }),
    vscode.workspace.onDidCloseTextDocument((document) => provider.forget(document)),
    services.linter.onDidInvalidate(() => provider.forget()),
    ...TABLES.map((table) => vscode.commands.registerCommand(table.command, (uri?: vscode.Uri) => insertTable(services, table, uri instanceof vscode.Uri ? uri : undefined))),
  );
}
