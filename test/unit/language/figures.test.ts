import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasDeliverable, isMeasurable, maskDates } from '../../../src/core/language/figures';

test('numbers, percentages, amounts and countable deliverables are measurable', () => {
  for (const text of [
    '观看人数提升到 1.2万',
    '互动率达到 5.5%',
    'GMV 150 万元',
    '完成三场品牌专场',
    '输出一份复盘报告',
    '转化率提高百分之十',
    '销售额翻倍',
    'Grow revenue 20%',
    'Publish a playbook for new hosts',
    'Run two workshops',
    'Reach 2000 viewers',
    '单场销售额突破十二万',
    '粉丝量提升两成',
    '输出一版新主播培训手册',
    '品类 GMV 占比做到三分之一',
    'GMV 排名拿到第一名',
    '排进公司主播榜单前五',
    '直播间违规次数降为零',
    '周五前把选品复盘表同步给主播组',
    'Pass the PMP exam within 12 weeks',
    'Grow monthly recurring revenue by a third',
    'Reduce onboarding time to 3 days',
    '退款处理时效从 3 天缩到 1 天',
    'Make the first sale in the new territory',
    'Finish first in the regional league',
    'Win two enterprise deals',
  ]) {
    assert.ok(isMeasurable(text), text);
  }
});

test('dates, durations and vague words are not measures', () => {
  for (const text of [
    '2026-12-31 前提升直播质量',
    '下季度加强团队沟通',
    '三个月内提升自己',
    'Improve teamwork by 2027-03-31',
    'Improve win rate.',
    'Faster first response time.',
    'Close more revenue in Q4 2026.',
    'Post more clips in the late afternoon.',
    'Sign more new brand partners than we did in Q3.',
    'Cut first-contact resolution time',
    'Be more proactive in Q4',
    'Work on storytelling within 6 weeks',
    '成为一个更好的主播',
    '晚上 8 点准时开播',
    '优化 H5 页面',
    '双11 前做好选品',
  ]) {
    assert.ok(!isMeasurable(text), text);
  }
});

test('masking keeps the length, so offsets still match', () => {
  const text = '2026-12-31 前，9月9日 20:30 开播 3 场';
  const masked = maskDates(text);
  assert.equal(masked.length, text.length);
  assert.ok(masked.includes('3 场'));
  assert.ok(!masked.includes('2026'));
});

test('ratios are figures, not deliverables; 每一场 is "every"; a hyphenated first is no number', () => {
  assert.ok(isMeasurable('下季度增长两成'));
  assert.equal(hasDeliverable(maskDates('下季度增长两成')), false);
  assert.equal(hasDeliverable('翻一番'), false);
  assert.equal(isMeasurable('认真对待每一场直播'), false);
  assert.equal(isMeasurable('Improve first-contact resolution by March 31'), false);
  assert.ok(isMeasurable('Finish first in the regional ranking'));
});

test('finished work is measurable: 整理出…, automate the report', () => {
  assert.ok(isMeasurable('在下次大促复盘会之前，整理出近三个月所有场次的流量来源分析'));
  assert.ok(isMeasurable('Automate the weekly sales report'));
});
