// Real keystrokes for the integration suite in the Node extension host: a file channel to scripts/run-integration.mjs
// (the same directory as screenshots), so a test can type into the quick pick or input box a command opened.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sleep } from './helpers';

/** True when keystrokes can be sent: a browser drives the workbench (not the electron route). */
export function canSendKeys(): boolean {
  return !!process.env.MDREVIEW_SCREENSHOT_DIR;
}

/**
 * Types `keys.type`, then presses `keys.press` (Playwright key names: "Enter", "ArrowDown"), in the focused
 * workbench and waits until the runner did; throws when it could not. `keys.waitForTitle`: first wait until a
 * quick pick or input box with one of these titles is open (so no key lands in the editor under load).
 */
export async function sendKeys(name: string, keys: { type?: string; press?: string[]; waitForTitle?: string[] }, timeoutMs = 30_000): Promise<void> {
  const dir = process.env.MDREVIEW_SCREENSHOT_DIR;
  if (!dir) throw new Error('sendKeys: no browser drives this workbench');
  const safe = name.replace(/[^\w.-]+/g, '-');
  const done = path.join(dir, `${safe}.done`);
  fs.rmSync(done, { force: true });
  const tmp = path.join(dir, `${safe}.keys.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(keys));
  fs.renameSync(tmp, path.join(dir, `${safe}.keys`));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(done)) {
      const outcome = fs.readFileSync(done, 'utf8');
      fs.rmSync(done, { force: true });
      if (outcome !== 'ok') throw new Error(`sendKeys(${name}): ${outcome}`);
      return;
    }
    await sleep(50);
  }
  throw new Error(`sendKeys(${name}): not answered within ${timeoutMs} ms`);
}
