// Runs the integration suite (dist-test/integration/index.js + suite/*.test.js) inside a real
// VS Code extension host. Expects `npm run build` to have run.
//
//   node scripts/run-integration.mjs                 # offline: code-server + headless Chromium
//   MDREVIEW_TEST_HOST=electron node scripts/...     # @vscode/test-electron (downloads VS Code,
//                                                    #  or MDREVIEW_VSCODE_EXECUTABLE; needs a display)
//
// Env: MDREVIEW_TEST_TIMEOUT_MS (whole run, default 10 min), MDREVIEW_TEST_GREP (only tests
// whose full title matches), MDREVIEW_KEEP=1 (keep temp workspace and user data dir),
// MDREVIEW_UNTRUSTED=1 (open the workspace untrusted, in Restricted Mode; offline route only).
//
// The tests run in the extension host, a process the server forks; they report through a
// results JSON file whose path travels in the server's environment (MDREVIEW_TEST_RESULTS),
// which the extension host inherits. Screenshots go the other way: the test drops a request
// file in MDREVIEW_SCREENSHOT_DIR (a temp dir of this run) and this runner, which holds the
// browser page, answers it.
// Output: test-output/screenshots/*.png, test-output/browser-console.log. Last line printed:
// "N passed, N failed".
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { answerKeyboardRequests, answerScreenshotRequests, baseSettings, closeWorkbench, extensionErrorsInLogs, isInstalled, launchBrowser, openWorkbench, repoRoot, startServer } from './vscode-host.mjs';

const testsIndex = join(repoRoot, 'dist-test', 'integration', 'index.js');
const untrusted = process.env.MDREVIEW_UNTRUSTED === '1';
const outDir = join(repoRoot, 'test-output');
// The untrusted pass keeps its own output, so it does not erase the main pass's screenshots.
const screenshotDir = join(outDir, 'screenshots', ...(untrusted ? ['untrusted'] : []));
const consoleLog = join(outDir, untrusted ? 'browser-console-untrusted.log' : 'browser-console.log');
// Generous: the suite takes ~1–2 min on a quiet 2-core machine, but several times that under load.
const totalTimeoutMs = Number(process.env.MDREVIEW_TEST_TIMEOUT_MS ?? 10 * 60_000);
// If run() has not started by then, something is wrong with loading the workbench or extension.
const startTimeoutMs = Math.min(totalTimeoutMs, 180_000);
const keep = process.env.MDREVIEW_KEEP === '1';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

/** Thrown for a run that could not complete; reported at the top level after cleanup. */
class RunFailure extends Error {}
function fail(message) {
  throw new RunFailure(message);
}
function reportFailure(message) {
  const partial = readResults();
  console.log(`integration: FAILED — ${message}`);
  // Still end with the count line; the run itself counts as one failure.
  console.log(`${partial?.passed ?? 0} passed, ${(partial?.failed ?? 0) + 1} failed`);
  process.exit(1);
}

for (const f of [join(repoRoot, 'dist', 'extension.js'), testsIndex]) {
  if (!existsSync(f)) reportFailure(`${relative(repoRoot, f)} is missing; run \`npm run build\` first`);
}

// Fresh output folders; screenshots of an earlier run must not pass for this one's.
rmSync(screenshotDir, { recursive: true, force: true });
mkdirSync(screenshotDir, { recursive: true });
rmSync(consoleLog, { force: true });

// A throwaway copy of examples/ as the workspace: tests may create and edit files.
const scratch = mkdtempSync(join(tmpdir(), 'mdr-it-'));
const workspace = join(scratch, 'workspace');
const examples = join(repoRoot, 'examples');
if (existsSync(examples)) cpSync(examples, workspace, { recursive: true });
else mkdirSync(workspace);
const resultsFile = join(scratch, 'results.json');
// The screenshot channel is private to this run (two runs at once must not answer each other's
// requests); the pictures themselves are saved to test-output/screenshots.
const requestDir = join(scratch, 'screenshot-requests');
mkdirSync(requestDir);
const testEnv = { MDREVIEW_TEST_RESULTS: resultsFile, MDREVIEW_SCREENSHOT_DIR: requestDir };
if (process.env.MDREVIEW_TEST_GREP) testEnv.MDREVIEW_TEST_GREP = process.env.MDREVIEW_TEST_GREP;
if (untrusted) testEnv.MDREVIEW_UNTRUSTED = '1';

const host = process.env.MDREVIEW_TEST_HOST ?? 'code-server';
if (host !== 'electron' && host !== 'code-server') reportFailure(`unknown MDREVIEW_TEST_HOST=${host} (use code-server or electron)`);
// Each route returns { results, logErrors, logs }, or throws (RunFailure) after stopping what it started.
let run;
try {
  run = host === 'electron' ? await runElectron() : await runCodeServer();
} catch (e) {
  reportFailure(e instanceof RunFailure ? e.message : (e?.stack ?? String(e)));
}
printResults(run.results);
if (run.logErrors.length) {
  console.log(`\nintegration: the extension host log has ${run.logErrors.length} error(s) about mdreview:`);
  for (const e of run.logErrors) console.log(`  ${e.file}:\n    ${e.text.split('\n').slice(0, 8).join('\n    ')}`);
}
const ok = run.results.done && run.results.failed === 0 && run.logErrors.length === 0;
if (!keep && ok) rmSync(scratch, { recursive: true, force: true });
else console.log(`\nintegration: ${ok ? '' : 'FAILED. '}Logs: ${run.logs.join(' ; ')}`);
console.log(`\nintegration: ${run.results.tests.length} test(s) in ${secs()}`);
// The closing line CI reads. Errors in the log with all tests passing count as one failure.
const r = run.results;
console.log(`${r.passed} passed, ${r.failed + (ok || r.failed ? 0 : 1)} failed${r.pending ? `, ${r.pending} skipped` : ''}`);
process.exit(ok ? 0 : 1);

