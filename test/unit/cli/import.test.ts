// `mdreview import`: prints the mapping and the diff, writes only without --dry-run, saves the mapping on request,
// and on bad input exits 2 with the file untouched.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { runCli, runJson, workspace } from './helpers';

const FIXTURES = resolve(__dirname, '../../../test/fixtures/import');
const REVIEW = readFileSync(resolve(__dirname, '../../../examples/reviews/2026-Q3/李娜.md'), 'utf8');

function folder(): string {
  const dir = workspace({ 'reviews/李娜.md': REVIEW });
  for (const f of ['sessions.gb18030.csv', 'sessions.xlsx']) cpSync(join(FIXTURES, f), join(dir, f));
  return dir;
}

test('--dry-run prints the mapping and the diff and writes nothing', () => {
  const dir = folder();
  const r = runCli(['import', 'sessions.gb18030.csv', 'reviews/李娜.md', '--dry-run'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Read as GB18030, 10 sessions\n {2}日期 → session date\n/);
  assert.match(r.stdout, /观看人数: actual 97万 → 17.49万 \(sum of sessions\), 10 sessions/);
  assert.match(r.stdout, /\n- {4}actual: 97万\n\+ {4}actual: 17.49万\n/);
  assert.match(r.stderr, /--dry-run: nothing written/);
  assert.equal(readFileSync(join(dir, 'reviews/李娜.md'), 'utf8'), REVIEW);
});

test('import writes the review, which then lints and charts the sessions; --save-mapping keeps the mapping for next time', () => {
  const dir = folder();
  const r = runCli(['import', 'sessions.xlsx', 'reviews/李娜.md', '--save-mapping', '--locale', 'zh'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^读取方式：XLSX，10 场\n/);
  const text = readFileSync(join(dir, 'reviews/李娜.md'), 'utf8');
  assert.match(text, /\n {4}actual: 17.49万\n {4}sessions:\n {6}- \{ label: 2026-07-03, value: 1.52万 \}\n/);
  assert.equal(text.slice(text.indexOf('\n# ')), REVIEW.slice(REVIEW.indexOf('\n# ')));
  const config = readFileSync(join(dir, '.mdreviewrc.yaml'), 'utf8');
  assert.match(config, /import:\n {2}columns:\n {4}开播时间: date\n/);
  assert.match(config, /\n {4}场观: viewers\n/);
  // The saved config is valid: lint reads it without a config error, and the imported actuals are numbers.
  const lint = runJson(['reviews/李娜.md'], dir);
  const ids = lint.reports.flatMap((f) => f.findings.map((x) => x.ruleId));
  assert.ok(!ids.includes('config-error') && !ids.includes('kpi-invalid'), ids.join(', '));
});

test('bad input exits 2, names the cell, and leaves the review as it was', () => {
  const dir = workspace({ 'reviews/李娜.md': REVIEW, 'bad.csv': '日期,观看人数\n2026-07-03,15000\n2026-07-04,n/a?\n' });
  const r = runCli(['import', 'bad.csv', 'reviews/李娜.md'], dir);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /mdreview import: bad\.csv: row 3, column "观看人数": "n\/a\?" is not a number/);
  assert.equal(readFileSync(join(dir, 'reviews/李娜.md'), 'utf8'), REVIEW);
  assert.equal(runCli(['import', 'missing.csv', 'reviews/李娜.md'], dir).status, 2);
  const usage = runCli(['import', 'bad.csv'], dir);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /give the export and the review/);
  const map = runCli(['import', 'bad.csv', 'reviews/李娜.md', '--map', '观看人数'], dir);
  assert.match(map.stderr, /--map "观看人数" is not <column>=<KPI id>/);
  assert.ok(!existsSync(join(dir, '.mdreviewrc.yaml')));
});

test('--map maps a column the headers do not name', () => {
  const dir = workspace({ 'reviews/李娜.md': REVIEW, 'x.csv': '场次,UV\n2026-07-03,15000\n2026-08-03,16000\n' });
  const r = runCli(['import', 'x.csv', 'reviews/李娜.md', '--map', '场次=date', '--map', 'UV=viewers', '--dry-run'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /观看人数: actual 97万 → 3.1万 \(sum of sessions\), 2 sessions/);
});
