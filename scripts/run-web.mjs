// The web pass of `npm test`: the extension as vscode.dev / github.dev run it, in the browser's web worker
// extension host, offline (code-server + headless Chromium, see vscode-host.mjs). Expects `npm run build`.
//
// A temporary copy of the extension whose package.json has `browser` and no `main` is loaded as the
// extensionDevelopmentPath, so VS Code runs it in the web worker host; the test entry (dist-test/web/index.js)
// sits inside that copy and runs in the same worker, where only `vscode` exists. It reports through files in the
// workspace's .mdreview-web-test/ (written with workspace.fs, read here on disk): results.json, and screenshot
// requests that this runner answers while the host still runs (diagnostics vanish when it exits). The exit code
// comes from window.codeAutomationExit, exposed to the page before it loads.
//
// Env: MDREVIEW_TEST_TIMEOUT_MS (default 6 min), MDREVIEW_KEEP=1 (keep the scratch folder).
// Output: test-output/screenshots/web/*.png, test-output/browser-console-web.log. Last line: "N passed, N failed".
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { answerScreenshotRequests, closeWorkbench, extensionErrorsInLogs, isInstalled, launchBrowser, openWorkbench, repoRoot, startServer } from './vscode-host.mjs';

const CHANNEL = '.mdreview-web-test';
const outDir = join(repoRoot, 'test-output');
const screenshotDir = join(outDir, 'screenshots', 'web');
const consoleLog = join(outDir, 'browser-console-web.log');
const totalTimeoutMs = Number(process.env.MDREVIEW_TEST_TIMEOUT_MS ?? 6 * 60_000);
const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function finish(passed, failed, message) {
  if (message) console.log(`web: ${message}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// What the browser-only copy holds: the manifest and what it names, the web bundle, the webviews' bundles (as
// .vscodeignore ships them), the rule docs.
const PAGES = ['webview', 'overview', 'compare'].flatMap((page) => [`dist/${page}.js`, `dist/${page}.css`]);
const SHIPPED = ['package.nls.json', 'package.nls.zh-cn.json', 'l10n', 'snippets', 'syntaxes', 'schemas', 'docs/rules', 'dist/web/extension.js', ...PAGES, 'README.md', 'LICENSE'];
const testEntry = join(repoRoot, 'dist-test', 'web', 'index.js');
for (const f of ['dist/web/extension.js', ...PAGES, 'dist-test/web/index.js']) {
  if (!existsSync(join(repoRoot, f))) finish(0, 1, `${f} is missing; run \`npm run build\` first`);
}
if (!isInstalled()) finish(0, 1, 'the VS Code host is not installed; run: bash scripts/install-vscode-host.sh');

rmSync(screenshotDir, { recursive: true, force: true });
mkdirSync(screenshotDir, { recursive: true });
rmSync(consoleLog, { force: true });

const scratch = mkdtempSync(join(tmpdir(), 'mdr-web-'));
const extension = join(scratch, 'extension');
for (const f of SHIPPED) if (existsSync(join(repoRoot, f))) cpSync(join(repoRoot, f), join(extension, f), { recursive: true });
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
delete manifest.main;
delete manifest.scripts;
delete manifest.devDependencies;
writeFileSync(join(extension, 'package.json'), JSON.stringify(manifest, null, 2));
cpSync(testEntry, join(extension, 'test', 'index.js'));
const workspace = join(scratch, 'workspace');
cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
// Exports for the KPI import test, read in the browser through workspace.fs.
cpSync(join(repoRoot, 'test/fixtures/import'), join(workspace, 'exports'), { recursive: true });
const channel = join(workspace, CHANNEL);
mkdirSync(channel);

const readResults = () => {
  try { return JSON.parse(readFileSync(join(channel, 'results.json'), 'utf8')); } catch { return undefined; } // absent or mid-write
};

const server = await startServer({ workspace, userDataDir: join(scratch, 'user-data') });
let browser, page, exitCode;
try {
  browser = await launchBrowser();
  const payload = [
    ['extensionDevelopmentPath', server.remoteUri(extension)],
    ['extensionTestsPath', server.remoteUri(join(extension, 'test', 'index.js'))],
  ];
  const beforeLoad = (p) => p.exposeFunction('codeAutomationExit', (code) => { exitCode = code; });
  page = await openWorkbench(browser, server.url(payload), { consoleLog, beforeLoad });
  console.log(`web: workbench opened at ${secs()} (${server.base})`);
  let announced = false;
  while (exitCode === undefined) {
    await answerScreenshotRequests(page, channel, screenshotDir);
    const results = readResults();
    if (results && !announced) { console.log(`web: tests started at ${secs()} in VS Code ${results.vscodeVersion}`); announced = true; }
    if (Date.now() - started > totalTimeoutMs) {
      await page.screenshot({ path: join(screenshotDir, 'timeout.png') }).catch(() => {});
      break;
    }
    await sleep(200);
  }
  await answerScreenshotRequests(page, channel, screenshotDir);
} finally {
  if (page) await closeWorkbench(page);
  await browser?.close().catch(() => {});
  await server.stop();
}

const results = readResults();
for (const t of results?.tests ?? []) {
  console.log(`  ${t.state === 'passed' ? '✓' : '✗'} ${t.title} (${t.durationMs} ms)${t.note ? ` — ${t.note}` : ''}`);
  if (t.error) console.log(`      ${t.error.split('\n').slice(0, 6).join('\n      ')}`);
}
const logErrors = extensionErrorsInLogs(join(scratch, 'user-data', 'logs'));
for (const e of logErrors) console.log(`web: error in ${e.file}:\n    ${e.text.split('\n').slice(0, 8).join('\n    ')}`);
const passed = results?.passed ?? 0;
const failed = (results?.failed ?? 0) + (results?.done ? 0 : 1) + (exitCode && !results?.failed ? 1 : 0) + (logErrors.length ? 1 : 0);
const why = exitCode === undefined ? `the run did not finish within ${totalTimeoutMs / 1000} s` : !results?.done ? 'the tests wrote no complete results' : '';
if (!process.env.MDREVIEW_KEEP && !failed) rmSync(scratch, { recursive: true, force: true });
else console.log(`web: logs in ${scratch} ; ${relative(repoRoot, consoleLog)}`);
console.log(`web: ${results?.tests?.length ?? 0} test(s) in ${secs()}, exit code ${exitCode}`);
finish(passed, failed, why);
