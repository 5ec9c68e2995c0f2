// Smoke test: the extension is installed in the test VS Code and activates on a Markdown file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, requestScreenshot, waitFor, writeWorkspaceFile } from './helpers';

suite('smoke', () => {
  test('the extension is present', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} not found; loaded: ${vscode.extensions.all.map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  });

  test('it activates when a Markdown file is opened', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const uri = await writeWorkspaceFile('smoke/张三-2025-Q1.md', [
      '---',
      'person: 张三',
      'cycle: 2025-Q1',
      '---',
      '',
      '# 绩效面谈 — 张三',
      '',
      '## 目标达成情况',
      '',
      '- 观看人数：目标 10000，实际 12000',
      '',
    ].join('\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'markdown');
    // We never call ext.activate(), which would activate it regardless. (The workspace, a copy
    // of examples/, holds a .mdreviewrc.yaml, so workspaceContains may have activated it at
    // startup already; onLanguage:markdown covers folders without one.)
    assert.ok((ext.packageJSON.activationEvents as string[]).includes('onLanguage:markdown'));
    await waitFor(() => ext.isActive, `${EXTENSION_ID} to activate`);
    await requestScreenshot('smoke-markdown-open');
  });
});
