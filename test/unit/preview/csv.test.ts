import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPreviewModel } from '../../../src/core/preview/buildModel';
import { kpiCsv } from '../../../src/core/preview/csv';

describe('preview CSV export', () => {
  it('starts with a BOM, quotes cells and keeps raw numbers', () => {
    const text = '---\nemployee: 张三\nkpis:\n  - { name: "销售额, 全店", unit: 元, target: 120万, actual: 90万 }\n  - { name: "=cmd", target: 5%, actual: 4%, better: lower }\n---\n';
    const m = buildPreviewModel({ text, uri: 'u', fileName: 'f', locale: 'zh', locked: false, findings: 0 });
    assert.equal(m.kind, 'review');
    if (m.kind !== 'review') return;
    const csv = kpiCsv(m);
    assert.ok(csv.startsWith('\uFEFF指标,目标,实际,单位,达成率 %,方向,状态\r\n'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines[1], '"销售额, 全店",1200000,900000,元,75,higher,未达成');
    assert.equal(lines[2], "'=cmd,5,4,%,125,lower,达成");
  });
});
