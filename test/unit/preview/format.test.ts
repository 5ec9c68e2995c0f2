import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber, formatRatio, formatValue } from '../../../src/core/preview/format';

describe('preview number formatting', () => {
  it('uses 万 and 亿 in Chinese', () => {
    assert.equal(formatNumber(12000, 'zh'), '1.2万');
    assert.equal(formatNumber(123456, 'zh'), '12.35万');
    assert.equal(formatNumber(120_000_000, 'zh'), '1.2亿');
    assert.equal(formatNumber(3_450_000_000, 'zh'), '34.5亿');
  });
  it('uses k, M and B in English', () => {
    assert.equal(formatNumber(12000, 'en'), '12k');
    assert.equal(formatNumber(1_250_000, 'en'), '1.25M');
    assert.equal(formatNumber(3_450_000_000, 'en'), '3.45B');
  });
  it('keeps small numbers whole, with grouping and at most two decimals', () => {
    assert.equal(formatNumber(8500, 'en'), '8,500');
    assert.equal(formatNumber(9999, 'zh'), '9,999');
    assert.equal(formatNumber(3.14159, 'en'), '3.14');
    assert.equal(formatNumber(-25000, 'zh'), '-2.5万');
  });
  it('writes units after the number: CJK joined in Chinese, Latin with a space', () => {
    assert.equal(formatValue(120000, '人', 'zh'), '12万人');
    assert.equal(formatValue(120000, '人', 'en'), '120k 人');
    assert.equal(formatValue(45, 'min', 'zh'), '45 min');
    assert.equal(formatValue(8.5, '%', 'en'), '8.5%');
    assert.equal(formatValue(undefined, '%', 'en'), '—');
    assert.equal(formatValue(Number.NaN, undefined, 'en'), '—');
  });
  it('formats ratios as percentages', () => {
    assert.equal(formatRatio(0.84372, 'en'), '84.4%');
    assert.equal(formatRatio(1, 'zh'), '100%');
    assert.equal(formatRatio(undefined, 'zh'), '—');
  });
});
