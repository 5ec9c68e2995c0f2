// `npm run bench` (builds first): generates 2,000 seeded reviews into bench-data/ and measures the CLI, the bare
// parse, our in-process lint, markdownlint-cli2, per-size lint latency, the team report (bench/report.mjs) and the
// hardening budgets (bench/hardening.mjs: the adversarial matrix, large reviews, config glob attacks and the
// hardening classes of issue 26). Prints a table; writes test-output/bench.json. Budgets: DESIGN.md §5.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import { generateReview, prng } from './bench/generate.mjs';
import { benchHardening } from './bench/hardening.mjs';
import { benchReport } from './bench/report.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, 'bench-data');
const OUT = join(ROOT, 'test-output');
const FILES = 2000;
const SEED = 20261126;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

function generateData() {
  rmSync(DATA, { recursive: true, force: true });
  const rand = prng(SEED);
  const paths = [];
  let bytes = 0;
  for (let i = 0; i < FILES; i++) {
    const lang = rand() < 0.5 ? 'zh' : 'en';
    const text = generateReview(rand, { lang, targetBytes: 2048 + Math.floor(rand() * 6144), index: i });
    const dir = join(DATA, `team-${String(Math.floor(i / 100) + 1).padStart(2, '0')}`);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `review-${String(i + 1).padStart(4, '0')}.md`);
    writeFileSync(path, text);
    paths.push(path);
    bytes += Buffer.byteLength(text);
  }
  return { paths, bytes };
}

const CORE_BUNDLE = join(OUT, 'bench', 'inprocess.cjs');

async function loadCore() {
  const outfile = CORE_BUNDLE;
  await esbuild.build({ entryPoints: [join(ROOT, 'scripts/bench/inprocess.ts')], outfile, bundle: true, minify: true, platform: 'node', format: 'cjs', target: 'node20', loader: { '.md': 'text' }, logLevel: 'warning' });
  return createRequire(import.meta.url)(outfile);
}

/** Runs of each timing; `BENCH_RUNS=1 npm run bench` is quicker on a busy machine. */
const RUNS = Number(process.env.BENCH_RUNS) || 3;

/** CPU milliseconds (user + system) this thread has used: unlike wall time, not inflated by other processes. */
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const RUSAGE = join(OUT, 'bench', 'rusage.json');

/**
 * Wall time, CPU time (of the process and all its threads) and peak RSS of a command with stdout ignored, `RUNS`
 * times after one untimed warm-up. Medians; the warm-up's output is kept.
 */
function commandTime(args, cwd) {
  const warm = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = [];
  const cpu = [];
  const rss = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--require', join(ROOT, 'scripts/bench/rusage.cjs'), ...args], { cwd, env: { ...process.env, MDREVIEW_BENCH_RUSAGE: RUSAGE }, stdio: 'ignore' });
    wall.push(performance.now() - start);
    if (r.status !== warm.status) throw new Error(`${args.join(' ')}: exit ${r.status}, warm-up exited ${warm.status}`);
    const usage = JSON.parse(readFileSync(RUSAGE, 'utf8'));
    cpu.push(usage.cpuMs);
    rss.push(usage.maxRssKb / 1024);
  }
  return { wall: median(wall), cpu: median(cpu), rssMb: median(rss), warm };
}

