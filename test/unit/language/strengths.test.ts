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
