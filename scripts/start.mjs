// `npm start`: see the extension working on examples/.
//
// Builds, then opens VS Code with the extension loaded from this repository (an "Extension
// Development Host") on the examples/ folder — edits there are real edits of examples/.
//   - With a desktop `code` on PATH: `code --extensionDevelopmentPath=<repo> <repo>/examples`.
//   - Otherwise (e.g. a server without a display): VS Code's server build from .vscode-host/
//     (installed on first use by scripts/install-vscode-host.sh), on http://127.0.0.1:8420
//     (MDREVIEW_PORT overrides), until Ctrl-C. Set MDREVIEW_NO_DESKTOP=1 to prefer this route.
//
//   node scripts/start.mjs --check   non-interactive check of the server route: opens the page
//                                    in headless Chromium, waits for the workbench and for the
//                                    extension to activate, saves test-output/start.png, exits.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import {
  closeWorkbench, extensionErrorsInLogs, hostDir, isInstalled, launchBrowser, openWorkbench, portInUse, repoRoot, startServer, waitForWorkbench,
} from './vscode-host.mjs';

const check = process.argv.includes('--check');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// 1. Build the extension (tests are not needed to look at it).
const build = spawnSync(process.execPath, ['esbuild.mjs', '--no-tests'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let workspace = join(repoRoot, 'examples');
if (!existsSync(workspace)) {
  workspace = mkdtempSync(join(tmpdir(), 'mdr-examples-'));
  console.warn(`examples/ does not exist yet; opening an empty folder ${workspace}`);
}

// 2. A desktop VS Code, if there is one.
const code = !check && !process.env.MDREVIEW_NO_DESKTOP && onPath('code');
if (code) {
  console.log(`Opening ${workspace} in VS Code with the extension from ${repoRoot}`);
  const r = spawnSync(code, [`--extensionDevelopmentPath=${repoRoot}`, workspace], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// 3. Otherwise VS Code's server build in the browser.
if (!isInstalled()) {
  console.log('First run: installing the VS Code server build into .vscode-host/ (about 1–2 minutes)…');
  const r = spawnSync('bash', [join(repoRoot, 'scripts', 'install-vscode-host.sh')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// A fixed port, so the URL stays the same between runs (the check picks a free one, so it can
// run beside an open `npm start`).
const port = process.env.MDREVIEW_PORT ? Number(process.env.MDREVIEW_PORT) : check ? undefined : 8420;
if (port && (await portInUse(port))) {
  console.error(`Port ${port} is in use (another \`npm start\`?). Stop it, or run with MDREVIEW_PORT=<port>.`);
  process.exit(1);
}
// A persistent profile for people (settings, open editors survive restarts); a throwaway one
// for the check.
const userDataDir = check ? undefined : join(hostDir, 'start-profile');
if (userDataDir) mkdirSync(userDataDir, { recursive: true });
console.log('Starting VS Code (code-server)…');
const server = await startServer({ workspace, userDataDir, port, keepSettings: true });
const url = server.url([['extensionDevelopmentPath', server.remoteUri(repoRoot)]]);

if (check) {
  process.exit(await runCheck());
}

console.log(`
  mdreview is running in VS Code (code-server) on ${workspace}

  Open this in your browser:

    ${url}

  (or just ${server.base}/ and open the folder yourself — but only the long URL loads the
  extension from this repository.)

  After changing src/: \`npm run build\`, then in VS Code run "Developer: Reload Window".
  Logs: ${server.logDir}
  Stop: Ctrl-C
`);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, async () => {
    console.log('\nStopping…');
    await server.stop();
    process.exit(0);
  });
}
// The server runs detached from us; this keeps the process (and so Ctrl-C) alive.
setInterval(() => {}, 1 << 30);

/** Opens the page headless; checks the workbench renders and the extension activates. */
async function runCheck() {
  let status = 1;
  const outDir = join(repoRoot, 'test-output');
  mkdirSync(outDir, { recursive: true });
  const shot = join(outDir, 'start.png');
  const browser = await launchBrowser();
  let page;
  try {
    page = await openWorkbench(browser, url, { consoleLog: join(outDir, 'start-console.log') });
    await waitForWorkbench(page);
    // The extension host logs each activation. examples/ has a .mdreviewrc.yaml, which activates
    // the extension at startup (workspaceContains).
    const activated = await waitForLog(server.logDir, /_doActivateExtension mdreview\.mdreview\b/, 45_000);
    // Open a review through Quick Open, as a person would, so the picture shows one. Best
    // effort: the check is about the workbench and the extension, not about Quick Open.
    const review = firstReview(workspace);
    if (review) {
      try {
        await page.locator('.monaco-workbench .part.editor').click();
        await page.keyboard.press('Control+P');
        await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
        await page.keyboard.type(review);
        const name = review.split('/').pop();
        // Enter only once the file search has listed it.
        await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: 30_000 });
        await page.keyboard.press('Enter');
        await page.locator('.part.editor .tab.active').filter({ hasText: name }).waitFor({ timeout: 30_000 });
      } catch (e) {
        console.warn(`(could not open ${review} through Quick Open: ${e.message.split('\n')[0]})`);
      }
    }
    await sleep(2000); // let the explorer, editor and status bar settle for the picture
    await page.screenshot({ path: shot });
    const errors = extensionErrorsInLogs(server.logDir);
    console.log(`Workbench rendered at ${url}`);
    console.log(`Screenshot: ${shot}`);
    if (!activated) {
      console.error(`The extension did not activate within 45 s (logs: ${server.logDir}).`);
      return 1;
    }
    console.log('The extension activated.');
    if (errors.length) {
      console.error(`The extension host log has errors about mdreview:\n${errors.map((e) => e.text).join('\n')}`);
      return 1;
    }
    return (status = 0);
  } catch (e) {
    if (page) await page.screenshot({ path: shot }).catch(() => {});
    console.error(`start --check failed: ${e.message}\nLogs: ${server.logDir} ; ${server.serverLog} ; screenshot ${shot}`);
    return 1;
  } finally {
    if (page) await closeWorkbench(page);
    await browser.close().catch(() => {});
    await server.stop({ keepLogs: status !== 0 }); // the logs are named in the failure message
  }
}

/** Polls the extension host logs until `re` matches a line, or `timeoutMs` passes. */
async function waitForLog(logDir, re, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const logs = existsSync(logDir) ? readdirSync(logDir, { recursive: true }).map(String).filter((f) => f.endsWith('exthost.log')) : [];
    if (logs.some((f) => re.test(readFileSync(join(logDir, f), 'utf8')))) return true;
    await sleep(500);
  }
  return false;
}

/** The path of some review in examples/reviews, relative to `dir` (for Quick Open), or undefined. */
function firstReview(dir) {
  const reviews = join(dir, 'reviews');
  if (!existsSync(reviews)) return undefined;
  const md = readdirSync(reviews, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort();
  return md.length ? `reviews/${md[0]}` : undefined;
}

/** The full path of an executable on PATH, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch { /* not here */ }
  }
  return undefined;
}
