// Helpers for integration tests running inside the VS Code extension host.
// Not a test file itself (no .test.ts suffix): each suite file bundles its own copy.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

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
      finish(() => reject(new Error(`waitForDiagnostics(${path.basename(uri.path)}): predicate not met within ${timeoutMs} ms; last diagnostics: ${JSON.stringify(last)}`)));
    }, timeoutMs);
    if (check()) return;
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
  });
}

/**
 * Asks the runner outside to take a screenshot of the browser page (the whole workbench,
 * webview iframes included) and waits until it is written; the runner saves it as
 * test-output/screenshots/<name>.png. The channel is a directory (MDREVIEW_SCREENSHOT_DIR): we
 * drop `<name>.request`, the runner polls, puts `<name>.png` beside it and deletes the request.
 * Returns that PNG's path, or undefined when there is no browser (env var absent, e.g. the
 * electron route) or it did not arrive in time — a screenshot never fails a test.
 */
export async function requestScreenshot(name: string, timeoutMs = 15_000): Promise<string | undefined> {
  const dir = process.env.MDREVIEW_SCREENSHOT_DIR;
  if (!dir) return undefined;
  const safe = name.replace(/[^\w.-]+/g, '-');
  const png = path.join(dir, `${safe}.png`);
  fs.mkdirSync(dir, { recursive: true });
  fs.rmSync(png, { force: true });
  // Let the workbench paint what the test just did before the shot is taken.
  await sleep(300);
  // Write then rename, so the runner never sees a half-written request.
  const tmp = path.join(dir, `${safe}.request.tmp`);
  fs.writeFileSync(tmp, new Date().toISOString());
  fs.renameSync(tmp, path.join(dir, `${safe}.request`));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(png)) return png;
    await sleep(100);
  }
  console.warn(`requestScreenshot(${name}): no screenshot after ${timeoutMs} ms`);
  return undefined;
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
