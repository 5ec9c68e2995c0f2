import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { CLEAN_EN, NO_REVIEWER_EN, runCli, workspace } from './helpers';

/** A scratch copy of examples/ (tests never touch tracked files). */
function examples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mdreview-report-'));
  cpSync(resolve(__dirname, '../../../examples'), dir, { recursive: true });
  return dir;
}

test('report --format json: the rows, missing people and spread of examples/ for 2026-Q3', () => {
  const r = runCli(['report', '--format', 'json', '--cycle', '2026-Q3'], examples());
  assert.equal(r.status, 1, 'a draft has an error-level finding, as with lint');
  const report = JSON.parse(r.stdout);
  assert.equal(report.cycle, '2026-Q3');
  assert.equal(report.previousCycle, '2026-Q2');
  assert.deepEqual(report.rows.map((row: { employee: string; status: string; done: boolean }) => [row.employee, row.status, row.done]), [
    ['Alex Chen', 'draft', false],
    ['张伟', 'final', true],
    ['李娜', 'draft', false],
    ['陈静', 'submitted', true],
  ]);
  assert.deepEqual(report.missing.map((m: { employee: string; file: string }) => [m.employee, m.file]), [['王磊', 'reviews/2026-Q2/王磊.md']]);
  const lina = report.rows.find((row: { employee: string }) => row.employee === '李娜');
  assert.equal(lina.rules.placeholder, 1);
  assert.equal(lina.findings.error, 1);
  assert.ok(report.kpis.some((k: { better: string }) => k.better === 'lower'));
  assert.equal(report.distribution.reduce((n: number, b: { count: number }) => n + b.count, 0), 4);
});

test('report --format md in Chinese and English; an earlier cycle by its Chinese name', () => {
  const dir = examples();
  // Most of the examples are Chinese reviews: the report is Chinese on an English (or C.UTF-8) runner.
  for (const LANG of ['en_US.UTF-8', 'C.UTF-8']) {
    const zh = runCli(['report'], dir, { LANG });
    assert.match(zh.stdout, /^## 团队概览 · 2026-Q3$/m, LANG);
    assert.match(zh.stdout, /王磊：2026-Q2 有面谈（reviews\/2026-Q2\/王磊\.md），2026-Q3 没有/);
  }
  const en = runCli(['report', '--cycle', '2026年第二季度', '--locale', 'en'], dir, { LANG: 'zh_CN.UTF-8' });
  assert.match(en.stdout, /^## Team overview · 2026-Q2$/m);
  assert.match(en.stdout, /^4 reviews: 4 done, 0 open; 0 with errors;/m);
  assert.doesNotMatch(en.stdout, /Missing this cycle/);
});

test('report --format csv writes a file with a BOM, one row per review and a column per KPI', () => {
  const dir = examples();
  const r = runCli(['report', '--format', 'csv', '-o', 'team.csv', '--locale', 'en'], dir);
  assert.equal(r.stdout, '');
  const csv = readFileSync(join(dir, 'team.csv'), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  assert.ok(lines[0].startsWith('\uFEFFEmployee,File,Status,Done,'));
  assert.ok(lines[0].includes('退货率 %'));
  assert.equal(lines.length, 5);
});

test('report --format html is one self-contained file with both charts', () => {
  const r = runCli(['report', '--format', 'html', '--locale', 'zh'], examples());
  assert.match(r.stdout, /^<!DOCTYPE html>/);
  assert.match(r.stdout, /<html lang="zh-CN">/);
  assert.match(r.stdout, /<svg class="heatmap"/);
  assert.match(r.stdout, /<svg class="distribution"/);
  assert.doesNotMatch(r.stdout, /<script|<link|src=|url\(/);
});

test('report exit codes follow lint: 0 clean, 1 errors, 2 usage and reading failures', () => {
  const clean = workspace({ 'a.md': CLEAN_EN });
  assert.equal(runCli(['report'], clean).status, 0);
  assert.equal(runCli(['report'], workspace({ 'a.md': NO_REVIEWER_EN })).status, 1);
  const badCycle = runCli(['report', '--cycle', 'Q9'], clean);
  assert.equal(badCycle.status, 2);
  assert.match(badCycle.stderr, /--cycle "Q9" names no cycle/);
  assert.equal(runCli(['report', '--format', 'pdf'], clean).status, 2);
  assert.equal(runCli(['report', 'nope.md'], clean).status, 2);
  assert.equal(runCli(['report', '-o', 'missing-dir/x.md'], clean).status, 2);
  assert.ok(!existsSync(join(clean, 'missing-dir')));
});

test('report with worker threads gives the same rows as in one thread', () => {
  const dir = examples();
  const one = JSON.parse(runCli(['report', '--format', 'json', '--threads', '0'], dir).stdout);
  const two = JSON.parse(runCli(['report', '--format', 'json', '--threads', '2'], dir).stdout);
  assert.deepEqual(two, one);
});

test('report of a folder without reviews says so and exits 0', () => {
  const r = runCli(['report'], workspace({ 'README.md': '# hello\n' }));
  assert.equal(r.status, 0);
  assert.match(r.stdout, /No reviews name a cycle here\./);
});

test('report lints only the reported cycle: its findings and follow-ups as a full lint gives them, the earlier cycle summarised', () => {
  const dir = examples();
  const q3 = JSON.parse(runCli(['report', '--format', 'json', '--cycle', '2026-Q3'], dir).stdout);
  const lint = JSON.parse(runCli(['lint', '--format', 'json', '.'], dir).stdout) as { file: string; findings: { ruleId: string }[] }[];
  for (const row of q3.rows as { file: string; rules: Record<string, number> }[]) {
    const linted = lint.find((f) => f.file === row.file);
    assert.ok(linted, row.file);
    const rules: Record<string, number> = {};
    for (const f of linted.findings) rules[f.ruleId] = (rules[f.ruleId] ?? 0) + 1;
    assert.deepEqual(row.rules, rules, row.file);
  }
  assert.equal(q3.rows.find((r: { employee: string }) => r.employee === 'Alex Chen').followUpsMissing, 2, 'history still read');
  assert.ok(q3.rows.every((r: { employee: string; previous?: { overall?: number } }) => r.employee === '陈静' || r.previous?.overall !== undefined), 'the previous cycle summarised');
  // 2026-Q2 holds no error: a report of it exits 0 although 2026-Q3 has one.
  assert.equal(runCli(['report', '--format', 'json', '--cycle', '2026-Q2'], dir).status, 0);
});
