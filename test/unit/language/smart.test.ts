import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readGoalTarget } from '../../../src/core/language/goalTarget';
import { analyzeGoal, type GoalContext } from '../../../src/core/language/smart';
import { parse } from '../../../src/core/parse/parse';

const TODAY = new Date('2026-11-26T12:00:00');

function kpis(lines: string[], cycle = '2026-Q3') {
  return parse(`---\nemployee: 李娜\ncycle: ${cycle}\nkpis:\n${lines.map((l) => `  - ${l}`).join('\n')}\n---\n`).kpis;
}

const ZH_KPIS = kpis(['{ name: 观看人数, id: viewers, unit: 人, target: 12000, actual: 9800 }', '{ name: 互动率, id: interaction-rate, target: 6%, actual: 4.1% }', '{ name: 销售额, id: gmv, unit: 元, target: 120万元, actual: 132万元 }']);
const EN_KPIS = kpis(['{ name: Conversion rate, id: conversion, target: 3%, actual: 2.4% }', '{ name: Support cost, id: cost, unit: USD, better: lower, target: 9000, actual: 10000 }']);
const zh: GoalContext = { kpis: ZH_KPIS, templateKpis: [], history: [], today: TODAY };
const en: GoalContext = { kpis: EN_KPIS, templateKpis: [], history: [], today: TODAY };

const missing = (goal: string, context: GoalContext) => analyzeGoal(goal, context).missing;

test('a SMART goal fails no letter', () => {
  assert.deepEqual(missing('2026-12-31 前将直播间观看人数从 9800 提升到 12000', zh), []);
  assert.deepEqual(missing('下季度互动率提升到 5.5%', zh), []);
  assert.deepEqual(missing('Raise conversion rate from 2.4% to 3% by 2027-03-31', en), []);
  assert.deepEqual(missing('Cut support cost to 8,000 USD within 6 weeks', en), []);
});

test('the failing letters come in S-M-A-R-T order', () => {
  assert.deepEqual(missing('努力提升自己的能力', zh), ['specific', 'measurable', 'relevant', 'time-bound']);
  assert.deepEqual(missing('Work on being more proactive', en), ['specific', 'measurable', 'relevant', 'time-bound']);
  assert.deepEqual(missing('提升观看人数', zh), ['measurable', 'time-bound']);
  assert.deepEqual(missing('尽快把互动率提升到 5%', zh), ['time-bound']);
  assert.deepEqual(missing('Improve conversion ASAP', en), ['measurable', 'time-bound']);
  assert.deepEqual(missing('三个月内完成投放优化课程并输出一份复盘报告', zh), ['relevant']);
  assert.deepEqual(missing('成长', zh), ['specific', 'measurable', 'relevant', 'time-bound']);
});

test('recurring periods are time frames', () => {
  assert.ok(!missing('每月观看人数不低于 10000', zh).includes('time-bound'));
  assert.ok(!missing('Conversion rate at least 3% every month', en).includes('time-bound'));
});

test('achievable: more than doubling this cycle\'s actual is flagged with the numbers', () => {
  const a = analyzeGoal('下季度观看人数提升到 2.5万', zh);
  assert.deepEqual(a.missing, ['achievable']);
  assert.equal(a.stretch?.kpi.name, '观看人数');
  assert.equal(a.stretch?.target, 25000);
  assert.equal(a.stretch?.actual, 9800);
  assert.ok(Math.abs((a.stretch?.ratio ?? 0) - 25000 / 9800) < 1e-9);
  assert.deepEqual(missing('下季度观看人数提升到 1.9万', zh), [], 'just under double is fine');
  assert.deepEqual(missing('下季度观看人数翻两番', zh), ['achievable']);
  assert.deepEqual(missing('下季度观看人数翻倍', zh), [], 'exactly doubling is not more than doubling');
  assert.deepEqual(missing('下季度互动率提升 5 个百分点', zh), ['achievable'], '4.1% + 5 points = 9.1%');
  assert.deepEqual(missing('下季度互动率提升 20%', zh), [], '4.1% × 1.2');
  assert.deepEqual(missing('Cut support cost by 60% by end of March', en), ['achievable'], 'lower is better: 10000 → 4000 is 2.5×');
});

