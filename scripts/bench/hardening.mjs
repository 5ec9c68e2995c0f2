// The hardening budgets' part of `npm run bench` (issues 14 and 26), absolute budgets measured on this machine:
// (i) the 100 KB adversarial matrix: a run of each character class in each place of a review, the whole input
//     within 100 KB, each linted once in-process after the other timings (warm); the slowest input's CPU time
//     (budget ≤ 500 ms, issue 23; 250 ms in issue 14);
// (j) one generated 1 MB review and (k) one 10 MB review (the file size limit), each linted once in a fresh
//     process: wall and CPU time of the lint and the process's peak RSS (budgets ≤ 2 s and ≤ 300 MB; ≤ 20 s
//     and ≤ 1 GB);
// (l) config globs that make a backtracking matcher exponential (issue 26.1: many `*a`, `?` runs, braces up to the
//     limits, globstar chains) against long names and deep paths: the slowest compile and match, CPU (budget
//     ≤ 25 ms), and how matching time grows with the path: 4× the characters must take at most 8× the time
//     (linear is 4×, quadratic 16×);
// (m) the hardening classes of issue 26 (scripts/fuzz/hardening.mjs: globs, the cache's temporary files, control
//     characters in every output, CR-only / mixed line ends, config typos), their sentinels and a fixed seeded
//     slice through the built CLI: failed cases (budget 0).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { hardeningCases, HARDENING_CLASSES, runCase } from '../fuzz/hardening.mjs';
import { MATRIX_UNITS, matrixInput, PLACES } from '../fuzz/inputs.mjs';
import { generateReview, prng } from './generate.mjs';

const MATRIX_BYTES = 100 * 1024;
const TODAY = new Date('2026-11-26T12:00:00');

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** CPU time of each matrix input, slowest first. */
function matrix(core) {
  const rows = [];
  for (const unit of MATRIX_UNITS) {
    for (const place of Object.keys(PLACES)) {
      const text = matrixInput(unit, place, MATRIX_BYTES);
      const start = cpuNow();
      core.lint(text, { today: TODAY, locale: 'zh' });
      rows.push({ input: `${JSON.stringify(unit)} in ${place}`, bytes: Buffer.byteLength(text), cpuMs: cpuNow() - start });
    }
  }
  return rows.sort((a, b) => b.cpuMs - a.cpuMs);
}

// Run by a fresh Node process: reads the review, lints it once, prints the lint's times and the peak RSS.
const ONE_COLD_LINT = `
const { readFileSync } = require('node:fs');
const { lint } = require(process.argv[1]);
const text = readFileSync(process.argv[2], 'utf8');
const wall = performance.now();
const cpu = process.cpuUsage();
lint(text, { today: new Date('2026-11-26T12:00:00') });
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 }));`;

