// Import KPI Data… in a real VS Code: a GB18030 CSV, a UTF-8-with-BOM CSV and an XLSX export go into a review's
// frontmatter through workspace.fs, and the KPI preview then charts the sessions; with confirmation, the change
// opens in a diff editor beside a quick pick of the mapping, and nothing is written until Import is chosen.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as vscode from 'vscode';
import type { PreviewModel, ReviewModel } from '../../../src/core/preview/protocol';
import { requestScreenshot, sleep, waitFor, workspaceFile, writeWorkspaceFile } from './helpers';

const FIXTURES = resolve(__dirname, '../../../test/fixtures/import');
const REVIEW = 'reviews/2026-Q3/李娜.md';

async function copyFixture(name: string): Promise<vscode.Uri> {
  const uri = workspaceFile(`exports/${name}`);
  await vscode.workspace.fs.writeFile(uri, new Uint8Array(readFileSync(resolve(FIXTURES, name))));
  return uri;
}

/** A copy of 李娜's review under another name: a second review of hers for 2026-Q3 would change the other suites' workspace. */
async function freshReview(name: string): Promise<vscode.Uri> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(REVIEW)));
  return writeWorkspaceFile(`import/${name}.md`, text.replace('employee: 李娜', `employee: 导入-${name}`));
}

async function previewModel(uri: vscode.Uri, predicate: (m: ReviewModel) => boolean): Promise<ReviewModel> {
  return (await waitFor(
    async () => {
      const last = await vscode.commands.executeCommand<{ model?: PreviewModel; renderedSeq: number; postedSeq: number } | undefined>('mdreview.preview._lastModel');
      const model = last?.model;
      return model?.kind === 'review' && model.uri === uri.toString() && predicate(model) && last!.renderedSeq >= last!.postedSeq ? model : undefined;
    },
    'the KPI preview of the imported review',
    60_000,
  )) as ReviewModel;
}

suite('import KPI data', function () {
  this.timeout(120_000);
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(workspaceFile('import'), { recursive: true, useTrash: false });
    await vscode.workspace.fs.delete(workspaceFile('exports'), { recursive: true, useTrash: false });
  });

  for (const [name, format] of [['sessions.gb18030.csv', 'GB18030'], ['sessions.utf8bom.csv', 'UTF-8 BOM'], ['sessions.xlsx', 'XLSX']] as const) {
    test(`imports a ${format} export and the KPI preview charts its sessions`, async () => {
      const exportUri = await copyFixture(name);
      const review = await freshReview(format.replace(/\W+/g, '-'));
      const document = await vscode.workspace.openTextDocument(review);
      await vscode.window.showTextDocument(document);
      const result = await vscode.commands.executeCommand<{ sessions: number; kpis: number }>('mdreview.importKpiData', { review, export: exportUri, confirm: false });
      assert.deepEqual(result, { sessions: 10, kpis: 5 });
      const text = document.getText();
      assert.match(text, /\n {4}actual: 17.49万\n {4}sessions:\n {6}- \{ label: 2026-07-03, value: 1.52万 \}\n/);
      assert.ok(document.isDirty, 'the import is an edit in the editor (undoable), not a write behind its back');
      await vscode.commands.executeCommand('mdreview.openKpiPreview');
      const model = await previewModel(review, (m) => m.kpis.some((k) => k.sessions.length === 10));
      const viewers = model.kpis.find((k) => k.name === '观看人数')!;
      assert.equal(viewers.sessions.length, 10);
      assert.equal(viewers.sessions[0].label, '2026-07-03');
      if (name.endsWith('.xlsx')) await requestScreenshot('import-sessions');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  }

  test('with confirmation: the change opens as a diff and the mapping as a quick pick; Import writes it', async () => {
    const exportUri = await copyFixture('sessions.xlsx');
    const review = await freshReview('confirm');
    const document = await vscode.workspace.openTextDocument(review);
    await vscode.window.showTextDocument(document);
    const before = document.getText();
    const running = vscode.commands.executeCommand<{ sessions: number } | undefined>('mdreview.importKpiData', { review, export: exportUri });
    const diff = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.scheme === 'mdreview-import'),
      'the diff editor of the import',
      30_000,
    );
    assert.ok(diff);
    await sleep(1500);
    assert.equal(document.getText(), before, 'nothing is written before Import is chosen');
    await requestScreenshot('import-preview');
    // The quick pick's first item is Import.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.deepEqual(await running, { sessions: 10, kpis: 5 });
    assert.match(document.getText(), /\n {4}actual: 17.49万\n/);
  });
});