test('achievable: a KPI named inside a longer KPI name is the longer one', () => {
  const context = { ...en, kpis: kpis(['{ name: Clips published, id: clips, target: 120, actual: 104 }', '{ name: Stream entries from clips, id: clip-entries, target: 40000, actual: 36500 }']) };
  assert.deepEqual(analyzeGoal('Raise Stream entries from clips from 36.5k to 40k by 2026-12-31', context).missing, []);
});

test('achievable with history: far beyond the best ever reached', () => {
  const past = [
    { cycle: '2026-Q2', kpis: kpis(['{ name: 观看人数, id: viewers, actual: 8000 }']) },
    { cycle: '2026-Q1', kpis: kpis(['{ name: 观看人数, id: viewers, actual: 11000 }']) },
  ];
  const withHistory = { ...zh, history: past };
  const a = analyzeGoal('下季度观看人数提升到 1.8万', withHistory);
  assert.deepEqual(a.missing, ['achievable']);
  assert.deepEqual(a.stretch?.best, { value: 11000, cycle: '2026-Q1' });
  assert.deepEqual(missing('下季度观看人数提升到 1.8万', zh), [], 'without history 1.8万 is under double 9800');
  assert.deepEqual(missing('下季度观看人数提升到 1.5万', withHistory), []);
  // No actual this cycle: the best on record is the base.
  const noActual = { ...zh, kpis: kpis(['{ name: 观看人数, id: viewers, target: 20000 }']), history: past };
  assert.equal(analyzeGoal('下季度观看人数达到 2万', noActual).stretch?.best?.value, 11000);
});

test('relevant: a KPI of the review or of the template, by name, short name or id', () => {
  assert.ok(!missing('下季度 GMV 提升 10%', { ...zh, kpis: [], templateKpis: ['GMV'] }).includes('relevant'));
  assert.ok(!missing('下季度转化率提升到 3%', { ...zh, kpis: kpis(['{ name: 销售转化率, target: 3%, actual: 2% }']) }).includes('relevant'));
  assert.ok(!missing('Raise interaction-rate to 5% next quarter', zh).includes('relevant'));
  assert.ok(missing('下季度完成两门课程', zh).includes('relevant'));
  assert.ok(!missing('Finish two courses next quarter', { ...en, kpis: [] }).includes('relevant'), 'nothing to be relevant to');
});

test('readGoalTarget reads absolute, relative, point and multiple targets', () => {
  const base = { base: 100, percent: false };
  assert.equal(readGoalTarget('提升到 150', 0, base)?.value, 150);
  assert.equal(readGoalTarget('从 100 提升到 150', 0, base)?.value, 150);
  assert.equal(readGoalTarget('提升 20%', 0, base)?.value, 120);
  assert.equal(readGoalTarget('降低 20%', 0, base)?.value, 80);
  assert.equal(readGoalTarget('增加 50 人', 0, { ...base, unit: '人' })?.value, 150);
  assert.equal(readGoalTarget('提升 3 倍', 0, base)?.value, 300);
  assert.equal(readGoalTarget('from 2.6x to 3x', 0, { base: 2.6, percent: false, unit: 'x' })?.value, 3, 'a KPI counted in multiples');
  assert.equal(readGoalTarget('提升 2 个百分点', 0, { base: 4, percent: true })?.value, 6);
  assert.equal(readGoalTarget('达到 2万', 0, base)?.value, 20000);
  assert.equal(readGoalTarget('提升 20%', 0, { percent: false }), undefined, 'relative needs a base');
  assert.equal(readGoalTarget('做 3 场', 0, { ...base, unit: '人' }), undefined, 'unit clash');
  assert.equal(readGoalTarget('2026-12-31 前完成', 0, base), undefined, 'a date is no target');
});

