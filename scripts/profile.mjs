// `npm run profile`: where a lint spends its CPU (run `npm run bench` once to generate bench-data/).
// - default: builds the core unminified, lints the bench files twice in-process and profiles the second (warm)
//   pass: self time by package or source file and the hottest functions (test-output/profile/lint.cpuprofile).
// - `npm run profile -- --cli [args…]`: builds the CLI and its worker unminified and runs one whole cold
//   `mdreview lint bench-data --format json` (or `mdreview <args…>`) under `--cpu-prof`, which profiles the main
//   thread and each worker thread; prints, per thread, the busy time by package or source file and the main
//   thread's phases, with the process's CPU time and peak RSS (profiles in test-output/profile/cli/).
// Open a .cpuprofile in Chrome DevTools or VS Code; the .js.map files beside the bundles map it to the sources.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { configValidator } from './build/configValidator.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'test-output', 'profile');
const DATA = join(ROOT, 'bench-data');
const TOP = 25;
const unminified = { bundle: true, minify: false, sourcemap: true, platform: 'node', format: 'cjs', target: 'node20', loader: { '.md': 'text', '.code-snippets': 'json' }, logLevel: 'warning' };

/** Maps a line of an unminified esbuild bundle to its module: esbuild marks each module's start with `// <path>`. */
function moduleMap(bundle) {
  const starts = [];
  readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^\/\/ ((?:node_modules|src|scripts)\/\S+)$/.exec(line);
      if (m) starts.push([i, m[1].replace(/^node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1')]);
    });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '(bundle)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid][0] <= line) {
        found = starts[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

/**
 * Self time of a profile by module and by function, plus the inclusive time of `phases` (function names on the
 * stack). `modules` maps a bundle's URL to its module map.
 */
function analyse(profile, modules, phases = []) {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const where = ({ functionName, url, lineNumber }) => modules.get(url)?.(lineNumber) ?? (functionName.startsWith('(') ? functionName : url ? 'node internals' : `(native) ${functionName}`);
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const byModule = new Map();
  const byFunction = new Map();
  const byPhase = new Map();
  const add = (map, key, dt) => map.set(key, (map.get(key) ?? 0) + dt);
  for (const [id, dt] of self) {
    const frame = byNode.get(id).callFrame;
    add(byModule, where(frame), dt);
    add(byFunction, `${frame.functionName || '(anonymous)'} — ${where(frame)}`, dt);
    if (frame.functionName === '(idle)') continue;
    // The innermost phase on the stack takes the sample; V8's own entries ("(garbage collector)", "(program)") have
    // no stack and count apart; busy samples under no phase count as "other".
    let phase = frame.functionName.startsWith('(') ? frame.functionName : 'other';
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const name = byNode.get(n).callFrame.functionName;
      if (phases.includes(name)) {
        phase = name;
        break;
      }
    }
    add(byPhase, phase, dt);
  }
  return { total, idle: byModule.get('(idle)') ?? 0, byModule, byFunction, byPhase };
}

const print = (title, map, total, top = TOP) => {
  console.log(`\n${title}`);
  for (const [name, dt] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(dt / 1000).toFixed(0).padStart(7)} ms ${((100 * dt) / total).toFixed(1).padStart(5)}%  ${name.length > 120 ? `${name.slice(0, 119)}…` : name}`);
};

/** One warm lint pass over the bench files, profiled in-process. */
async function profileLint() {
  mkdirSync(OUT, { recursive: true });
  const bundle = join(OUT, 'inprocess.cjs');
  await esbuild.build({ ...unminified, entryPoints: [join(ROOT, 'scripts/bench/inprocess.ts')], outfile: bundle });
  const core = createRequire(import.meta.url)(bundle);
  const texts = readdirSync(DATA, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(DATA, f), 'utf8'));
  for (const t of texts) core.lint(t); // warm-up: JIT, caches
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  for (const t of texts) core.lint(t);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(join(OUT, 'lint.cpuprofile'), JSON.stringify(profile));
  const { total, byModule, byFunction } = analyse(profile, new Map([[`file://${bundle}`, moduleMap(bundle)]]));
  console.log(`Profiled one lint pass over ${texts.length} files: ${(total / 1000).toFixed(0)} ms sampled.`);
  print('Self time by package or source file:', byModule, total);
  print('Hottest functions (self time):', byFunction, total);
}

/**
 * The main thread's phases: functions whose time the CLI profile reports, each sample going to the innermost one on
 * its stack (so `runLint` is what it does besides the phases inside it, `run` the command's own work and output).
 */
const CLI_PHASES = ['discover', 'readOpen', 'forFile', 'select', 'historyJobs', 'fromCache', 'lintChunk', 'runLint', 'run'];

/** One cold CLI run under `--cpu-prof`: every thread's profile, with the process's CPU time and peak RSS. */
async function profileCli(args) {
  const dir = join(OUT, 'cli');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The worker bundle beside the CLI's, as in dist/.
  for (const [entry, name] of [
    ['src/cli/main.ts', 'cli.js'],
    ['src/cli/lintWorker.ts', 'lintWorker.js'],
  ]) {
    await esbuild.build({ ...unminified, plugins: [configValidator], entryPoints: [join(ROOT, entry)], outfile: join(dir, name) });
  }
  const rusage = join(dir, 'rusage.json');
  const command = args.length ? args : ['lint', 'bench-data', '--format', 'json'];
  const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--require', join(ROOT, 'scripts/bench/rusage.cjs'), join(dir, 'cli.js'), ...command], {
    cwd: ROOT,
    env: { ...process.env, MDREVIEW_BENCH_RUSAGE: rusage },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status === 2 || run.status === null) throw new Error(`mdreview ${command.join(' ')} failed (exit ${run.status})`);
  const usage = JSON.parse(readFileSync(rusage, 'utf8'));
  const modules = new Map(['cli.js', 'lintWorker.js'].map((name) => [`file://${join(dir, name)}`, moduleMap(join(dir, name))]));
  // Node names each thread's profile CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile; thread 0 is the main thread.
  const profiles = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => ({ file: f, thread: Number(f.split('.')[4]) }))
    .sort((a, b) => a.thread - b.thread);
  console.log(`mdreview ${command.join(' ')}: ${(usage.cpuMs / 1000).toFixed(2)} s CPU (all threads), ${(usage.maxRssKb / 1024).toFixed(0)} MB peak RSS, load average ${loadavg()[0].toFixed(1)}.`);
  console.log('Busy = sampled time not idle (wall time while the thread ran JavaScript, GC or native code; inflated on a busy machine).');
  const allModules = new Map();
  for (const { file, thread } of profiles) {
    const result = analyse(JSON.parse(readFileSync(join(dir, file), 'utf8')), modules, thread === 0 ? CLI_PHASES : []);
    const busy = result.total - result.idle;
    console.log(`\n== ${thread === 0 ? 'main thread' : `worker thread ${thread}`}: ${(busy / 1e6).toFixed(2)} s busy of ${(result.total / 1e6).toFixed(2)} s (${file})`);
    result.byModule.delete('(idle)');
    for (const [name, dt] of result.byModule) allModules.set(name, (allModules.get(name) ?? 0) + dt);
    if (thread === 0) print('Main thread phases ("other": loading the bundle, start-up, exit; "run": the command\'s output):', result.byPhase, busy, CLI_PHASES.length + 1);
    print('Self time by package or source file:', result.byModule, busy, 12);
  }
  const busyAll = [...allModules.values()].reduce((a, b) => a + b, 0);
  print('All threads, self time by package or source file:', allModules, busyAll);
  console.log(`\nV8's own helper threads (concurrent compilers, GC helpers) and libuv's are not profiled: their share is the process CPU time minus the busy times above.`);
}

const cli = process.argv.indexOf('--cli');
if (cli >= 0) await profileCli(process.argv.slice(cli + 1));
else await profileLint();
