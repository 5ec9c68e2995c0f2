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
});
