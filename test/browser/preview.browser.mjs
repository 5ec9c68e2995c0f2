// Browser check of the KPI preview in the offline VS Code (code-server + headless Chromium):
// opens a review of examples/, runs "Open KPI Preview" from the command palette, finds the webview
// frame, asserts every chart canvas has pixels, that the console has no CSP violation or error from
// the webview, that clicking a KPI selects its line in the editor, and saves screenshots in the
// light and dark themes to test-output/screenshots/preview-{light,dark}.png.
//
//   npm run build && node test/browser/preview.browser.mjs
//
// Prints timings (command → first chart, edit → updated chart as seen from the browser) and exits 1 on failure.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeWorkbench, launchBrowser, openWorkbench, repoRoot, startServer, waitForWorkbench } from '../../scripts/vscode-host.mjs';

const REVIEW = 'reviews/2026-Q3/张伟.md';
// Webview frames: vscode-webview:// in the desktop app, …/webview/browser/pre/… in the server build.
const WEBVIEW_URL = /vscode-webview|\/webview\//;
const outDir = join(repoRoot, 'test-output');
const shots = join(outDir, 'screenshots');
const failures = [];
let passed = 0;
const check = (ok, what) => {
  console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  if (ok) passed++;
  else failures.push(what);
};

const scratch = mkdtempSync(join(tmpdir(), 'mdr-preview-'));
const workspace = join(scratch, 'workspace');
cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
const userDataDir = join(scratch, 'user-data');
const settings = (theme) => ({ 'workbench.colorTheme': theme, 'mdreview.locale': 'zh', 'editor.minimap.enabled': false });

