// The hardening budgets' part of `npm run bench` (issue 14), absolute budgets measured on this machine:
// (i) the 100 KB adversarial matrix: a run of each character class in each place of a review, the whole input
//     within 100 KB, each linted once in-process after the other timings (warm); the slowest input's CPU time
//     (budget ≤ 250 ms);
// (j) one generated 1 MB review and (k) one 10 MB review (the file size limit), each linted once in a fresh
//     process: wall and CPU time of the lint and the process's peak RSS (budgets ≤ 2 s and ≤ 300 MB; ≤ 20 s
//     and ≤ 1 GB).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

export function benchHardening({ core, corePath, out }) {
  const inputs = matrix(core);
  const oneMb = coldLint(corePath, out, '1 MB', 1024 * 1024);
  const tenMb = coldLint(corePath, out, '10 MB', 10 * 1024 * 1024 - 1024);
  const ms = (x) => `${x.toFixed(0)} ms`;
  const cold = (r) => `${ms(r.wallMs)} wall, ${ms(r.cpuMs)} CPU, ${r.peakRssMb.toFixed(0)} MB peak RSS`;
  return {
    result: { matrixInputs: inputs.length, slowestMatrixInputs: inputs.slice(0, 5), coldLint: [oneMb, tenMb] },
    targets: [
      ['matrix100kbSlowestCpuMs', inputs[0].cpuMs, 250],
      ['lint1mbWallMs', oneMb.wallMs, 2000],
      ['lint1mbPeakRssMb', oneMb.peakRssMb, 300],
      ['lint10mbWallMs', tenMb.wallMs, 20000],
      ['lint10mbPeakRssMb', tenMb.peakRssMb, 1024],
    ],
    lines: [
      [`(i) 100 KB adversarial matrix, slowest of ${inputs.length}`, `${ms(inputs[0].cpuMs)} CPU`, `${inputs[0].input}; next ${inputs.slice(1, 3).map((r) => `${r.input} ${ms(r.cpuMs)}`).join(', ')}`],
      ['(j) lint of a 1 MB review, fresh process', cold(oneMb), ''],
      ['(k) lint of a 10 MB review, fresh process', cold(tenMb), ''],
    ],
  };
}
