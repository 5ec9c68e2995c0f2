// Import KPI Data…: a live-stream export (CSV, GB18030 CSV, XLSX) read through workspace.fs, so it works in the
// web extension too, into the active review's frontmatter. The change opens in a diff editor and the mapping in a
// quick pick beside it; nothing is written until the writer chooses Import, and then as one undoable edit.
import * as vscode from 'vscode';
import type { Config } from '../../core/config/config';
import type { ColumnMapping } from '../../core/import/columnMapping';
import type { ImportResult } from '../../core/import/importKpiData';
import type { ParsedReview } from '../../core/parse/parse';
import { loadEngine, type Engine } from '../engine';
import type { Services } from '../services';
import { uiLocale } from '../settings';
import { l } from '../strings';

/** For scripts and tests: the files, extra column choices, and `confirm: false` to import without asking. */
export interface ImportArgs {
  review?: vscode.Uri;
  export?: vscode.Uri;
  columns?: Record<string, string>;
  confirm?: boolean;
  saveMapping?: boolean;
}

const SCHEME = 'mdreview-import';
/** The proposed text of each review, shown on the right of the diff editor. */
const proposals = new Map<string, string>();

type Imported = Extract<ImportResult, { ok: true }>;
type Choice = 'import' | 'importAndSave' | 'remap' | undefined;

async function reviewDocument(args: ImportArgs): Promise<vscode.TextDocument | undefined> {
  if (args.review) return vscode.workspace.openTextDocument(args.review);
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? document : undefined;
}

async function pickExport(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: l('importPickExport'),
    canSelectMany: false,
    filters: { [l('importExportFilter')]: ['csv', 'xlsx', 'tsv', 'txt'] },
  });
  return picked?.[0];
}

/** The mapping as quick-pick rows under a separator, then the actions. */
async function confirm(result: Imported, review: ParsedReview, engine: Engine, configFile: vscode.Uri, locale: 'en' | 'zh', title: string): Promise<Choice> {
  type Item = vscode.QuickPickItem & { choice?: Choice };
  const lines = engine.describeImport(result, review, locale);
  const items: Item[] = [
    { label: `$(check) ${l('importApply')}`, detail: l('importApplyDetail'), choice: 'import' },
    { label: `$(save) ${l('importApplyAndSave')}`, detail: l('importApplyAndSaveDetail', { file: vscode.workspace.asRelativePath(configFile) }), choice: 'importAndSave' },
    { label: `$(edit) ${l('importRemap')}`, choice: 'remap' },
    { label: l('importMapping'), kind: vscode.QuickPickItemKind.Separator },
    ...lines.map((line) => ({ label: line.trim() })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: l('importPlaceholder'), ignoreFocusOut: true });
  return picked?.choice;
}

/** Asks which column to change and what it holds; the writer's choice as header → role. */
async function remap(mapping: ColumnMapping[], review: ParsedReview): Promise<Record<string, string> | undefined> {
  const describe = (m: ColumnMapping) => (m.role.kind === 'kpi' ? review.kpis[m.role.kpi].name : l(m.role.kind === 'date' ? 'importRoleDate' : m.role.kind === 'title' ? 'importRoleTitle' : 'importRoleIgnore'));
  const column = await vscode.window.showQuickPick(mapping.filter((m) => m.header).map((m) => ({ label: m.header, description: `→ ${describe(m)}`, m })), { title: l('importPickColumn'), ignoreFocusOut: true });
  if (!column) return undefined;
  const roles = [
    ...review.kpis.filter((k) => k.wellFormed).map((k) => ({ label: k.name, description: k.id, role: k.id ?? k.name })),
    { label: l('importRoleDate'), role: 'date' },
    { label: l('importRoleTitle'), role: 'title' },
    { label: l('importRoleIgnore'), role: 'ignore' },
  ];
  const role = await vscode.window.showQuickPick(roles, { title: l('importPickRole', { column: column.label }), ignoreFocusOut: true });
  return role && { [column.label]: role.role };
}

