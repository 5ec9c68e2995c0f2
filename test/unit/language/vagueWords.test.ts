import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findVaguePhrases } from '../../../src/core/language/vagueWords';

const phrases = (text: string) => findVaguePhrases(text).map((p) => p.text);

test('Chinese vague judgements are found at their exact place', () => {
  const text = '整体表现还可以，数据分析能力有待提高。';
  const found = findVaguePhrases(text);
  assert.deepEqual(found, [
    { index: 2, text: '表现还可以' },
    { index: 14, text: '有待提高' },
  ]);
  assert.deepEqual(phrases('与主播的配合比较好。'), ['比较好']);
  assert.deepEqual(phrases('话术还行吧。'), ['还行']);
  assert.deepEqual(phrases('直播节奏一般般。'), ['一般般']);
  assert.deepEqual(phrases('表现不错，继续保持。'), ['表现不错', '继续保持']);
  assert.deepEqual(phrases('选品挺好的。'), ['挺好']);
  assert.deepEqual(phrases('沟通一般。'), ['一般']);
});

test('English vague judgements are found', () => {
  assert.deepEqual(phrases('Good job this quarter.'), ['Good job']);
  assert.deepEqual(phrases('Her storytelling is fairly strong and somewhat improved.'), ['fairly', 'somewhat']);
  assert.deepEqual(phrases('Reporting was pretty good, not bad overall.'), ['pretty good', 'not bad']);
  assert.deepEqual(phrases('Time management needs improvement.'), ['needs improvement']);
  assert.deepEqual(phrases('Planning is okay.'), ['okay']);
  assert.deepEqual(phrases('The launch went fine.'), ['went fine']);
  assert.deepEqual(phrases('Her pitch was kind of flat.'), ['kind of']);
});

test('words that only look vague are not reported', () => {
  for (const text of [
    '不错过任何一场大促。', // 不/错过
    '还行动不便的主播安排了替班。', // 还/行动
    '转化率还可以再提升。', // 还可以 = can still
    '一般来说周末流量更高。', // 一般来说 = generally
    '这是一般的做法。',
    '这场直播表现不一般。', // 不一般 = remarkable
    '她很好地协调了主播和场控的排班。', // adverb before a concrete action
    '观众很好奇新品的价格。', // 好奇
    'We treated every customer fairly.',
    'She treated both co-hosts fairly when splitting air time, which settled a complaint from the spring.',
    '但交班时偶尔漏交患者的特殊饮食要求，这方面有待改进。', // points back to the lapse described
    'This kind of campaign works on weekends.',
    'OKRs were set on time.',
  ]) {
    assert.deepEqual(phrases(text), [], text);
  }
});

test('a judgement backed by a figure or an example in the same sentence is concrete', () => {
  assert.deepEqual(phrases('表现不错，GMV 达到 132 万元，超出目标 10%。'), []);
  assert.deepEqual(phrases('GMV 完成 132 万元，做得好。'), []);
  assert.deepEqual(phrases('互动设计比较好，例如把抽奖改成了答题。'), []);
  assert.deepEqual(phrases('Good job: conversion rose to 3.4%.'), []);
  assert.deepEqual(phrases('Good job, for example the launch checklist.'), []);
  // A duration measured (an average, a change) is a figure; a period in passing is not.
  assert.deepEqual(phrases('样品寄送这块做得不错，9 月起样品平均 9 天到主播手里，比 7 月的 13 天快了 4 天。'), []);
  assert.deepEqual(phrases('整体还不错，月底的 2 天假期之后状态回来了。'), ['还不错']);
  // The figure must be in the same sentence, and a date is not a figure.
  assert.deepEqual(phrases('GMV 达到 132 万元。整体表现不错。'), ['表现不错']);
  assert.deepEqual(phrases('2026-09-30 的大促表现还可以。'), ['表现还可以']);
});

test('empty and odd input', () => {
  assert.deepEqual(phrases(''), []);
  assert.deepEqual(phrases('😀 表现还可以 😀'), ['表现还可以']);
  assert.doesNotThrow(() => phrases('还'.repeat(10000)));
});

test('hostile input stays linear: thousands of phrases in one run-on paragraph', () => {
  const text = '表现还可以，'.repeat(5000);
  assert.equal(findVaguePhrases(text).length, 5000);
  assert.deepEqual(findVaguePhrases('<!--'.repeat(20000)), []);
});

test('trait praise and requests that name no behaviour are vague', () => {
  for (const text of ['态度很好，大家都喜欢和她合作。', '很靠谱。', '学习能力强，上手快。', '跟主播配合得很默契。', '需要更主动一些。', '还可以再努力一些。', 'Very reliable.', 'Has a great attitude.', 'Great to work with.', 'Consistently goes the extra mile.', 'Needs to be more of a team player.', 'Should take more ownership.', 'Could communicate better with stakeholders.', 'Not bad for a first quarter.', '和主播组的沟通还差一点。', '紧紧围绕区域年度经营目标，积极开拓市场，扎实推进各项重点工作。', 'In summary, Priya continues to be an asset to the unit.']) {
    assert.ok(phrases(text).length > 0, text);
  }
});

test('trait praise backed by a result in the same sentence is concrete', () => {
  assert.deepEqual(phrases('学习能力强，两周内掌握了千川后台的全部投放操作。'), []);
  assert.deepEqual(phrases('Very reliable: shipped all 14 releases on the planned day.'), []);
});