test('a wish to do better with no figure, deliverable or time is not specific, whatever its object', () => {
  const none: GoalContext = { kpis: [], templateKpis: [], history: [], today: TODAY };
  for (const goal of ['提高团队凝聚力', '优化选品流程', '多学习，多总结', 'Improve team morale', 'Take more ownership of projects', 'Drive alignment across teams going forward']) {
    assert.ok(missing(goal, none).includes('specific'), goal);
  }
  // A metric named, a figure or a time frame makes it more than a wish.
  for (const goal of ['Improve customer satisfaction', '月底前优化直播间布景', '提升直播间观看人数', 'Increase test coverage']) {
    assert.ok(!missing(goal, none).includes('specific'), goal);
  }
});

test('a ratio with nothing it applies to is not specific; naming the KPI makes it so (seed: 具体目标 names the metric)', () => {
  const none: GoalContext = { kpis: [], templateKpis: [], history: [], today: TODAY };
  assert.deepEqual(missing('下季度增长两成', none), ['specific']);
  assert.deepEqual(missing('下季度 GMV 增长两成', none), []);
  assert.deepEqual(missing('下季度销售额增长两成', zh), []);
});

test('a rhythm word after a determiner names a thing, not a time frame', () => {
  const none: GoalContext = { kpis: [], templateKpis: [], history: [], today: TODAY };
  assert.ok(missing('Automate the weekly sales report', none).includes('time-bound'));
  assert.ok(!missing('Publish a weekly newsletter for the sales team', none).includes('time-bound'));
  assert.ok(!missing('Report churn monthly to the leadership team', none).includes('time-bound'));
});

test('the softest wishes are not specific even with a date; recurring deliverables and amounts of days are measurable', () => {
  const none: GoalContext = { kpis: [], templateKpis: [], history: [], today: TODAY };
  for (const goal of ['下季度跟副播多沟通', '话术再自然一点', '带新人再上点心', 'Work on creativity next quarter', 'Keep growing as a design leader', 'Build stronger relationships with site managers by June']) {
    assert.ok(missing(goal, none).includes('specific'), goal);
  }
  for (const goal of ['每周五下班前把下周选题单给到主播组', '每月首个工作日交上月场控复盘', '每周五 18:00 前把当周场控复盘表发到运营群', 'Every Monday, post the previous week\'s FRT and CSAT figures in the team channel', '下半年月结关账天数稳定在 4 天以内', '| Time to hire | 32 days or less | end of Q4 |']) {
    assert.ok(!missing(goal, none).includes('measurable'), goal);
  }
  assert.ok(!missing('发货及时率 Q4 做到 98%', none).includes('time-bound'), 'a period label before a verb says when');
  assert.ok(!missing('互动率 Q4 回到 4%', none).includes('time-bound'), 'and so before 回到');
  assert.ok(!missing('退货率 Q4 控制在 8% 以内', none).includes('time-bound'), 'and before 控制');
  assert.ok(missing('把 Q4 控制方案发给老板', none).includes('time-bound'), 'not as the object of 把');
  assert.ok(!missing('Lead the rollout of the idempotency layer, live in production before the code freeze', none).includes('measurable'));
  assert.ok(missing('复盘 Q4 的退货原因', none).includes('time-bound'), 'inside a noun phrase it does not');
});

test('wishes to do more, better or a notch higher are not specific; "Better" before a metric is', () => {
  const none: GoalContext = { kpis: [], templateKpis: [], history: [], today: TODAY };
  for (const goal of ['把投放节奏做得更稳一点', '进一步提升客户满意度和品牌影响力。', '视频质量更上一层楼。', '仓库 5S 再规范一点。', 'Try new things in class.', 'Take on more leadership by mid-year.', 'Better SE collaboration.']) {
    assert.ok(missing(goal, none).includes('specific'), goal);
  }
  assert.ok(!missing("Better parents' evening attendance next term.", none).includes('specific'));
  assert.ok(missing('仓库 5S 再规范一点。', none).includes('measurable'), '5S is a name, not a figure');
});
