// `npm start`: see the extension working on examples/.
//
// Builds, then opens VS Code with the extension loaded from this repository (an "Extension
// Development Host") on a scratch copy of examples/ with one review open — so a New Review or an
// edit made while trying it never changes examples/, which the tests read.
//   - With a desktop `code` on PATH: `code --extensionDevelopmentPath=<repo> <copy> <review>`.
//   - Otherwise (e.g. a server without a display): VS Code's server build from .vscode-host/
//     (installed on first use by scripts/install-vscode-host.sh), on http://127.0.0.1:8420
//     (MDREVIEW_PORT overrides), until Ctrl-C or SIGTERM to this process, to npm, or to
//     code-server. Set MDREVIEW_NO_DESKTOP=1 to prefer this route.
//
//   node scripts/start.mjs --check   non-interactive check of the server route: opens the page
//                                    in headless Chromium, waits for the extension to activate
//                                    and the review's findings to show in the Problems panel,
//                                    saves test-output/start.png, exits.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

// 2. The scratch copy, kept after we stop: what a person wrote there is theirs.
const workspace = mkdtempSync(join(tmpdir(), 'mdreview-examples-'));
cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
const review = reviewToOpen(workspace);

// 3. A desktop VS Code, if there is one.
const code = !check && !process.env.MDREVIEW_NO_DESKTOP && onPath('code');
if (code) {
  console.log(`Opening a copy of examples/ (${workspace}) in VS Code with the extension from ${repoRoot}`);
  const r = spawnSync(code, [`--extensionDevelopmentPath=${repoRoot}`, workspace, ...(review ? [join(workspace, review)] : [])], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// 4. Otherwise VS Code's server build in the browser.
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
// The only URL that loads the extension (the bare one does not) — and opens the review, whose
// findings then fill the Problems panel.
const url = server.url([['extensionDevelopmentPath', server.remoteUri(repoRoot)], ...(review ? [['openFile', server.remoteUri(join(workspace, review))]] : [])]);

if (check) {
  process.exit(await runCheck());
}

console.log(`
  mdreview is running in VS Code (code-server) on a copy of examples/:
    ${workspace}
  (your edits there stay after you stop; examples/ itself is never changed)

  Open this in your browser — it loads the extension and opens ${review ?? 'the folder'}:

    ${url}

  Ctrl+Shift+M shows the Problems panel with the review's findings.
  After changing src/: \`npm run build\`, then in VS Code run "Developer: Reload Window".
  Logs: ${server.logDir}
  Stop: Ctrl-C
`);
let stopping = false;
async function shutdown(reason) {
  if (stopping) return;
  stopping = true;
  console.log(`\nStopping (${reason})…`);
  await server.stop(); // ends code-server's whole process group: extension host and pty host too
  process.exit(0);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(sig, () => shutdown(sig));
// code-server ended on its own (or someone sent it SIGTERM): nothing left to serve.
server.onExit(() => shutdown('code-server ended'));
// npm ended without passing its signal on: we were re-parented, so stop with it.
const parent = process.ppid;
setInterval(() => { if (process.ppid !== parent) shutdown('npm ended'); }, 500);

/** Opens the page headless; checks the extension activates and the open review's findings show. */
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
    // The URL opened the review; its findings fill the Problems panel (Ctrl+Shift+M).
    let problems = 0;
    if (review) {
      const name = review.split('/').pop();
      await page.locator('.part.editor .tab.active').filter({ hasText: name }).waitFor({ timeout: 30_000 });
      await page.locator('.part.editor .monaco-editor').first().click();
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await rows.first().waitFor({ timeout: 30_000 }).catch(() => {});
      problems = await rows.count();
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
    if (review && problems === 0) {
      console.error(`The Problems panel shows no findings for ${review}.`);
      return 1;
    }
    if (review) console.log(`${review} is open; the Problems panel lists ${problems} row(s).`);
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
    rmSync(workspace, { recursive: true, force: true });
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

/**
 * The review to open first, relative to `dir`: the latest draft (drafts have findings to show),
 * else the first review; undefined when there is none.
 */
function reviewToOpen(dir) {
  const reviews = join(dir, 'reviews');
  if (!existsSync(reviews)) return undefined;
  const md = readdirSync(reviews, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort().map((f) => `reviews/${f}`);
  const drafts = md.filter((f) => /^status:\s*draft\s*$/m.test(readFileSync(join(dir, f), 'utf8')));
  return drafts.at(-1) ?? md[0];
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
