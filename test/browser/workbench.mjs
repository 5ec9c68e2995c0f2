// Helpers shared by the browser checks that drive the offline VS Code workbench (code-server + headless Chromium).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeWorkbench, launchBrowser, openWorkbench, repoRoot, startServer, waitForWorkbench } from '../../scripts/vscode-host.mjs';

export const shots = join(repoRoot, 'test-output', 'screenshots');

/**
 * Runs one browser check and exits with its verdict: a scratch copy of examples/ opened in the workbench (light
 * theme, `locale`), `body({ page, workspace, check })` driving it, then no CSP violation and no webview error
 * (`script`: the page's bundle, named in its console messages) in the console. Prints each check and the closing
 * line in the plain 'N passed, N failed' form that CI reads; keeps the scratch folder when something failed.
 */
export async function runWorkbenchCheck({ name, locale, script, body }) {
  const failures = [];
  let passed = 0;
  const check = (ok, what) => {
    console.log(`  ${ok ? '✓' : '✗'} ${what}`);
    if (ok) passed++;
    else failures.push(what);
  };
  const scratch = mkdtempSync(join(tmpdir(), `mdr-${name}-`));
  const workspace = join(scratch, 'workspace');
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  const settings = { 'workbench.colorTheme': 'Default Light Modern', 'mdreview.locale': locale, 'editor.minimap.enabled': false };
  const server = await startServer({ workspace, userDataDir: join(scratch, 'user-data'), extraSettings: settings });
  const browser = await launchBrowser();
  const consoleMessages = [];
  let page;
  try {
    page = await openWorkbench(browser, server.url([['extensionDevelopmentPath', server.remoteUri(repoRoot)]]), { consoleLog: join(repoRoot, 'test-output', `${name}-browser-console.log`) });
    page.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text(), url: m.location()?.url ?? '' }));
    await waitForWorkbench(page);
    await page.waitForTimeout(3000); // let the extension host finish starting
    await body({ page, workspace, check });
    const fromWebview = consoleMessages.filter((m) => WEBVIEW_URL.test(m.url) || m.text.includes(script));
    const csp = consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m.text) && !/127\.0\.0\.1:9\//.test(m.text));
    check(csp.length === 0, `no CSP violation in the console${csp.length ? `: ${csp.map((m) => m.text).join(' | ')}` : ''}`);
    const errors = fromWebview.filter((m) => m.type === 'error');
    check(errors.length === 0, `no error from the webview${errors.length ? `: ${errors.map((m) => m.text).join(' | ')}` : ''}`);
  } catch (e) {
    failures.push(e.stack ?? String(e));
    console.error(e);
    await page?.screenshot({ path: join(shots, `${name}-failure.png`) }).catch(() => {});
  } finally {
    if (page) await closeWorkbench(page);
    await browser.close().catch(() => {});
    await server.stop();
  }
  if (!failures.length) rmSync(scratch, { recursive: true, force: true });
  else console.log(`logs kept in ${scratch}`);
  console.log(`browser: ${passed} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}

// Webview frames: vscode-webview:// in the desktop app, …/webview/browser/pre/… in the server build.
export const WEBVIEW_URL = /vscode-webview|\/webview\//;

/** Runs a workbench command through its keyboard route: quick input, typed text, Enter on the row showing `row`. */
export async function runCommand(page, command, text, row) {
  const key = { 'workbench.action.quickOpen': 'Control+P', 'workbench.action.showCommands': 'F1', 'workbench.action.gotoLine': 'Control+G' }[command];
  await page.keyboard.press(key);
  const input = await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await input.fill(text);
  if (row) await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${row}")`, { timeout: 60_000 });
  else await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
}

/** The file's bytes once it exists and is non-empty, or undefined after `timeoutMs`. */
export async function waitForFile(file, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      const bytes = readFileSync(file);
      if (bytes.length) return bytes;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return undefined;
}

/** A webview's inner frame (the page itself), found by an element only that page has. */
export async function webviewFrame(page, selector, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      if (!WEBVIEW_URL.test(f.url())) continue;
      if (await f.$(selector).catch(() => null)) return f;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`no webview frame with ${selector} appeared`);
}

/** Accepts the save dialog (VS Code's own dialog in the browser) once it proposes a path ending in `name`. */
export async function acceptSaveDialog(page, name) {
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.waitForFunction((n) => document.querySelector('.quick-input-widget input')?.value.endsWith(n), name, { timeout: 15_000 }).catch(() => {});
  await page.keyboard.press('Enter');
}

/** Switches the colour theme through the theme picker (Ctrl+K Ctrl+T), from `current` to `theme`, as a user would. */
export async function pickColorTheme(page, current, theme) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const picker = await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${current}")`, { timeout: 30_000 });
  await picker.fill(theme.replace(/^Default /, ''));
  await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${theme}")`);
  // Move the focus onto that row: the list also offers "Browse Additional Color Themes…".
  for (let i = 0; i < 10; i++) {
    const focused = await page.$eval('.quick-input-list .monaco-list-row.focused', (r) => r.textContent).catch(() => '');
    if (focused.includes(theme)) break;
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(200);
  }
  await page.keyboard.press('Enter');
}
