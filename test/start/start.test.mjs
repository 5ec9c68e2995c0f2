// The demo as a new user runs it: `npm start` (server route), then stopping it.
//   - `start.mjs --check`: the printed URL loads the extension, opens a review, and its findings
//     show in the Problems panel;
//   - `npm start` prints exactly one URL, and it is the one that loads the extension and a review;
//   - SIGTERM to npm, or to code-server itself, stops everything: no process left, port free;
//   - examples/ is byte for byte the same afterwards (the demo works on a scratch copy).
//
//   npm run test:start        (needs the offline VS Code host; exits 1 on failure)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, portInUse, repoRoot } from '../../scripts/vscode-host.mjs';

const failures = [];
const check = (ok, what) => {
  console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A digest of every file under examples/ (names and bytes). */
function examplesDigest() {
  const dir = join(repoRoot, 'examples');
  const hash = createHash('sha256');
  for (const f of readdirSync(dir, { recursive: true }).map(String).sort()) {
    hash.update(f);
    try { hash.update(readFileSync(join(dir, f))); } catch { /* a folder */ }
  }
  return hash.digest('hex');
}

/** Process ids of every living descendant of `pid` (Linux /proc). */
function descendants(pid) {
  const children = new Map();
  for (const p of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch { /* gone */ }
  }
  const out = [];
  const walk = (p) => (children.get(p) ?? []).forEach((c) => { out.push(c); walk(c); });
  walk(pid);
  return out;
}
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const cmdline = (pid) => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '); } catch { return ''; } };

/** Runs `npm start` until it prints its URL; returns the child, its output and its processes. */
async function npmStart(port) {
  const child = spawn('npm', ['start'], { cwd: repoRoot, env: { ...process.env, MDREVIEW_NO_DESKTOP: '1', MDREVIEW_PORT: String(port) } });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const deadline = Date.now() + 120_000;
  while (!/Stop: Ctrl-C/.test(output) && child.exitCode === null && Date.now() < deadline) await sleep(200);
  return { child, output: () => output, processes: descendants(child.pid) };
}

async function stopsCleanly(run, port, what) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && (run.processes.some(alive) || (await portInUse(port)))) await sleep(250);
  const left = run.processes.filter(alive);
  check(left.length === 0, `${what}: no process left (${left.map((p) => `${p} ${cmdline(p)}`).join('; ') || 'none'})`);
  check(!(await portInUse(port)), `${what}: port ${port} is free again`);
  left.forEach((p) => { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } });
  const scratch = run.output().match(/^\s+(\/\S*mdreview-examples-\S+)$/m)?.[1];
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

const before = examplesDigest();

console.log('start.mjs --check');
const checked = spawnSync(process.execPath, ['scripts/start.mjs', '--check'], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, MDREVIEW_NO_DESKTOP: '1' } });
process.stdout.write(checked.stdout.split('\n').filter((l) => /Problems panel|activated|failed|error/i.test(l)).map((l) => `    ${l}\n`).join(''));
check(checked.status === 0, `the URL loads the extension and the review's findings show in Problems (exit ${checked.status}${checked.status ? `: ${checked.stderr.trim().split('\n').at(-1)}` : ''})`);

console.log('npm start, then SIGTERM to npm');
let port = await freePort();
let run = await npmStart(port);
const urls = run.output().match(/https?:\/\/\S+/g) ?? [];
check(urls.length === 1, `prints exactly one URL (${urls.length})`);
const payload = decodeURIComponent(urls[0] ?? '');
check(/extensionDevelopmentPath/.test(payload) && /"openFile"/.test(payload) && /mdreview-examples-/.test(payload), 'the URL loads the extension and opens a review of the scratch copy');
check(run.processes.some((p) => /code-server/.test(cmdline(p))), 'code-server runs under npm start');
run.child.kill('SIGTERM');
await stopsCleanly(run, port, 'SIGTERM to npm');

console.log('npm start, then SIGTERM to code-server');
port = await freePort();
run = await npmStart(port);
const codeServer = run.processes.find((p) => /code-server/.test(cmdline(p)));
check(codeServer !== undefined, 'code-server runs under npm start');
if (codeServer) process.kill(codeServer, 'SIGTERM');
await stopsCleanly(run, port, 'SIGTERM to code-server');

check(examplesDigest() === before, 'examples/ is unchanged');

if (failures.length) {
  console.error(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\nnpm start: all checks passed');