const server = await startServer({ workspace, userDataDir, extraSettings: settings('Default Light Modern') });
const browser = await launchBrowser();
const consoleMessages = [];
let page;
try {
  page = await openWorkbench(browser, server.url([['extensionDevelopmentPath', server.remoteUri(repoRoot)]]), { consoleLog: join(outDir, 'preview-browser-console.log') });
  page.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text(), url: m.location()?.url ?? '' }));
  await waitForWorkbench(page);
  await page.waitForTimeout(3000); // let the extension host finish starting

  await runCommand(page, 'workbench.action.quickOpen', REVIEW, '张伟.md');
  await page.waitForSelector(`.tab[aria-label*="张伟.md"]`, { timeout: 60_000 });

  const commandAt = Date.now();
  await runCommand(page, 'workbench.action.showCommands', '>mdreview: Open KPI Preview', 'Open KPI Preview');
  const frame = await previewFrame(page, 60_000);
  const previewOpenedAt = Date.now();
  await frame.waitForFunction(() => document.querySelectorAll('canvas').length > 0 && [...document.querySelectorAll('canvas')].every((c) => c.width > 0), undefined, { timeout: 60_000 });
  console.log(`KPI preview: command → first chart ${Date.now() - commandAt} ms (browser side, incl. palette typing)`);

  // The cross-cycle section first says it is looking, then charts the history (or says there is none).
  await frame.waitForFunction(() => {
    const section = document.querySelector('section.cycles');
    return section && (section.querySelector('canvas') || !/正在查找/.test(section.textContent));
  }, undefined, { timeout: 60_000 });
  const canvases = await canvasInk(frame);
  check(canvases.length >= 2, `the page has a chart per section (${canvases.length} canvases)`);
  for (const c of canvases) check(c.ink > 500, `canvas "${c.label}" is drawn (${c.ink} non-background pixels)`);
  const pageText = await frame.evaluate(() => document.body.innerText);
  check(/万/.test(pageText), 'large numbers are written with 万/亿');
  // examples/ holds 张伟's 2026-Q2 review: with the cycle-comparison feature it is charted, else the page says so.
  const cycles = await frame.$eval('section.cycles', (s) => ({ charts: s.querySelectorAll('canvas').length, note: !!s.querySelector('.no-history') }));
  check(cycles.charts > 0 || (cycles.note && /暂无历史数据/.test(pageText)), `the cross-cycle section shows ${cycles.charts} chart(s)${cycles.note ? ' / says there is no history yet' : ''}`);
  check((await frame.$$('table.data caption')).length >= 2, 'every chart has a data table with a caption');
  await screenshots(page, frame, 'preview-light');

  // Clicking a KPI in the table selects its line in the frontmatter.
  const name = await frame.$eval('table.data tbody tr:nth-child(2) button.link', (b) => b.textContent);
  await frame.click('table.data tbody tr:nth-child(2) button.link');
  const line = await page.waitForFunction((kpi) => {
    const editor = [...document.querySelectorAll('.editor-instance .view-line')].find((l) => l.textContent.includes(kpi));
    const status = document.querySelector('.statusbar-item[id$="status.editor.selection"]')?.textContent ?? '';
    return /Ln \d+, Col \d+ \(\d+ selected\)/.test(status) && editor ? status : null;
  }, name, { timeout: 10_000 }).then((h) => h.jsonValue()).catch(() => null);
  check(!!line, `clicking "${name}" selects it in the editor (${line})`);

  // An edit reaches the chart: retype the first target (line 12, `target: 140万`) and wait for the table.
  await runCommand(page, 'workbench.action.gotoLine', ':12');
  await page.keyboard.press('End');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('15', { delay: 30 });
  const editAt = Date.now();
  await page.keyboard.type('0万');
  const updated = await frame
    .waitForFunction(() => document.querySelector('table.data tbody tr:first-child td')?.textContent === '150万人', undefined, { timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  console.log(`KPI preview: last keystroke → updated table ${Date.now() - editAt} ms (browser side)`);
  check(updated, 'an edited target shows in the page (150万人) without reloading it');

  // Dark theme through the theme picker; the page redraws when VS Code swaps the body class.
  const bgLight = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.keyboard.press('Control+K'); // Ctrl+K Ctrl+T: the color theme picker
  await page.keyboard.press('Control+T');
  const picker = await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Default Light Modern")', { timeout: 30_000 });
  await picker.fill('Dark Modern');
  await page.waitForSelector('.quick-input-list .monaco-list-row:has-text("Default Dark Modern")');
  // Move the focus onto that row: the list also offers "Browse Additional Color Themes…".
  for (let i = 0; i < 10; i++) {
    const focused = await page.$eval('.quick-input-list .monaco-list-row.focused', (r) => r.textContent).catch(() => '');
    if (focused.includes('Default Dark Modern')) break;
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(200);
  }
  await page.keyboard.press('Enter');
  await frame.waitForFunction(() => document.body.classList.contains('vscode-dark'), undefined, { timeout: 20_000 });
  await page.waitForTimeout(800);
  const bgDark = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
  check(bgLight !== bgDark, `the page follows the theme (${bgLight} → ${bgDark})`);
  for (const c of await canvasInk(frame)) check(c.ink > 500, `canvas "${c.label}" is drawn in the dark theme (${c.ink})`);
  await screenshots(page, frame, 'preview-dark');

  // Exports: the save dialog (VS Code's own dialog in the browser) proposes <review>-kpi.<ext> beside the review.
  for (const [button, ext, magic] of [['导出 CSV', 'csv', [0xef, 0xbb, 0xbf]], ['导出 PNG', 'png', [0x89, 0x50, 0x4e, 0x47]]]) {
    const file = join(workspace, 'reviews', '2026-Q3', `张伟-kpi.${ext}`);
    await frame.click(`header button:has-text("${button}")`);
    await page.waitForSelector(`.quick-input-widget input[aria-label*="kpi"], .quick-input-widget input`, { state: 'visible' });
    await page.waitForFunction((name) => document.querySelector('.quick-input-widget input')?.value.endsWith(name), `张伟-kpi.${ext}`, { timeout: 15_000 }).catch(() => {});
    await page.keyboard.press('Enter');
    const bytes = await waitForFile(file, 20_000);
    check(!!bytes && magic.every((b, i) => bytes[i] === b), `${button} writes ${ext.toUpperCase()} (${bytes ? `${bytes.length} bytes, starts ${[...bytes.subarray(0, 4)].map((b) => b.toString(16)).join(' ')}` : 'no file'})`);
    if (ext === 'csv' && bytes) check(bytes.toString('utf8').includes('观看人数,1500000,1510000'), 'the CSV has raw numbers and Chinese names');
  }

  // After a window reload the serializer restores the panel, and the page draws again.
  // The web workbench stores which editors are open when idle, about once a minute, and cannot finish that
  // on unload: reload only after a flush has surely happened, or nothing is there to restore.
  await page.waitForTimeout(Math.max(0, previewOpenedAt + 75_000 - Date.now()));
  await page.reload();
  await waitForWorkbench(page);
  const restored = await previewFrame(page, 120_000);
  await restored.waitForFunction(() => document.querySelectorAll('canvas').length > 0, undefined, { timeout: 60_000 });
  const restoredTitle = await restored.$eval('h1', (h) => h.textContent);
  check(/张伟/.test(restoredTitle ?? ''), `the preview is restored after a window reload (${restoredTitle})`);

  const fromWebview = consoleMessages.filter((m) => WEBVIEW_URL.test(m.url) || /webview\.js/.test(m.text));
  const csp = consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m.text) && !/127\.0\.0\.1:9\//.test(m.text));
  check(csp.length === 0, `no CSP violation in the console${csp.length ? `: ${csp.map((m) => m.text).join(' | ')}` : ''}`);
  const errors = fromWebview.filter((m) => m.type === 'error');
  check(errors.length === 0, `no error from the webview${errors.length ? `: ${errors.map((m) => m.text).join(' | ')}` : ''}`);
} catch (e) {
  failures.push(e.stack ?? String(e));
  console.error(e);
  await page?.screenshot({ path: join(shots, 'preview-failure.png') }).catch(() => {});
} finally {
  if (page) await closeWorkbench(page);
  await browser.close().catch(() => {});
  await server.stop();
}
if (!failures.length) rmSync(scratch, { recursive: true, force: true });
else console.log(`logs kept in ${scratch}`);
// The closing line in the plain 'N passed, N failed' form that CI reads.
console.log(`browser: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

/** Runs a workbench command through its keyboard route: quick input, typed text, Enter on the row showing `row`. */
async function runCommand(page, command, text, row) {
  const key = { 'workbench.action.quickOpen': 'Control+P', 'workbench.action.showCommands': 'F1', 'workbench.action.gotoLine': 'Control+G' }[command];
  await page.keyboard.press(key);
  const input = await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await input.fill(text);
  if (row) await page.waitForSelector(`.quick-input-list .monaco-list-row:has-text("${row}")`, { timeout: 60_000 });
  else await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
}

/** The workbench with the top of the preview (<name>.png), then with the preview scrolled to its end (<name>-end.png). */
async function screenshots(page, frame, name) {
  await frame.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(shots, `${name}.png`) });
  await frame.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(shots, `${name}-end.png`) });
  await frame.evaluate(() => window.scrollTo(0, 0));
}

/** The file's bytes once it exists and is non-empty, or undefined after `timeoutMs`. */
async function waitForFile(file, timeoutMs) {
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

/** The webview's inner frame (the page itself), found by its #root element. */
async function previewFrame(page, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      if (!WEBVIEW_URL.test(f.url())) continue;
      if (await f.$('#root').catch(() => null)) return f;
    }
    await page.waitForTimeout(200);
  }
  throw new Error('no KPI preview webview frame appeared');
}

/** Per canvas: how many pixels differ from the top-left (background) pixel. */
function canvasInk(frame) {
  return frame.evaluate(() =>
    [...document.querySelectorAll('canvas')].map((c) => {
      const g = c.getContext('2d');
      const { data } = g.getImageData(0, 0, c.width, c.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0) ink++;
      return { label: c.getAttribute('aria-label'), ink };
    }),
  );
}