function coldLint(corePath, out, label, bytes) {
  const file = join(out, 'bench', `review-${label.replace(' ', '')}.md`);
  writeFileSync(file, generateReview(prng(20261214), { lang: 'zh', targetBytes: bytes, index: 3 }));
  const run = spawnSync(process.execPath, ['-e', ONE_COLD_LINT, corePath, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cold lint of the ${label} review failed: ${run.stderr}`);
  return { size: label, ...JSON.parse(run.stdout) };
}

/** Path segments of at most 250 characters (a file system's limit is 255 bytes) making `n` characters of `a`s in all. */
const longPath = (n) => Array.from({ length: Math.ceil(n / 251) }, (_, i) => 'a'.repeat(Math.min(250, n - i * 251))).join('/').slice(0, n);

/** (l) Each attack's compile and match CPU time, slowest first, and the growth of matching time with the path's length. */
function globAttacks(core) {
  const attacks = [
    ...[24, 100, 497].flatMap((k) => [[1, 40], [1, 255], [100, 255]].map(([depth, length]) => [`**/ + ${k} × *a + *b.md against ${depth} folder(s) and ${length} a's`, `**/${'*a'.repeat(k)}*b.md`, `${'x/'.repeat(depth)}${'a'.repeat(length)}.md`])),
    ['200 × ? + *', `${'?'.repeat(200)}*`, 'a'.repeat(255)],
    ['16 brace expansions of 120 × *a (4,096 characters)', `**/${'{a,b}'.repeat(4)}${'*a'.repeat(120)}*b.md`, `${'x/'.repeat(100)}${'a'.repeat(255)}.md`],
    ['a chain of 8 globstars', `**/${'a/**/'.repeat(7)}b`, `${'a/'.repeat(200)}c`],
    ['300 × *[ab]', `**/${'*[ab]'.repeat(300)}`, `${'x/'.repeat(30)}${'c'.repeat(255)}`],
  ];
  const rows = attacks.map(([input, glob, path]) => {
    core.compileGlobs([glob]).match(path);
    const start = cpuNow();
    core.compileGlobs([glob]).match(path);
    return { input, cpuMs: cpuNow() - start };
  }).sort((a, b) => b.cpuMs - a.cpuMs);
  // The same attack against 1,024 and 4,096 characters of path: medians of 15 matches each.
  const { match } = core.compileGlobs([`**/${'*a'.repeat(100)}*b.md`]);
  const perMatch = (n) => {
    const path = `${longPath(n)}.md`;
    const times = Array.from({ length: 15 }, () => {
      const start = cpuNow();
      for (let i = 0; i < 20; i++) match(path);
      return (cpuNow() - start) / 20;
    }).sort((a, b) => a - b);
    return times[7];
  };
  perMatch(1024);
  const [short, long] = [perMatch(1024), perMatch(4096)];
  return { rows, growth: long / short, short, long };
}

/** (m) Each hardening class's sentinels and a fixed seeded slice through the built CLI: cases and failures. */
const CLASS_SLICE = { 'globs': 1000, 'cache': 20, 'controls': 12, 'line-ends': 40, 'config-typos': 100 };

async function hardeningClasses({ core, root }) {
  const tools = {
    main: createRequire(import.meta.url)(join(root, 'dist/cli.js')).main,
    cliPath: join(root, 'dist/cli.js'),
    compileGlobs: core.compileGlobs,
    schema: JSON.parse(readFileSync(join(root, 'schemas/mdreviewrc.schema.json'), 'utf8')),
    captureProcessOutput: true,
  };
  const classes = [];
  for (const name of HARDENING_CLASSES) {
    const start = performance.now();
    const failures = [];
    for (const c of hardeningCases(name, 20261126, CLASS_SLICE[name])) {
      const r = await runCase(name, c, tools);
      if (r.failures.length) failures.push(`${c.label}: ${r.failures.slice(0, 3).join(' | ')}`);
    }
    classes.push({ name, cases: CLASS_SLICE[name], failed: failures.length, wallMs: performance.now() - start, failures: failures.slice(0, 10) });
  }
  return classes;
}

export async function benchHardening({ core, corePath, out, root }) {
  const inputs = matrix(core);
  const oneMb = coldLint(corePath, out, '1 MB', 1024 * 1024);
  const tenMb = coldLint(corePath, out, '10 MB', 10 * 1024 * 1024 - 1024);
  const globs = globAttacks(core);
  const classes = await hardeningClasses({ core, root });
  const failed = classes.reduce((n, c) => n + c.failed, 0);
  const ms = (x) => `${x.toFixed(0)} ms`;
  const cold = (r) => `${ms(r.wallMs)} wall, ${ms(r.cpuMs)} CPU, ${r.peakRssMb.toFixed(0)} MB peak RSS`;
  return {
    result: {
      matrixInputs: inputs.length,
      slowestMatrixInputs: inputs.slice(0, 5),
      coldLint: [oneMb, tenMb],
      globAttacks: globs.rows,
      globMatchGrowth: { ms1024: globs.short, ms4096: globs.long, ratio: globs.growth },
      hardeningClasses: classes,
    },
    targets: [
      ['matrix100kbSlowestCpuMs', inputs[0].cpuMs, 500],
      ['lint1mbWallMs', oneMb.wallMs, 2000],
      ['lint1mbPeakRssMb', oneMb.peakRssMb, 300],
      ['lint10mbWallMs', tenMb.wallMs, 20000],
      ['lint10mbPeakRssMb', tenMb.peakRssMb, 1024],
      ['globAttackSlowestCpuMs', globs.rows[0].cpuMs, 25],
      ['globMatchGrowth4x', globs.growth, 8],
      ['hardeningClassFailures', failed, 0],
    ],
    lines: [
      [`(i) 100 KB adversarial matrix, slowest of ${inputs.length}`, `${ms(inputs[0].cpuMs)} CPU`, `${inputs[0].input}; next ${inputs.slice(1, 3).map((r) => `${r.input} ${ms(r.cpuMs)}`).join(', ')}`],
      ['(j) lint of a 1 MB review, fresh process', cold(oneMb), ''],
      ['(k) lint of a 10 MB review, fresh process', cold(tenMb), ''],
      [`(l) config glob attacks, slowest of ${globs.rows.length}`, `${globs.rows[0].cpuMs.toFixed(2)} ms CPU`, `${globs.rows[0].input}; a 4× longer path ${globs.growth.toFixed(1)}× the time`],
      [`(m) hardening classes, ${classes.reduce((n, c) => n + c.cases, 0)} cases`, `${failed} failed`, classes.map((c) => `${c.name} ${c.failed}/${c.cases} (${(c.wallMs / 1000).toFixed(1)} s)`).join(', ')],
    ],
  };
}
