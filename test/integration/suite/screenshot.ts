// Screenshots for the integration suite in the Node extension host: a file channel to scripts/run-integration.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sleep } from './helpers';

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
