import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kpi } from '../../../src/core/model';
import { parseQuantity } from '../../../src/core/kpi/quantity';
import { targetFromGoals } from '../../../src/core/scaffold/goalTargets';

function kpi(name: string, target: string | number, extra: Partial<Kpi> = {}): Kpi {
  const q = parseQuantity(target);
  return { index: 0, name, wellFormed: true, better: 'higher', aggregate: 'sum', target: q, unit: q?.unit, targetRaw: target, sessions: [], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ...extra };
}

test('takes the value after a "to" marker, in Chinese and English', () => {
  assert.equal(targetFromGoals(kpi('互动率', '4%'), ['2027-03-31 前将直播间互动率从 4.1% 提升到 5%']), '5%');
  assert.equal(targetFromGoals(kpi('Conversion rate', '2%'), ['Raise conversion rate from 2.1% to 2.6% by 2027-03-31']), '2.6%');
  assert.equal(targetFromGoals(kpi('观看人数', 10000), ['Q4 观看人数达到 15000']), 15000);
  assert.equal(targetFromGoals(kpi('销售额', '100万'), ['12月底前销售额达到 120万，互动率 5%']), '120万');
});

test('matches the KPI id too, and ignores dates, years and durations', () => {
  assert.equal(targetFromGoals(kpi('观看人数', 100, { id: 'viewers' }), ['viewers to 1,500 within 3 months of 2027']), '1,500');
  assert.equal(targetFromGoals(kpi('GMV', '100万'), ['GMV 在 2027年3月 前突破']), undefined);
});

test('skips goals that do not name the KPI, and percentages for counted KPIs', () => {
  assert.equal(targetFromGoals(kpi('观看人数', 10000), ['互动率提升到 5%']), undefined);
  assert.equal(targetFromGoals(kpi('观看人数', 10000), ['观看人数提升 20%']), undefined);
  assert.equal(targetFromGoals(kpi('互动率', '4%'), ['互动率提升']), undefined);
});
