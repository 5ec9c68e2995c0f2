// A small library to run the extension in a real VS Code without internet: VS Code's server
// build (the npm package code-server, installed into .vscode-host/ by install-vscode-host.sh)
// driven by Debian's Chromium through playwright-core. Used by run-integration.mjs and start.mjs.
// See DESIGN.md §4 for why this route exists.
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extensionErrorsInLog } from './exthost-log.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const hostDir = process.env.MDREVIEW_VSCODE_HOST_DIR ?? join(repoRoot, '.vscode-host');
const codeServerEntry = join(hostDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const installMarker = join(hostDir, '.installed');

/** True when install-vscode-host.sh has completed (it writes the marker last). */
export function isInstalled() {
  return existsSync(installMarker) && existsSync(codeServerEntry);
}

/**
 * User settings for a quiet, offline, deterministic workbench. Workspace trust off so the
 * extension runs fully; no startup editor, tips or experiments that could cover the editor in
 * screenshots; nothing that checks for updates or sends telemetry.
 */
export const baseSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/** A TCP port that was free a moment ago (the OS picks it). */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Whether something already listens on 127.0.0.1:port. */
export function portInUse(port) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(true));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(false)));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server on 127.0.0.1 and resolves once it answers HTTP.
 *
 * @param {object} o
 * @param {string} o.workspace      folder the workbench opens (passed in the URL, see url())
 * @param {string} [o.userDataDir]  a temp dir if omitted (removed by stop()); VS Code writes its logs under it
 * @param {object} [o.extraSettings] merged over baseSettings into User/settings.json
 * @param {boolean} [o.keepSettings] keep an existing User/settings.json (npm start's profile)
 * @param {number} [o.port]         fixed port; a free one if omitted
 * @param {object} [o.env]          extra environment for the server — and so for the extension
 *                                  host, which the server forks with its own environment
 * @param {boolean} [o.untrusted]   keep workspace trust on and never ask: the folder opens in
 *                                  Restricted Mode, as an untrusted workspace does for a user
 */
export async function startServer({ workspace, userDataDir, extraSettings = {}, keepSettings = false, port, env = {}, untrusted = false } = {}) {
  if (!isInstalled()) {
    throw new Error(`VS Code host not installed in ${hostDir}; run: bash scripts/install-vscode-host.sh`);
  }
  const ownUserDataDir = !userDataDir;
  userDataDir ??= mkdtempSync(join(tmpdir(), 'mdr-vscode-'));
  port ??= await freePort();
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  mkdirSync(dirname(settingsFile), { recursive: true });
  if (!keepSettings || !existsSync(settingsFile)) {
    const trust = untrusted ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
    writeFileSync(settingsFile, JSON.stringify({ ...baseSettings, ...trust, ...extraSettings }, null, 2));
  }
  // Our own config file, so code-server neither reads nor creates ~/.config/code-server/config.yaml
  // (which it would fill with a random password).
  const configFile = join(userDataDir, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const extensionsDir = join(userDataDir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });

  const childEnv = { ...process.env };
  // When run from a VS Code terminal these would point the server at that other VS Code.
  for (const k of Object.keys(childEnv)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete childEnv[k];
  Object.assign(childEnv, {
    // The marketplace URLs come from product.json; code-server lets this env var replace them.
    // Port 9 (discard) on loopback is closed, so any gallery request fails at once, offline.
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: 'http://127.0.0.1:9/gallery',
      itemUrl: 'http://127.0.0.1:9/item',
      resourceUrlTemplate: 'http://127.0.0.1:9/resource/{publisher}/{name}/{version}/{path}',
    }),
    ...env,
  });

  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', configFile,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
  ];
  const serverLog = join(userDataDir, 'code-server.log');
  const out = createWriteStream(serverLog);
  // detached: own process group, so stop() can end code-server and the processes it forks
  // (its wrapper child, extension hosts, pty host) together.
  const child = spawn(process.execPath, args, { cwd: workspace ?? hostDir, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  let onExit = () => {};
  child.on('exit', (code, signal) => { exited = { code, signal }; onExit(exited); });
  // Detached means it would outlive us; whatever way we exit (process.exit included), take it along.
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', killOnExit);

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); log:\n${tail(serverLog)}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      killGroup(child, 'SIGKILL');
      throw new Error(`code-server did not answer on ${base} within 60 s; log:\n${tail(serverLog)}`);
    }
    await sleep(250);
  }

  return {
    port,
    base,
    userDataDir,
    serverLog,
    /** VS Code writes its own logs here: <logDir>/<timestamp>/remoteagent.log, exthost*\/remoteexthost.log … */
    logDir: join(userDataDir, 'logs'),
    /** A path on this machine as the workbench sees it: a file of the remote (= this) machine. */
    remoteUri: (absPath) => `vscode-remote://127.0.0.1:${port}${absPath}`,
    /** The workbench URL on `workspace`; payload is a list of [key, value] pairs. */
    url(payload) {
      const q = [];
      if (workspace) q.push(`folder=${encodeURIComponent(workspace)}`);
      if (payload) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `${base}/${q.length ? `?${q.join('&')}` : ''}`;
    },
    /** Calls `listener({ code, signal })` when code-server's main process ends (also when stopped). */
    onExit(listener) { onExit = listener; },
    /** Ends the server; a user data dir that startServer made itself goes too, unless keepLogs. */
    async stop({ keepLogs = false } = {}) {
      killGroup(child, 'SIGTERM');
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
      killGroup(child, 'SIGKILL'); // whatever of the group is left (extension host, pty host…)
      process.off('exit', killOnExit);
      if (ownUserDataDir && !keepLogs) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function killGroup(child, signal) {
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

function tail(file, lines = 40) {
  try { return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'); } catch { return '(no log)'; }
}

/**
 * Headless Debian Chromium. The flags keep it from reaching out (this machine's network is
 * closed, and without them Chromium retries many connections) and let it run as root.
 */
export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.MDREVIEW_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens the workbench at `url` in a new page. Every console message and page error (of the page
 * and its frames — webviews are iframes) goes to `consoleLog` (a file path) if given.
 * `beforeLoad(page)` runs before the workbench loads (e.g. page.exposeFunction('codeAutomationExit', …)).
 */
export async function openWorkbench(browser, url, { consoleLog, viewport = { width: 1440, height: 900 }, beforeLoad } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await beforeLoad?.(page);
  if (consoleLog) {
    mkdirSync(dirname(consoleLog), { recursive: true });
    const log = createWriteStream(consoleLog, { flags: 'a' });
    const stamp = () => new Date().toISOString();
    // Formatting a message reads its arguments from the page (async); chain the writes so the
    // file keeps the order of the messages.
    let chain = Promise.resolve();
    const write = (line) => { chain = chain.then(async () => log.write(`${await line}\n`)); };
    page.on('console', (m) => write(consoleLine(stamp(), m)));
    page.on('pageerror', (e) => write(`${stamp()} [pageerror] ${e.stack ?? e.message}`));
    page.on('requestfailed', (r) => write(`${stamp()} [requestfailed] ${r.url()} ${r.failure()?.errorText ?? ''}`));
    consoleLogs.set(page, async () => {
      await chain;
      await new Promise((r) => log.end(r));
    });
  }
  // Generous: on a busy 2-core machine the first load of the workbench (~10 MB of JS) is slow.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  return page;
}

const consoleLogs = new WeakMap();

/** Closes a page from openWorkbench(), after its console log is written out. */
export async function closeWorkbench(page) {
  await page.close().catch(() => {});
  await consoleLogs.get(page)?.();
}

/**
 * One console message as text. The extension host's console (mocha's spec reporter, console.log
 * in tests) reaches the page as printf-style arguments ('%c INFO', css, '%s%s', …); substitute
 * them as the browser's console would, dropping the %c styling.
 */
async function consoleLine(stamp, m) {
  let text;
  try {
    const args = await Promise.all(m.args().map((a) => a.jsonValue()));
    if (!args.length) throw new Error('no arguments'); // a message of the browser itself
    const show = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
    const parts = [];
    while (args.length) {
      const fmt = args.shift();
      if (typeof fmt !== 'string' || !fmt.includes('%')) { parts.push(show(fmt)); continue; }
      parts.push(fmt.replace(/%[csdifoO%]/g, (t) => (t === '%%' ? '%' : !args.length ? t : t === '%c' ? (args.shift(), '') : show(args.shift()))));
    }
    text = parts.join(' ');
  } catch {
    text = m.text(); // the page went away, or an argument is not serializable
  }
  return `${stamp} [${m.type()}] ${text}`;
}

/**
 * Waits until the workbench has rendered its parts and the folder is open in the explorer —
 * that is when the extension host is up and a person could start working.
 */
export async function waitForWorkbench(page, timeoutMs = 60_000) {
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: timeoutMs });
  await page.waitForSelector('.monaco-workbench .part.sidebar, .monaco-workbench .part.editor', { timeout: timeoutMs });
  // The remote connection is up once the status bar shows no "Opening Remote…" progress.
  await page.waitForFunction(() => !document.querySelector('.monaco-workbench .statusbar-item.remote-kind .codicon-loading'), undefined, { timeout: timeoutMs });
}

/**
 * Entries at [error] level in the extension host logs under `logDir` that are this extension's
 * (see extensionErrorsInLog). In code-server the extension host logs to
 * <user-data-dir>/logs/<session>/exthost<N>/remoteexthost.log (exthost.log on the desktop).
 * Returns [{ file, text }].
 */
export function extensionErrorsInLogs(logDir) {
  const ours = { extensionId: extensionId(), bundleDir: join(repoRoot, 'dist') };
  return walk(logDir)
    .filter((f) => /(^|\/)(remote)?exthost\.log$/.test(f))
    .flatMap((file) => extensionErrorsInLog(readFileSync(file, 'utf8'), ours).map((text) => ({ file, text })));
}

/** The extension's id as VS Code spells it: publisher.name from package.json. */
function extensionId() {
  const { publisher, name } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return `${publisher}.${name}`;
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/**
 * The screenshot channel of the test runners: for each `<name>.request` in `requestDir` (dropped by a test, see
 * test/integration/suite/screenshot*.ts) takes a screenshot of the page, saves it as `<savedDir>/<name>.png` and
 * puts a copy beside the request (written then renamed), which is what the waiting test looks for.
 */
/**
 * Keyboard requests from the tests (test/integration/suite/keyboard.ts), so they can drive the real quick
 * picks and input boxes: `<name>.keys` holds `{ type?: string, press?: string[] }`; the text is typed and the
 * keys pressed (Playwright names: "Enter", "ArrowDown") in the focused workbench, then `<name>.done` answers.
 */
export async function answerKeyboardRequests(page, requestDir) {
  for (const f of readdirSync(requestDir)) {
    if (!f.endsWith('.keys')) continue;
    const path = join(requestDir, f);
    let outcome = 'ok';
    try {
      const { type, press, waitForTitle } = JSON.parse(readFileSync(path, 'utf8'));
      // Keys go to whatever has focus: wait until the quick input the test expects is open, not a fixed time.
      if (Array.isArray(waitForTitle) && waitForTitle.length) {
        await page.waitForFunction(
          (titles) => [...document.querySelectorAll('.quick-input-widget .quick-input-title')].some((e) => e.getClientRects().length > 0 && titles.some((t) => e.textContent.includes(t))),
          waitForTitle,
          { timeout: 20_000 },
        );
      }
      if (typeof type === 'string' && type) await page.keyboard.type(type);
      for (const key of Array.isArray(press) ? press : []) await page.keyboard.press(String(key));
    } catch (e) {
      outcome = `failed: ${e.message}`;
    }
    const done = join(requestDir, `${f.slice(0, -'.keys'.length)}.done`);
    writeFileSync(`${done}.tmp`, outcome);
    renameSync(`${done}.tmp`, done);
    try { unlinkSync(path); } catch { /* already gone */ }
  }
}

export async function answerScreenshotRequests(page, requestDir, savedDir) {
  for (const f of readdirSync(requestDir)) {
    if (!f.endsWith('.request')) continue;
    const name = f.slice(0, -'.request'.length);
    const saved = join(savedDir, `${name}.png`);
    try {
      // The viewport holds the whole workbench; webviews are iframes in it, so they show too.
      await page.screenshot({ path: saved, type: 'png' });
      const tmp = join(requestDir, `${name}.png.tmp`);
      copyFileSync(saved, tmp);
      renameSync(tmp, join(requestDir, `${name}.png`));
      console.log(`screenshot ${relative(repoRoot, saved)}`);
    } catch (e) {
      console.log(`screenshot ${name} failed: ${e.message}`);
    }
    try { unlinkSync(join(requestDir, f)); } catch { /* already gone */ }
  }
}