/** Replaces only the frontmatter lines that changed, as one edit the writer can undo. */
async function applyText(document: vscode.TextDocument, next: string): Promise<boolean> {
  const current = document.getText();
  let start = 0;
  while (start < current.length && current[start] === next[start]) start++;
  let end = 0;
  while (end < current.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(current.length - end)), next.slice(start, next.length - end));
  return vscode.workspace.applyEdit(edit);
}

async function saveMapping(engine: Engine, configFile: vscode.Uri, columns: Record<string, string>): Promise<void> {
  let before = '';
  try {
    before = new TextDecoder().decode(await vscode.workspace.fs.readFile(configFile));
  } catch {
    // No config yet: a new .mdreviewrc.yaml.
  }
  await vscode.workspace.fs.writeFile(configFile, new TextEncoder().encode(engine.withImportColumns(before, configFile.path, columns)));
}

async function importKpiData(services: Services, args: ImportArgs): Promise<{ sessions: number; kpis: number } | undefined> {
  const document = await reviewDocument(args);
  if (!document) {
    void vscode.window.showWarningMessage(l('importNoReview'));
    return undefined;
  }
  const exportUri = args.export ?? (await pickExport());
  if (!exportUri) return undefined;
  const { workspace } = services;
  const [engine, parse, settings, bytes] = await Promise.all([loadEngine(), workspace.parser(document.uri), workspace.settingsFor(document.uri), vscode.workspace.fs.readFile(exportUri)]);
  const locale = uiLocale(settings.config.locale, document.uri);
  const file = vscode.workspace.asRelativePath(document.uri);
  const exportName = exportUri.path.split('/').pop() ?? exportUri.path;
  let chosen: Record<string, string> = { ...args.columns };
  for (;;) {
    const review = parse(document.getText());
    const result = engine.importKpiData({ bytes, review, columns: columns(settings.config, chosen) });
    if (!result.ok) {
      void vscode.window.showErrorMessage(l('importFailed', { file: exportName, reason: result.message[locale] }));
      return undefined;
    }
    let choice: Choice = args.saveMapping ? 'importAndSave' : 'import';
    if (args.confirm !== false) {
      const proposed = vscode.Uri.from({ scheme: SCHEME, path: document.uri.path, query: document.uri.toString() });
      proposals.set(proposed.toString(), result.text);
      await vscode.commands.executeCommand('vscode.diff', document.uri, proposed, l('importDiffTitle', { file }), { preview: true, preserveFocus: true });
      choice = await confirm(result, review, engine, settings.configFile, locale, l('importTitle', { file }));
      proposals.delete(proposed.toString());
    }
    if (choice === 'remap') {
      const change = await remap(result.mapping, review);
      if (change) chosen = { ...chosen, ...change };
      continue;
    }
    if (!choice) return undefined;
    if (!(await applyText(document, result.text))) return undefined;
    if (choice === 'importAndSave') {
      await saveMapping(engine, settings.configFile, engine.columnsToSave(result.mapping, review.kpis));
      void vscode.window.showInformationMessage(l('importMappingSaved', { file: vscode.workspace.asRelativePath(settings.configFile) }));
    }
    await vscode.window.showTextDocument(document);
    void vscode.window.showInformationMessage(l('imported', { sessions: result.plan.sessionCount, kpis: result.plan.kpis.length, file }));
    services.output.info(`importKpiData: ${exportUri.toString()} → ${document.uri.toString()} (${result.table.format}, ${result.plan.sessionCount} sessions)`);
    return { sessions: result.plan.sessionCount, kpis: result.plan.kpis.length };
  }
}

/** The team's saved mapping with the writer's choices of this import on top. */
function columns(config: Config, chosen: Record<string, string>): Record<string, string> {
  return { ...config.import?.columns, ...chosen };
}

export function registerImportKpiData(services: Services): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, { provideTextDocumentContent: (uri) => proposals.get(uri.toString()) ?? '' }),
    vscode.commands.registerCommand('mdreview.importKpiData', async (args?: ImportArgs) => {
      try {
        return await importKpiData(services, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {});
      } catch (e) {
        services.output.error(`importKpiData: ${(e as Error).stack ?? e}`);
        void vscode.window.showErrorMessage(l('importFailed', { file: '', reason: (e as Error).message }));
        return undefined;
      }
    }),
  );
}
