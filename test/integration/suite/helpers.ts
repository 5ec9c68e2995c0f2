// Helpers for integration tests running inside the VS Code extension host (Node, or the browser's web worker).
// Not a test file itself (no .test.ts suffix): each suite file bundles its own copy.
import * as vscode from 'vscode';

// Node in the desktop host, the browser's own channel in the web worker host (screenshot.web.ts, picked by esbuild.mjs).
export { requestScreenshot } from './screenshot';

/** The extension's id (publisher.name in package.json). */
export const EXTENSION_ID = 'mdreview.mdreview';

/** A file of the (temporary, disposable) test workspace; tests may create and edit files. */
export function workspaceFile(relPath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...relPath.split('/'));
}

/** Writes `text` to a workspace file (creating folders) and returns its uri. */
export async function writeWorkspaceFile(relPath: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(relPath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` holds for them: checks now, then on
 * every onDidChangeDiagnostics event for that uri. Rejects after `timeoutMs` with what was last
 * seen, so a failing test says why instead of hitting mocha's generic timeout.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean = (d) => d.length > 0,
  timeoutMs = 10_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let sub: vscode.Disposable | undefined;
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      sub?.dispose();
      fn();
    };
    const check = (): boolean => {
      const diags = vscode.languages.getDiagnostics(uri);
      if (!predicate(diags)) return false;
      finish(() => resolve(diags));
      return true;
    };
    const timer = setTimeout(() => {
      const last = vscode.languages.getDiagnostics(uri).map((d) => `${d.code ? JSON.stringify(d.code) + ' ' : ''}${d.message} @${d.range.start.line + 1}:${d.range.start.character + 1}`);
      finish(() => reject(new Error(`waitForDiagnostics(${uri.path.slice(uri.path.lastIndexOf('/') + 1)}): predicate not met within ${timeoutMs} ms; last diagnostics: ${JSON.stringify(last)}`)));
    }, timeoutMs);
    if (check()) return;
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
  });
}

/** Polls `condition` until it is truthy, or rejects after `timeoutMs` with `what`. */
export async function waitFor<T>(condition: () => T | Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await condition();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
