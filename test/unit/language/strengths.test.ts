import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findStrength } from '../../../src/core/language/strengths';

test('acknowledgements in Chinese and English are strengths', () => {
  for (const text of [
    '开场话术是本季度的亮点。',
    '销售额超额完成。',
    '数据分析能力进步很大。',
    '选品做得好，主播反馈讲解更顺。',
    '她的优点是复盘及时。',
    '值得肯定的是她主动承担了排品。',
    'Her biggest strength is preparation.',
    'Conversion improved after the checkout fix.',
    'Alex exceeded the Q3 revenue goal.',
    'Well done on the launch.',
    '直播节奏把控表现不错。', // vague (see vague-feedback), but still praise
  ]) {
    assert.ok(findStrength(text), text);
  }
});

test('attainment of 100% or more stated in text is a strength, below is not', () => {
  assert.equal(findStrength('销售额达成率 110%。')?.text, '达成率 110%');
  assert.ok(findStrength('GMV attainment of 104%.'));
  assert.ok(findStrength('Closed deals at 120% of target.'));
  assert.equal(findStrength('销售额达成率 82%。'), undefined);
  assert.equal(findStrength('attainment 95%'), undefined);
});

test('an actual at or above the target stated in one sentence is a strength', () => {
  assert.ok(findStrength('本季度 GMV 完成 120 万元，目标 100 万元。'));
  assert.equal(findStrength('Conversion rate reached 2.4% against a 3% target.'), undefined);
  assert.equal(findStrength('GMV 完成 80 万元，目标 100 万元。'), undefined);
});

test('negated or wished-for strengths do not count', () => {
  for (const text of ['本季度没有进步。', '未完成目标。', '仍需进步。', '有进步空间。', 'Retention has not improved.', "Sales didn't exceed the plan.", 'Reporting needs to be improved.', '找出不足。']) {
    assert.equal(findStrength(text), undefined, text);
  }
  assert.ok(findStrength('团队不断进步。'), '不断进步 is progress');
});

test('hostile input stays linear', () => {
  assert.ok(findStrength('完成 1 目标 2，'.repeat(20000)) === undefined);
  assert.ok(findStrength('【待填写'.repeat(20000) + '亮点'));
});

test('trait praise acknowledges the person; a request does not', () => {
  for (const text of ['很靠谱。', '很努力，大家都看在眼里。', 'Very reliable.', 'Has a positive attitude.', 'Is a pleasure to have on the team.', '双十一当晚 GMV 破 80 万，创团队纪录。']) {
    assert.ok(findStrength(text), text);
  }
  for (const text of ['Needs to be more of a team player.', '需要更主动一些。', 'Should take more ownership.']) {
    assert.equal(findStrength(text), undefined, text);
  }
});

test('a figure better than the benchmark it names is a result, read by the metric\'s direction', () => {
  assert.ok(findStrength('Customer satisfaction on her queue was 4.7/5 against a team average of 4.3.'));
  assert.ok(findStrength('本季度场均观看 1.2 万，对比团队平均 0.9 万。'));
  assert.ok(findStrength('退货率 6%，目标 8%。'));
  assert.equal(findStrength('His ticket backlog was 140 against a team average of 90.'), undefined);
  assert.equal(findStrength('转化率 2.1%，团队平均是 2.6%。'), undefined);
});

test('a verdict, a bar cleared, nothing gone wrong, a growth step are strengths; a miss is not', () => {
  for (const text of [
    '| 投放ROI | 3.2 | 3.5 | ✅ |', '完播率 38%，也过了 35% 的线', '一次解决率 87%，年中定的 86% 达到了', '超时率 4.1%，压到 5% 以内了',
    '响应最慢的一天是 58 秒，没超 60 秒', '10 月 22 场没有一次漏上链接', '9 月 18 场零错价', '跟 9 月比：场均观看 +9%',
    '一共剪了 96 条，比要求的 90 条还多 6 条', '违规提示 0 次（上限 2 次）', '相关款式的退货率由 19% 降至 14%', '回放率 9%，比上季度的 7% 高。',
    '交接遗漏从每月 5 次降到 1 次', '拿到了巨量百应的场控中级认证', '两个人都是两周内就能独立接线了',
    'Interaction rate 6.4%, on target (6%).', 'Turnaround met the two-day target', 'Cost per acquisition closed at ¥39.5, comfortably within the ¥42 ceiling.',
    'Backlog averaged 120 tickets, well below the ceiling of 150.', 'Mis-pick rate stayed below target the whole quarter', 'Zero compliance warnings from the platform all quarter.',
    'Time to hire came down from 41 days last quarter to 33', 'Passed CIPD Level 5 module 2 in September', '| ROAS | 3.0 | 3.2 | Met |',
  ]) {
    assert.ok(findStrength(text), text);
  }
  for (const text of ['The onboarding survey response rate was 41%, below the 60% target.', '退货率比上季度高了', '需要控制在 5% 以内', 'Met with the client twice', '首响 42 秒，目标 30 秒，差得比较多', '首响时长降到 30 秒以内']) {
    assert.equal(findStrength(text), undefined, text);
  }
});

test('a miss read by its own sentence\'s metric, a part of the plan and a concern raised are no strengths', () => {
  for (const text of [
    'First response time was 85 s, well over the 60 s target. CSAT came in at 4.2, below target.',
    '错发率 0.5%，高于 0.3% 的目标。',
    '凭证差错率 1.2%，是目标的两倍多。应收账款逾期率 11%，比目标高 3 个点。',
    'Kevin shipped 4 dashboards out of the 6 planned.',
    'Engineers raised the same issue in three sprint retros.',
  ]) {
    assert.equal(findStrength(text), undefined, text);
  }
  for (const text of ['Dashboard load time 2.4 s vs the 3 s target.', '错发率 0.2%，低于 0.3% 的目标。', 'She raised conversion to 3.1%.', 'Shipped all 6 dashboards.']) {
    assert.ok(findStrength(text), text);
  }
});

test('a bar cleared or kept, a thing that began to work and a growth step are strengths (batch 12)', () => {
  for (const text of [
    '月结天数 4.5 天，做到了 5 天以内。',
    '发货及时率 97.6%，达到了上季度定的 97%。',
    '达人混剪每周 2 条基本保持住了。',
    '9 月开始加了口令福袋，留存有起色',
    '错发从 0.42% 降到 0.28%，同款不同色的错发占比从 63% 降到 35%。',
    '月结当天不用再挨个问进度。',
    '9 月考过了仓储管理员中级证。',
    '新人头一个月的错发只有 3 单。',
    '| GMV | $620k | $655k | 106% |',
    'Comments per stream doubled after Maya started answering pinned questions.',
    'Viewers up 18% on Q2.',
    'Volume: 41,200 orders, 30% more than Q2, with the same headcount.',
    "Finished the platform's bidding certification (Level 2) in August.",
    'Grace did a decent job with the new starters.',
    'The "we heard late" complaints stopped after September.',
  ]) {
    assert.ok(findStrength(text), text);
  }
  for (const text of ['Returns up 4% on Q2.', '退货率从 5% 升到 8%。', 'Volume: 41,200 orders, 30% fewer than Q2.']) {
    assert.equal(findStrength(text), undefined, text);
  }
});