/** Wall and CPU time of one pass of `fn` over all texts: one warm-up pass, then the medians of `passes`. */
function passTime(texts, fn, passes = RUNS) {
  for (const t of texts) fn(t);
  const wall = [];
  const cpu = [];
  for (let i = 0; i < passes; i++) {
    const start = performance.now();
    const startCpu = cpuNow();
    for (const t of texts) fn(t);
    wall.push(performance.now() - start);
    cpu.push(cpuNow() - startCpu);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Per-call latency of `lint` on one document: CPU time per call (wall time is noise on a shared machine). */
function latency(core, text, iterations) {
  for (let i = 0; i < Math.max(2, iterations / 10); i++) core.lint(text);
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const start = cpuNow();
    core.lint(text);
    times.push(cpuNow() - start);
  }
  return { bytes: Buffer.byteLength(text), iterations, median: median(times), p95: p95(times) };
}

/**
 * A keystroke in the editor's lint thread: one character typed mid-document, the document parsed with the chunk
 * trees of its last parse kept (as lintInWorkspace does), then linted. CPU per keystroke.
 */
function keystroke(core, text, iterations) {
  const chunkTrees = new Map();
  const at = Math.floor(text.length / 2);
  const times = [];
  for (let i = 0; i < iterations + 5; i++) {
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    const start = cpuNow();
    core.lintDocument(core.parse(text, { chunkTrees }), {});
    if (i >= 5) times.push(cpuNow() - start);
  }
  return { median: median(times), p95: p95(times) };
}

mkdirSync(join(OUT, 'bench'), { recursive: true });
const { paths, bytes } = generateData();
console.log(`Generated ${FILES} reviews (${(bytes / 1024 / 1024).toFixed(1)} MB) in bench-data/`);
const core = await loadCore();
const step = (what) => console.log(`… ${what}`);
const texts = paths.map((p) => readFileSync(p, 'utf8'));

step(`timing the CLI and markdownlint-cli2 (${RUNS} run${RUNS > 1 ? 's' : ''} each after a warm-up)`);
// (a) our CLI, (d) markdownlint-cli2 with an empty config of its own, both over the same files.
const lintArgs = [join(ROOT, 'dist/cli.js'), 'lint', 'bench-data', '--format', 'json'];
const cli = commandTime(lintArgs, ROOT);
if (cli.warm.status === 2) throw new Error(`CLI failed: ${cli.warm.stderr}`);
const cliReports = JSON.parse(cli.warm.stdout);
const emptyConfig = join(OUT, 'bench', '.markdownlint-cli2.jsonc');
writeFileSync(emptyConfig, '{}\n');
const mdl = commandTime([join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md', '--config', emptyConfig], DATA);
// (h) --cache over the unchanged tree: the warm-up fills the cache, every timed run finds it full.
const cacheFile = join(OUT, 'bench', 'mdreviewcache');
rmSync(cacheFile, { force: true });
const cached = commandTime([...lintArgs, '--cache', '--cache-location', cacheFile], ROOT);
if (cached.warm.stdout !== cli.warm.stdout) throw new Error('--cache changed the output');

step('timing bare parse and lint in-process');
// (b) bare parse (DESIGN's reference, remark), (b') the core's lean remark parse (our parser's floor), (c) our
// lint: single thread, in-process, files already read.
const bare = passTime(texts, core.bareParse);
const blocks = passTime(texts, core.blockParse);
const ours = passTime(texts, (t) => core.lint(t));
const ourParse = passTime(texts, (t) => core.parse(t));
const docs = texts.map((t) => core.parse(t));
const perRule = core.RULES.map((rule) => ({ rule: rule.id, cpuMs: passTime(docs, (d) => core.lintDocument(d, { rules: [rule] }), 1).cpu })).sort((a, b) => b.cpuMs - a.cpuMs);

step('timing lint latency for 4 KB, 100 KB and 1 MB documents');
// (e) latency per document size.
const rand = prng(SEED + 1);
const sizes = [
  ['4 KB', 4 * 1024, 400],
  ['100 KB', 100 * 1024, 40],
  ['1 MB', 1024 * 1024, 6],
].map(([label, size, iterations]) => ({ label, ...latency(core, generateReview(rand, { lang: label === '100 KB' ? 'en' : 'zh', targetBytes: size, index: 7 }), iterations) }));
const typed = keystroke(core, generateReview(rand, { lang: 'en', targetBytes: 100 * 1024, index: 7 }), 40);

step('timing the team report and the Team Overview (200 people × 10 cycles)');
const team = await benchReport({ root: ROOT, out: OUT, runs: RUNS, commandTime });

step('timing the 100 KB adversarial matrix, one cold lint of a 1 MB and a 10 MB review, the config glob attacks, and the hardening classes');
const hardening = await benchHardening({ core, corePath: CORE_BUNDLE, out: OUT, root: ROOT });

const results = {
  machine: { cpus: availableParallelism(), loadAverage: loadavg(), node: process.version, runs: RUNS },
  files: FILES,
  bytes,
  cliFilesReported: cliReports.length,
  cliFindings: cliReports.reduce((n, r) => n + r.findings.length, 0),
  cli: { wallMs: cli.wall, cpuMs: cli.cpu, peakRssMb: cli.rssMb },
  cliCached: { wallMs: cached.wall, cpuMs: cached.cpu, peakRssMb: cached.rssMb },
  markdownlintCli2: { wallMs: mdl.wall, cpuMs: mdl.cpu, peakRssMb: mdl.rssMb },
  bareParse: { wallMs: bare.wall, cpuMs: bare.cpu },
  blockParse: { wallMs: blocks.wall, cpuMs: blocks.cpu },
  ourParse: { wallMs: ourParse.wall, cpuMs: ourParse.cpu },
  lint: { wallMs: ours.wall, cpuMs: ours.cpu },
  lintOverParse: { wall: ours.wall / bare.wall, cpu: ours.cpu / bare.cpu },
  perRuleCpuMs: perRule,
  teamReport: team.result,
  hardening: hardening.result,
  latencyCpu: sizes.map(({ label, bytes: b, iterations, median: m, p95: p }) => ({ size: label, bytes: b, iterations, medianMs: m, p95Ms: p })),
  // DESIGN.md §5, each as a ratio (or figure) measured in this run.
  targets: Object.fromEntries(
    [
      ['cliCpuVsMarkdownlint', cli.cpu / mdl.cpu, 0.9],
      ['cliWallVsMarkdownlint', cli.wall / mdl.wall, 0.6],
      ['cliPeakRssVsMarkdownlint', cli.rssMb / mdl.rssMb, 1],
      ['cachedWallVsCold', cached.wall / cli.wall, 0.1],
      ['lintOverParseCpu', ours.cpu / bare.cpu, 1.1],
      ['lint4kbMedianMs', sizes[0].median, 4],
      ['keystroke100kbMedianMs', typed.median, 60],
      ...hardening.targets,
    ].map(([name, value, budget]) => [name, { value, budget, ok: value <= budget }]),
  ),
};
writeFileSync(join(OUT, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);

const both = (t) => `${ms(t.wall)} wall, ${ms(t.cpu)} CPU`;
const withRss = (t) => `${both(t)}, ${t.rssMb.toFixed(0)} MB peak RSS`;
const rows = [
  ['(a) mdreview CLI, 2,000 files', withRss(cli), ''],
  ['(b) bare parse (remark + yaml), single thread', both(bare), ''],
  ["(b') lean remark parse (tables, tasks, no inline) + yaml, single thread", both(blocks), ''],
  ['(c) mdreview lint, single thread', both(ours), ''],
  ['    of which mdreview parse()', both(ourParse), `${(ourParse.cpu / bare.cpu).toFixed(2)}× bare parse CPU, ${(ourParse.cpu / blocks.cpu).toFixed(2)}× lean parse CPU`],
  ['(d) markdownlint-cli2, 2,000 files', withRss(mdl), ''],
  ...team.lines,
  ...sizes.map((s) => [`(e) lint ${s.label}: median / p95 CPU`, `${ms(s.median)} / ${ms(s.p95)}`, '']),
  ["(e') keystroke in 100 KB, chunk trees kept: median / p95 CPU", `${ms(typed.median)} / ${ms(typed.p95)}`, ''],
  ['(h) mdreview CLI --cache, unchanged tree', withRss(cached), ''],
  ...hardening.lines,
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`\n${rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`.trimEnd()).join('\n')}`);
// The budgets as a Markdown table, ready for README.md.
const budgetRows = [
  ['CPU time, CLI (a) / markdownlint-cli2 (d)', results.targets.cliCpuVsMarkdownlint, '×'],
  ['wall time, CLI (a) / markdownlint-cli2 (d)', results.targets.cliWallVsMarkdownlint, '×'],
  ['peak RSS, CLI (a) / markdownlint-cli2 (d)', results.targets.cliPeakRssVsMarkdownlint, '×'],
  ['wall time, --cache unchanged (h) / cold (a)', results.targets.cachedWallVsCold, '×'],
  ['CPU time, single-thread lint (c) / bare parse (b)', results.targets.lintOverParseCpu, '×'],
  ['lint of a 4 KB review, median CPU', results.targets.lint4kbMedianMs, ' ms'],
  ["keystroke in a 100 KB review, lint thread (e'), median CPU", results.targets.keystroke100kbMedianMs, ' ms'],
  ['slowest input of the 100 KB adversarial matrix (i), CPU', results.targets.matrix100kbSlowestCpuMs, ' ms'],
  ['lint of a 1 MB review (j), wall', results.targets.lint1mbWallMs, ' ms'],
  ['lint of a 1 MB review (j), peak RSS', results.targets.lint1mbPeakRssMb, ' MB'],
  ['lint of a 10 MB review (k), wall', results.targets.lint10mbWallMs, ' ms'],
  ['lint of a 10 MB review (k), peak RSS', results.targets.lint10mbPeakRssMb, ' MB'],
  ['slowest config glob attack (l), compile and match CPU', results.targets.globAttackSlowestCpuMs, ' ms'],
  ['glob match time, 4× longer path (l)', results.targets.globMatchGrowth4x, '×'],
  ['hardening classes (m), failed cases', results.targets.hardeningClassFailures, ''],
];
console.log('\n| figure | budget | measured | |\n| --- | --- | --- | --- |');
for (const [label, t, unit] of budgetRows) console.log(`| ${label} | ≤ ${t.budget}${unit} | ${t.value.toFixed(2)}${unit} | ${t.ok ? 'ok' : 'missed'} |`);
console.log(`\nCLI reported ${results.cliFilesReported} files, ${results.cliFindings} findings.`);
console.log(`Rule CPU time over the 2,000 parsed files (ms): ${perRule.map((r) => `${r.rule} ${r.cpuMs.toFixed(0)}`).join(', ')}`);
console.log(`Machine: ${results.machine.cpus} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (timings on a busy machine are inflated)`);
console.log('Results written to test-output/bench.json');
