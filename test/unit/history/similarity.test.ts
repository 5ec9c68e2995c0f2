import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containment, dice, normalizeForMatch, pairUp } from '../../../src/core/history/similarity';

test('normalization drops owners, dates, labels, placeholders and punctuation', () => {
  assert.equal(normalizeForMatch('优化开场话术 负责人：截止：2026-07-15。'), '优化开场话术');
  assert.equal(normalizeForMatch('Write the Playbook, due 2026/08/31!'), 'writetheplaybook');
  assert.equal(normalizeForMatch('【待填写：改进事项】'), '');
});

test('dice and containment on CJK and Latin text', () => {
  assert.equal(dice('每周复盘直播数据', '每周复盘直播数据'), 1);
  assert.ok(dice('优化开场三分钟的话术脚本', '优化开场三分钟话术脚本') > 0.8);
  assert.ok(dice('优化开场话术', '引入福袋玩法') < 0.2);
  assert.equal(dice('', 'x'), 0);
  assert.ok(containment('选品评审', '本期建立了选品评审流程并执行') === 1);
  assert.ok(containment('选品评审流程', '选品和评审') < 0.5);
});

test('pairUp gives each item its best partner once', () => {
  const r = pairUp(['aaaabbbb', 'ccccdddd'], ['ccccddde', 'aaaabbbc', 'zzzz'], (x) => x, (x) => x);
  assert.deepEqual(r.pairs.map((p) => [p.old, p.new]), [['aaaabbbb', 'aaaabbbc'], ['ccccdddd', 'ccccddde']]);
  assert.deepEqual(r.unmatchedNew, ['zzzz']);
  assert.deepEqual(r.unmatchedOld, []);
});