/** The offline route. */
async function runCodeServer() {
  if (!isInstalled()) fail('the VS Code host is not installed; run: bash scripts/install-vscode-host.sh');
  const userDataDir = join(scratch, 'user-data');
  console.log(`integration: starting code-server (workspace ${workspace})`);
  const server = await startServer({ workspace, userDataDir, env: testEnv, untrusted });
  let browser, page;
  const cleanup = async () => {
    if (page) await closeWorkbench(page);
    await browser?.close().catch(() => {});
    await server.stop();
  };
  process.once('SIGINT', () => { cleanup().finally(() => process.exit(130)); });
  try {
    browser = await launchBrowser();
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(testsIndex)],
    ];
    page = await openWorkbench(browser, server.url(payload), { consoleLog });
    let pageClosed = false;
    page.on('crash', () => { pageClosed = true; });
    console.log(`integration: workbench opened at ${secs()} (${server.base})`);

    // Poll: answer screenshot and keyboard requests, watch the results file, enforce the timeouts.
    let results;
    let announced = false;
    for (;;) {
      await answerScreenshotRequests(page, requestDir, screenshotDir);
      await answerKeyboardRequests(page, requestDir);
      results = readResults() ?? results; // undefined while absent
      if (results && !announced) { console.log(`integration: tests started at ${secs()} in VS Code ${results.vscodeVersion}`); announced = true; }
      if (results?.done) break;
      const elapsed = Date.now() - started;
      const why = pageClosed ? 'the browser page crashed'
        : !results && elapsed > startTimeoutMs ? `the tests did not start within ${startTimeoutMs / 1000} s`
          : elapsed > totalTimeoutMs ? `the run did not finish within ${totalTimeoutMs / 1000} s`
            : null;
      if (why) {
        if (results) printResults(results);
        await page.screenshot({ path: join(screenshotDir, 'timeout.png') }).catch(() => {});
        fail(`${why}. Logs: ${server.logDir} ; ${server.serverLog} ; ${consoleLog} ; screenshot ${relative(repoRoot, join(screenshotDir, 'timeout.png'))}`);
      }
      await sleep(200);
    }
    // A last request may have arrived just before the end; mocha's summary is still on its
    // way to the browser console.
    await answerScreenshotRequests(page, requestDir, screenshotDir);
    await sleep(1000);

    return { results, logErrors: extensionErrorsInLogs(server.logDir), logs: [server.logDir, server.serverLog, consoleLog] };
  } finally {
    await cleanup();
  }
}

/** The same suite in a downloaded desktop VS Code (needs internet, and a display or xvfb-run). */
async function runElectron() {
  const { runTests } = await import('@vscode/test-electron');
  const userDataDir = join(scratch, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(baseSettings, null, 2));
  try {
    await runTests({
      version: process.env.MDREVIEW_VSCODE_VERSION, // default: latest stable
      vscodeExecutablePath: process.env.MDREVIEW_VSCODE_EXECUTABLE, // a local VS Code instead of a download
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsIndex,
      extensionTestsEnv: { ...testEnv, MDREVIEW_SCREENSHOT_DIR: '' }, // no browser page to shoot
      // runTests adds --extensionDevelopmentPath, --extensionTestsPath, --disable-workspace-trust …
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${userDataDir}`],
    });
  } catch (e) {
    // runTests rejects when VS Code exits non-zero, which a failing test does too: the
    // results file says which it was.
    if (!readResults()?.done) fail(`VS Code did not complete the tests: ${e?.message ?? e}`);
  }
  const results = readResults();
  if (!results?.done) fail('the tests wrote no results');
  const logDir = join(userDataDir, 'logs');
  return { results, logErrors: extensionErrorsInLogs(logDir), logs: [logDir] };
}

function readResults() {
  try { return JSON.parse(readFileSync(resultsFile, 'utf8')); } catch { return undefined; } // absent or mid-write
}

/** Prints a spec-like report of the tests and their failures (not the closing count line). */
function printResults(r) {
  console.log('');
  for (const t of r.tests) {
    const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
    console.log(`  ${mark} ${t.title}${t.durationMs != null ? ` (${t.durationMs} ms)` : ''}`);
  }
  const failures = r.tests.filter((t) => t.state === 'failed');
  failures.forEach((t, i) => {
    const message = t.error?.message ?? '';
    console.log(`\n  ${i + 1}) ${t.title}\n     ${message.split('\n').join('\n     ')}`);
    // node:assert puts a diff in the message already; otherwise show expected/actual.
    if (t.error?.expected !== undefined && !message.includes('\n')) console.log(`     expected: ${t.error.expected}\n     actual:   ${t.error.actual}`);
    const stack = (t.error?.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l) && !/node_modules[/\\]mocha/.test(l)).slice(0, 6);
    if (stack.length) console.log(stack.map((l) => `     ${l.trim()}`).join('\n'));
  });
  if (r.error) console.log(`\n  error outside the tests:\n     ${r.error.split('\n').join('\n     ')}`);
  if (!r.done) console.log('\n  (incomplete: the run did not finish)');
}
