// Screenshots in the browser's web worker extension host, which has no file system: the same request/answer
// channel as screenshot.ts, through `workspace.fs` in the workspace's `.mdreview-web-test/` folder, which
// scripts/run-web.mjs polls on disk. esbuild.mjs picks this file over screenshot.ts for the web test bundle.
import * as vscode from 'vscode';
import { sleep, workspaceFile } from './helpers';

export const WEB_CHANNEL_DIR = '.mdreview-web-test';

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

/** Like screenshot.ts: resolves with the picture's name once taken, or undefined after `timeoutMs`. */
export async function requestScreenshot(name: string, timeoutMs = 15_000): Promise<string | undefined> {
  const safe = name.replace(/[^\w.-]+/g, '-');
  const png = workspaceFile(`${WEB_CHANNEL_DIR}/${safe}.png`);
  await vscode.workspace.fs.delete(png).then(undefined, () => undefined);
  // Let the workbench paint what the test just did before the shot is taken.
  await sleep(300);
  await vscode.workspace.fs.writeFile(workspaceFile(`${WEB_CHANNEL_DIR}/${safe}.request`), new TextEncoder().encode(new Date().toISOString()));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await exists(png)) return safe;
    await sleep(100);
  }
  console.warn(`requestScreenshot(${name}): no screenshot after ${timeoutMs} ms`);
  return undefined;
}
