// An untrusted workspace (Restricted Mode) still lints: nothing of the workspace is executed, so
// the extension declares full support. Runs only in the runner's untrusted pass (MDREVIEW_UNTRUSTED=1).
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { waitForDiagnostics, workspaceFile } from './helpers';

suite('untrusted workspace', function () {
  suiteSetup(function () {
    if (process.env.MDREVIEW_UNTRUSTED !== '1') this.skip();
  });

  test('the workspace is untrusted and an example review still gets diagnostics', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the runner opened the workspace untrusted');
    const uri = workspaceFile('reviews/2026-Q3/李娜.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => x.source === 'mdreview'), 60_000);
    const rules = new Set(diagnostics.filter((d) => d.source === 'mdreview').map((d) => (d.code as { value: string }).value));
    assert.ok(rules.has('placeholder') && rules.has('action-owner'), `rules seen: ${[...rules].join(', ')}`);
  });

  test('a mdreview-git: document runs no git in an untrusted workspace, whatever its query', async () => {
    const target = join(tmpdir(), `mdreview-untrusted-${process.pid}.txt`);
    const file = workspaceFile('reviews/2026-Q3/李娜.md');
    const uri = vscode.Uri.from({ scheme: 'mdreview-git', path: file.path, query: JSON.stringify({ ref: `--output=${target}`, path: 'reviews/2026-Q3/李娜.md' }) });
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    assert.match(text, /git history is not read in an untrusted workspace/);
    assert.equal(existsSync(target), false);
  });
});
