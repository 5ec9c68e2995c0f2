// KPI import (src/core/import): the same export as GB18030 CSV, UTF-8-with-BOM CSV and XLSX gives the same
// sessions and actuals; only `actual` and `sessions` of the matched KPIs change; bad input writes nothing and says why.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { columnsToSave, withImportColumns } from '../../../src/core/config/importColumns';
import { mapColumns } from '../../../src/core/import/columnMapping';
import { readExportTable } from '../../../src/core/import/exportTable';
import { importKpiData, type ImportResult } from '../../../src/core/import/importKpiData';
import { sessionDate } from '../../../src/core/import/sessionsFromTable';
import { parse } from '../../../src/core/parse/parse';

const FIXTURES = resolve(__dirname, '../../../test/fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));

const REVIEW = `---
employee: 李娜
reviewer: 王芳
cycle: 2026-Q3 # 第三季度
template: livestream-ops
kpis:
  # 观看人数按场相加
  - name: 观看人数
    id: viewers
    unit: 人
    target: 16万
    actual: 15万   # 上次手填
    sessions:
      - { label: 7月, value: 5万 }
  - { name: 峰值在线, id: peak-concurrent, unit: 人, target: 1500, actual: 1400 }
  - { name: 停留时间, id: watch-time, unit: min, target: 3.2, actual: 3 }
  - { name: 互动率, id: interaction-rate, unit: "%", target: 5.5%, actual: 5.3% }
  - name: 销售额
    id: gmv
    unit: 元
    target: 40万
  - { name: 销售转化率, id: conversion-rate, unit: "%", target: 2.6%, actual: 2.4% }
  - { name: 退货率, id: return-rate, unit: "%", target: 5%, actual: 4.8%, better: lower }
---

## 一、目标达成情况

正文不变。
`;

function imported(bytes: Uint8Array, text = REVIEW, columns?: Record<string, string>): Extract<ImportResult, { ok: true }> {
  const result = importKpiData({ bytes, review: parse(text), columns });
  assert.ok(result.ok, result.ok ? '' : result.message.en);
  return result;
}

const kpisOf = (text: string) => (parseYaml(text.split('---')[1]) as { kpis: Record<string, unknown>[] }).kpis;

test('GB18030 CSV, UTF-8 BOM CSV and XLSX exports give the same sessions and actuals', () => {
  const results = ['sessions.gb18030.csv', 'sessions.utf8bom.csv', 'sessions.xlsx'].map((name) => imported(fixture(name)));
  assert.deepEqual(results.map((r) => r.table.format), ['GB18030', 'UTF-8 BOM', 'XLSX']);
  const [gb, bom, xlsx] = results.map((r) => kpisOf(r.text));
  assert.deepEqual(gb, bom);
  assert.deepEqual(gb, xlsx);
  const byId = Object.fromEntries(gb.map((k) => [k.id, k]));
  // Sum, highest, mean: each KPI by its aggregate; 10 sessions of 2026-Q3 (2026-06-30 and the totals row left out).
  assert.equal(byId.viewers.actual, '17.49万');
  assert.equal(byId['peak-concurrent'].actual, 1820);
  assert.equal(byId['watch-time'].actual, 3.22);
  assert.equal(byId['interaction-rate'].actual, '5.61%');
  assert.equal(byId.gmv.actual, '38.35万');
  assert.equal(byId['conversion-rate'].actual, '2.52%');
  assert.equal((byId.viewers.sessions as unknown[]).length, 10);
  // Two streams on 2026-08-01: the title tells the second apart.
  assert.deepEqual((byId.gmv.sessions as { label: string }[]).slice(3, 5).map((s) => s.label), ['2026-08-01', '2026-08-01 晚场加播']);
  // No column for it: left as it was. Targets never change.
  assert.equal(byId['return-rate'].actual, '4.8%');
  assert.deepEqual(gb.map((k) => k.target), kpisOf(REVIEW).map((k) => k.target));
  assert.equal(results[0].plan.skipped.outsideCycle, 1);
  assert.equal(results[0].plan.skipped.totals, 1);
});

test('only actual and sessions change: comments, other KPIs and the body stay byte for byte', () => {
  const { text } = imported(fixture('sessions.gb18030.csv'));
  const kept = (s: string) => s.split('\n').filter((line) => !/^\s+(- \{ label|actual:|sessions:)/.test(line) && !/^\s+(id|unit|target|name): /.test(line) && !/^ {2}- (\{ )?name: /.test(line));
  assert.deepEqual(kept(text), kept(REVIEW));
  assert.ok(text.includes('cycle: 2026-Q3 # 第三季度\n'));
  assert.ok(text.includes('  # 观看人数按场相加\n'));
  assert.ok(text.includes('  - { name: 退货率, id: return-rate, unit: "%", target: 5%, actual: 4.8%, better: lower }\n'));
  assert.ok(text.endsWith('---\n\n## 一、目标达成情况\n\n正文不变。\n'));
  // A flow KPI becomes a block one with its pairs as written; a KPI without actual gets one after its last pair.
  assert.match(text, /\n {2}- name: 峰值在线\n {4}id: peak-concurrent\n {4}unit: 人\n {4}target: 1500\n {4}actual: 1820\n {4}sessions:\n {6}- \{ label: 2026-07-03, value: 980 \}/);
  assert.match(text, /\n {4}target: 40万\n {4}actual: 38.35万\n {4}sessions:\n/);
  // The written review lints as a review: the KPIs read back as numbers.
  assert.ok(parse(text).kpis.every((k) => k.actual !== undefined));
});

test('a CRLF review stays CRLF', () => {
  const crlf = REVIEW.replace(/\n/g, '\r\n');
  const { text } = imported(fixture('sessions.utf8bom.csv'), crlf);
  assert.ok(!/[^\r]\n/.test(text), 'every line break is CRLF');
});

test('columns map by the saved mapping, then the KPI name, then dashboard names; the mapping saves and reloads', () => {
  const kpis = parse(REVIEW).kpis;
  const role = (headers: string[], saved?: Record<string, string>) => mapColumns(headers, kpis, saved).map((m) => (m.role.kind === 'kpi' ? kpis[m.role.kpi].id : m.role.kind));
  assert.deepEqual(role(['开播时间', '场观', '成交金额（元）', 'PCU', '备注']), ['date', 'viewers', 'gmv', 'peak-concurrent', 'ignore']);
  assert.deepEqual(role(['Date', 'Views', 'GMV', 'CVR']), ['date', 'viewers', 'gmv', 'conversion-rate']);
  assert.deepEqual(role(['场次日期', '累计观看', '总观看'], { 场次日期: 'date', 总观看: 'viewers' }), ['date', 'ignore', 'viewers']);
  const result = imported(fixture('sessions.xlsx'));
  const saved = columnsToSave(result.mapping, kpis);
  assert.equal(saved['场观'], 'viewers');
  assert.equal(saved['开播时间'], 'date');
  const config = withImportColumns('# 团队配置\ndefaultTemplate: livestream-ops # 默认\n', '.mdreviewrc.yaml', saved);
  assert.ok(config.startsWith('# 团队配置\ndefaultTemplate: livestream-ops # 默认\n'));
  assert.equal((parseYaml(config) as { import: { columns: Record<string, string> } }).import.columns['成交转化率'], 'conversion-rate');
  const json = JSON.parse(withImportColumns('{ "locale": "zh" }', '.mdreviewrc.json', { 场观: 'viewers' }));
  assert.deepEqual(json, { locale: 'zh', import: { columns: { 场观: 'viewers' } } });
});

test('dates as dashboards write them', () => {
  assert.equal(sessionDate('2026/7/3 20:00:00', undefined), '2026-07-03');
  assert.equal(sessionDate('2026年7月3日', undefined), '2026-07-03');
  assert.equal(sessionDate('7月3日', 2026), '2026-07-03');
  assert.equal(sessionDate('2026.07.03', undefined), '2026-07-03');
  assert.equal(sessionDate(new Date('2026-07-03T20:00:00Z'), undefined), '2026-07-03');
  assert.equal(sessionDate('2026-13-03', undefined), undefined);
  assert.equal(sessionDate('晚场', 2026), undefined);
});

const csv = (s: string) => new TextEncoder().encode(s);
const failure = (bytes: Uint8Array, text = REVIEW) => {
  const result = importKpiData({ bytes, review: parse(text) });
  assert.ok(!result.ok, 'the import must fail');
  return result.message;
};

test('bad input gets a clear message naming the problem, and writes nothing', () => {
  assert.match(failure(new Uint8Array()).en, /empty/);
  assert.match(failure(csv('日期,观看人数\n')).en, /no rows of data/);
  assert.match(failure(csv('日期,观看人数\n2026-07-03,1.5万\n2026-07-04,很多\n')).en, /row 3, column "观看人数": "很多" is not a number/);
  assert.match(failure(csv('日期,观看人数\n2026-07-03,1.5万\n2026-07-04,很多\n')).zh, /第 3 行“观看人数”列：“很多”不是数字/);
  assert.match(failure(csv('日期,观看人数\n2026-07-03,15000\n2026-07-03,15000\n')).en, /rows 2 and 3 are the same session \(2026-07-03\)/);
  assert.match(failure(csv('日期,客单价\n2026-07-03,88\n')).en, /no column matches a KPI of the review \(viewers, peak-concurrent, watch-time, interaction-rate, gmv, conversion-rate, return-rate\)/);
  assert.match(failure(csv('观看人数,销售额\n15000,30000\n')).en, /no column says which session a row is/);
  assert.match(failure(csv('日期,观看人数\n下周,15000\n')).en, /row 2, column "日期": "下周" is not a date/);
  assert.match(failure(csv('日期,观看人数\n2026-11-03,15000\n')).en, /no row of the export falls in the review's cycle 2026-Q3/);
  // A password-protected workbook is an OLE compound file, not a ZIP.
  assert.match(failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])).en, /password-protected/);
  const corrupt = fixture('sessions.xlsx').slice(0, 2000);
  assert.match(failure(corrupt).en, /XLSX file cannot be read/);
  assert.match(failure(new Uint8Array([1, 2, 0, 0, 5])).en, /binary/);
  assert.match(failure(fixture('sessions.xlsx'), REVIEW.replace(/kpis:[\s\S]*?---/, '---')).en, /lists no KPIs/);
  assert.match(failure(fixture('sessions.xlsx'), REVIEW.replace('employee: 李娜', 'employee: [李娜')).en, /YAML has errors/);
});

test('a named sheet is read, an unknown one is reported with the sheets there are', () => {
  const result = readExportTable(fixture('sessions.xlsx'), '说明');
  assert.ok(!result.ok);
  const missing = readExportTable(fixture('sessions.xlsx'), '第二季度');
  assert.ok(!missing.ok && /no sheet "第二季度" \(sheets: 场次数据, 说明\)/.test(missing.message.en));
  const first = readExportTable(fixture('sessions.xlsx'), '场次数据');
  assert.ok(first.ok && first.table.rows.length === 12);
});
