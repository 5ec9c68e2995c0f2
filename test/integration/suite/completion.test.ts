// The snippets contributed in package.json are offered by completion in Markdown files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, writeWorkspaceFile } from './helpers';

/** Every prefix declared in the extension's snippet files. */
async function declaredPrefixes(): Promise<string[]> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const files = (ext.packageJSON.contributes?.snippets ?? []) as { path: string }[];
  assert.ok(files.length > 0, 'package.json contributes snippets');
  const prefixes: string[] = [];
  for (const f of files) {
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, f.path))));
    for (const s of Object.values(json) as { prefix: string | string[] }[]) prefixes.push(...[s.prefix].flat());
  }
  return prefixes;
}

suite('snippets', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('are offered by completion in a Markdown file', async () => {
    const prefixes = await declaredPrefixes();
    const uri = await writeWorkspaceFile('it/snippets/empty.md', '\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 0));
    const offered = new Set(list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label)));
    const missing = prefixes.filter((p) => !offered.has(p));
    assert.ok(prefixes.length > 5);
    assert.deepEqual(missing, [], `offered snippets: ${[...offered].join(', ')}`);
  });

  test('review-zh / review-en in an untitled file leave the employee a placeholder; in a named file they take its name', async () => {
    const insert = async (document: vscode.TextDocument, name: string) => {
      const editor = await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
      await vscode.commands.executeCommand('leaveSnippet');
      const text = editor.document.getText();
      // Dirty editors would ask to be saved when the suite closes them.
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      return text;
    };
    const zh = await insert(await vscode.workspace.openTextDocument({ language: 'markdown', content: '' }), '整份面谈记录（直播运营）');
    assert.match(zh, /^employee: 【待填写：员工姓名】$/m);
    const en = await insert(await vscode.workspace.openTextDocument({ language: 'markdown', content: '' }), 'Whole review (general)');
    assert.match(en, /^employee: "\[TODO: employee\]"$/m);
    assert.doesNotMatch(zh + en, /Untitled|无标题/);
    const named = await insert(await vscode.workspace.openTextDocument(await writeWorkspaceFile('it/snippets/王芳.md', '')), '整份面谈记录（直播运营）');
    assert.match(named, /^employee: 王芳$/m);
  });
});

suite('line snippets in a review', () => {
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
  const snippetText = (i: vscode.CompletionItem) => (i.insertText instanceof vscode.SnippetString ? i.insertText.value : String(i.insertText));

  test('typing 目标 or goal at the start of a line offers the goal snippets, filled from the review', async () => {
    // A person of no other test: a review of an example's person would become that person's latest review for
    // the tests that run after this one (New Review then suggests another cycle).
    const text = '---\nemployee: 林小满\ncycle: 2026-Q4\n---\n\n## 六、总结与展望\n\n目标\ngoal\n  - 目标\n';
    const uri = await writeWorkspaceFile('it/snippets/reviews/2026-Q4/林小满.md', text);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const at = async (line: number, character: number) =>
      (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character))).items.filter((i) => labelOf(i) !== undefined && (typeof i.label !== 'string' && i.label.description === 'mdreview'));
    const zh = await at(7, 2);
    const goal = zh.find((i) => labelOf(i) === 'SMART 目标');
    assert.ok(goal, `offered: ${zh.map(labelOf).join(', ')}`);
    assert.match(snippetText(goal), /2027-03-31\} 前/, 'due at the end of the next cycle (2027-Q1)');
    assert.ok(zh.some((i) => labelOf(i) === '章节：目标达成情况'));
    // A Chinese review: its own language's snippet sorts first, and no snippet is listed twice (the static ones too).
    const englishGoal = zh.find((i) => labelOf(i) === 'SMART goal');
    assert.ok(englishGoal && goal.sortText! < englishGoal.sortText!, `${goal.sortText} / ${englishGoal?.sortText}`);
    const every = (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(7, 2))).items.map(labelOf);
    assert.equal(every.filter((l) => l === 'SMART 目标').length, 1, every.join(', '));
    const action = (await at(7, 0)).find((i) => labelOf(i) === '行动项');
    assert.ok(action && /负责人：@\$\{2:林小满\}/.test(snippetText(action)), action && snippetText(action));
    const english = await at(8, 4);
    assert.ok(english.some((i) => labelOf(i) === 'SMART goal'), english.map(labelOf).join(', '));
    assert.deepEqual(await at(9, 6), [], 'not after other text on the line');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  test('are not offered in Markdown that is not a review', async () => {
    const uri = await writeWorkspaceFile('it/snippets/notes.md', '# Notes\n\ngoal\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 4));
    assert.deepEqual(list.items.filter((i) => typeof i.label !== 'string' && i.label.description === 'mdreview').map(labelOf), []);
  });
});
