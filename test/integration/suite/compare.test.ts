// Cross-cycle comparison in a real VS Code: both compare commands open a diff editor whose left side
// is the previous review (another workspace file, or a git revision of the same file, followed across
// a rename) and whose right side is this review; the semantic summary opens beside; KPI CodeLenses
// show last cycle's value.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { requestScreenshot, workspaceFile, writeWorkspaceFile } from './helpers';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.invalid' };

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd: workspaceFile('.').fsPath, env: GIT_ENV, encoding: 'utf8' });
}

function review(cycle: string, kpiName: string, actual: string): string {
  return `---\nemployee: 王 五\ncycle: ${cycle}\ntemplate: livestream-ops\nkpis:\n  - { name: ${kpiName}, id: interaction-rate, unit: "%", target: 5%, actual: ${actual} }\n---\n## 一、目标达成情况\n\n互动率 ${actual}。\n\n## 五、改进建议\n\n- [ ] 优化开场话术 负责人：@王五 截止：2026-12-31\n`;
}

function activeDiff(): vscode.TabInputTextDiff {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  assert.ok(input instanceof vscode.TabInputTextDiff, `active tab is a diff editor, not ${JSON.stringify(input)}`);
  return input;
}

function summaryEditor(): vscode.TextEditor | undefined {
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'mdreview-summary');
}

suite('compare across cycles', function () {
  this.timeout(60_000);
  const oldName = 'git 历史/旧 名.md';
  const newName = 'git 历史/王 五.md';
  const hashes: string[] = [];

  let createdRepository = false;

  suiteSetup(() => {
    createdRepository = !fs.existsSync(workspaceFile('.git').fsPath);
    if (createdRepository) git('init', '-q');
    fs.mkdirSync(workspaceFile('git 历史').fsPath, { recursive: true });
    fs.writeFileSync(workspaceFile(oldName).fsPath, review('2026-Q1', '互动占比', '4%'));
    git('add', '--', oldName);
    git('commit', '-q', '-m', 'Q1', '--', oldName);
    hashes.push(git('rev-parse', 'HEAD').trim());
    git('mv', '--', oldName, newName);
    fs.writeFileSync(workspaceFile(newName).fsPath, review('2026-Q2', '互动率', '4.6%'));
    git('add', '--', newName);
    git('commit', '-q', '-m', 'Q2, renamed');
    hashes.push(git('rev-parse', 'HEAD').trim());
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // Leave the shared workspace as the other suites expect it: no extra review, no repository.
  suiteTeardown(() => {
    fs.rmSync(workspaceFile('git 历史').fsPath, { recursive: true, force: true });
    if (createdRepository) fs.rmSync(workspaceFile('.git').fsPath, { recursive: true, force: true });
  });

  test('Compare with Previous Cycle: the previous review from the workspace on the left', async () => {
    const q3 = workspaceFile('reviews/2026-Q3/张伟.md');
    await vscode.window.showTextDocument(q3);
    const left = await vscode.commands.executeCommand<vscode.Uri>('mdreview.compareWithPrevious');
    const diff = activeDiff();
    assert.equal(diff.original.toString(), workspaceFile('reviews/2026-Q2/张伟.md').toString());
    assert.equal(diff.modified.toString(), q3.toString());
    assert.equal(left?.toString(), diff.original.toString());
    assert.match(vscode.window.tabGroups.activeTabGroup.activeTab!.label, /张伟: 2026-Q2 ↔ 2026-Q3/);
    const summary = summaryEditor();
    assert.ok(summary, 'the semantic summary is shown beside');
    assert.match(summary.document.getText(), /2026-Q2 → 2026-Q3/);
    assert.equal(summary.document.languageId, 'markdown');
    await requestScreenshot('compare'); // README walkthrough (docs/images/)
  });

  test('Compare with Previous Cycle: from the git history of the same file, across a rename', async () => {
    const file = workspaceFile(newName);
    fs.writeFileSync(file.fsPath, review('2026-Q3', '互动率', '5.1%'));
    await vscode.window.showTextDocument(file);
    await vscode.commands.executeCommand('mdreview.compareWithPrevious', file);
    const diff = activeDiff();
    assert.equal(diff.modified.toString(), file.toString());
    assert.equal(diff.original.scheme, 'mdreview-git');
    assert.equal(diff.original.path, file.path);
    assert.deepEqual(JSON.parse(diff.original.query), { ref: hashes[1], path: newName });
    const left = await vscode.workspace.openTextDocument(diff.original);
    assert.match(left.getText(), /cycle: 2026-Q2/);
    assert.match(summaryEditor()!.document.getText(), /王 五[:：] ?2026-Q2 → 2026-Q3/);
  });

  test('Compare with Revision…: a commit from before the rename', async () => {
    const file = workspaceFile(newName);
    await vscode.window.showTextDocument(file);
    await vscode.commands.executeCommand('mdreview.compareWithRevision', file, hashes[0]);
    const diff = activeDiff();
    assert.equal(diff.modified.toString(), file.toString());
    assert.deepEqual(JSON.parse(diff.original.query), { ref: hashes[0], path: oldName });
    const left = await vscode.workspace.openTextDocument(diff.original);
    assert.match(left.getText(), /cycle: 2026-Q1/);
    assert.match(left.getText(), /互动占比/);
    assert.match(summaryEditor()!.document.getText(), /renamed from 互动占比|原名 互动占比/);
  });

  test('KPI CodeLens shows last cycle\'s value and the change', async () => {
    const q3 = workspaceFile('reviews/2026-Q3/张伟.md');
    await vscode.window.showTextDocument(q3);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', q3);
    const titles = lenses.map((l) => l.command?.title ?? '').filter((t) => t.includes('2026-Q2'));
    assert.ok(titles.length > 0, `lenses: ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
    assert.ok(lenses.some((l) => l.command?.command === 'mdreview.compareWithPrevious'));
  });

  test('two reviews of one person for the previous cycle: a message, no guess', async () => {
    const copy = await writeWorkspaceFile('reviews/2026-Q2/张伟 copy.md', fs.readFileSync(workspaceFile('reviews/2026-Q2/张伟.md').fsPath, 'utf8'));
    try {
      const q3 = workspaceFile('reviews/2026-Q3/张伟.md');
      await vscode.window.showTextDocument(q3);
      // The workspace index notices the new file through a file watcher: retry until it has.
      let left: vscode.Uri | undefined;
      for (let i = 0; i < 40; i++) {
        left = await vscode.commands.executeCommand<vscode.Uri | undefined>('mdreview.compareWithPrevious', q3);
        if (!left) break;
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.window.showTextDocument(q3);
        await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(left, undefined);
      assert.ok(!(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff));
    } finally {
      await vscode.workspace.fs.delete(copy);
    }
  });
});
