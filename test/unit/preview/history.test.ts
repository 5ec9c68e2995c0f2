import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPreviewModel } from '../../../src/core/preview/buildModel';
import { parse } from '../../../src/core/parse/parse';

const review = (cycle: string, viewers: string, extra = '') =>
  `---\nemployee: 张三\ncycle: ${cycle}\nkpis:\n  - { name: 观看人数, id: viewers, unit: 人, target: 50000, actual: ${viewers} }\n${extra}---\n`;

describe('preview cross-cycle history', () => {
  it('links KPIs by id (or name) from the oldest cycle to this one', () => {
    const history = [
      { cycle: '2024-Q2', kpis: parse(review('2024-Q2', '40000').replace('观看人数', '观看人次')).kpis },
      { cycle: '2024-Q1', kpis: parse(review('2024-Q1', '30000')).kpis },
    ];
    const text = review('2024-Q3', '45000', '  - { name: 互动率, unit: "%", target: 8%, actual: 7% }\n');
    const m = buildPreviewModel({ text, uri: 'u', fileName: 'f', locale: 'en', locked: false, findings: 0, history });
    assert.equal(m.kind, 'review');
    if (m.kind !== 'review') return;
    assert.equal(m.history.length, 1, 'a KPI without earlier cycles has no series');
    assert.deepEqual(m.history[0].points.map((p) => [p.cycle, p.actual]), [['2024-Q1', 30000], ['2024-Q2', 40000], ['2024-Q3', 45000]]);
    // A Chinese review: its figures are in 万 even with the UI in English.
    assert.equal(m.history[0].points[0].actualText, '3万人');
  });
});
