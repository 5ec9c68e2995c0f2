// Fixes that write and completion while typing, in a real VS Code: "Make this goal SMART" fills the missing letters
// from the review's KPI data as a snippet, "Complete this action item" names an owner and a due date, and typing
// @, a KPI name begun or 本月底 offers people, KPI names and the date.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { requestScreenshot, sleep, waitFor, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from './helpers';

const PERSON = '写作测试';

async function review(): Promise<vscode.TextEditor> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('reviews/2026-Q3/李娜.md')));
  const edited = text
    .replace('employee: 李娜', `employee: ${PERSON}`)
    .replace(/(## 五、[^\n]*\n)/u, '$1\n- [ ] 整理大促复盘模板\n')
    .replace(/(## 六、[^\n]*\n)/u, '$1\n- 提升团队凝聚力\n');
  return vscode.window.showTextDocument(await writeWorkspaceFile('writing/写作测试.md', edited));
}

const lineOf = (editor: vscode.TextEditor, needle: string) => editor.document.getText().split('\n').findIndex((l) => l.includes(needle));

async function writingAction(editor: vscode.TextEditor, needle: string, title: RegExp): Promise<vscode.CodeAction> {
  const line = lineOf(editor, needle);
  return (await waitFor(async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, editor.document.lineAt(line).range);
    return actions.find((a) => a.command?.command === 'mdreview.writeFix' && title.test(a.title));
  }, `a writing fix ${title} on "${needle}"`, 20_000))!;
}

async function completions(editor: vscode.TextEditor, line: number, trigger?: string): Promise<string[]> {
  const position = new vscode.Position(line, editor.document.lineAt(line).text.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, trigger);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

suite('fixes that write, completion while typing', function () {
  this.timeout(60_000);
  teardown(async () => {
    await vscode.commands.executeCommand('leaveSnippet');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceFile('writing'), { recursive: true, useTrash: false });
  });

  test('Make this goal SMART writes a KPI, its figures and a deadline into the writer\'s goal', async () => {
    const editor = await review();
    await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => x.code && /goal-smart/.test(JSON.stringify(x.code)) && x.range.start.line === lineOf(editor, '提升团队凝聚力')), 20_000);
    const action = await writingAction(editor, '提升团队凝聚力', /^让目标符合 SMART：/u);
    await vscode.commands.executeCommand(action.command!.command, ...action.command!.arguments!);
    const goal = editor.document.lineAt(lineOf(editor, '提升团队凝聚力')).text;
    assert.match(goal, /^- 提升团队凝聚力，\d{4}-\d{2}-\d{2} 前把\S+从 \S+ (提升|降低)到 \S+$/u, goal);
    // The snippet's first stop, the deadline, is selected for the writer to change.
    assert.match(editor.document.getText(editor.selection), /^\d{4}-\d{2}-\d{2}$/u);
    editor.revealRange(new vscode.Range(editor.selection.start.line - 6, 0, editor.selection.start.line + 6, 0), vscode.TextEditorRevealType.AtTop);
    await requestScreenshot('smart-goal');
    await vscode.commands.executeCommand('leaveSnippet');
    await sleep(2000);
    const left = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.range.start.line === lineOf(editor, '提升团队凝聚力') && d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(left.map((d) => d.message), [], 'the goal is SMART now');
  });

  test('Complete this action item names an owner from the team and a due date', async () => {
    const editor = await review();
    const action = await writingAction(editor, '整理大促复盘模板', /^补全行动项：/u);
    await vscode.commands.executeCommand(action.command!.command, ...action.command!.arguments!);
    assert.match(editor.document.lineAt(lineOf(editor, '整理大促复盘模板')).text, new RegExp(`^- \\[ \\] 整理大促复盘模板 负责人：@${PERSON} 截止：\\d{4}-\\d{2}-\\d{2}$`, 'u'));
    assert.equal(editor.document.getText(editor.selection), PERSON, 'the owner is the first stop, a choice of people');
  });

  test('typing @, a KPI name begun or 本月底 offers people, KPI names and the date', async () => {
    const editor = await review();
    const line = lineOf(editor, '整理大促复盘模板');
    const type = async (text: string) => {
      await editor.edit((e) => e.replace(editor.document.lineAt(line).range, text));
      return completions(editor, line, text.endsWith('@') ? '@' : undefined);
    };
    const people = await type('- [ ] 整理大促复盘模板 负责人：@');
    assert.ok(people.includes(PERSON) && people.includes('Alex Chen'), people.join(', '));
    assert.ok((await type('- [ ] 本季度销售转')).includes('销售转化率'));
    const dates = await type('- [ ] 整理大促复盘模板 截止：本月底');
    const now = new Date();
    const monthEnd = new Date(now.getFullYear(), now.getMonth() + 1, 0);
    assert.ok(dates.includes(`${monthEnd.getFullYear()}-${String(monthEnd.getMonth() + 1).padStart(2, '0')}-${String(monthEnd.getDate()).padStart(2, '0')}`), dates.join(', '));
  });
});
