// The comparison view's model: worded in the review's language, deltas from the shown values, goals as the
// data says, and word-level changes per section (Chinese split into words, not characters).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isComparisonPageMessage } from '../../../src/core/history/comparisonProtocol';
import { comparisonView } from '../../../src/core/history/comparisonView';
import { diffReviews } from '../../../src/core/history/diff';
import { formatDiff } from '../../../src/core/history/formatDiff';
import { wordChanges } from '../../../src/core/history/wordChanges';
import { parse } from '../../../src/core/parse/parse';
import { fixture } from './load';

const view = (a: string, b: string) => {
  const old = fixture(a);
  const now = fixture(b);
  return comparisonView(diffReviews(old, now), old, now);
};

function review(cycle: string, actual: number, body: string): string {
  return `---\nemployee: 周六\ncycle: ${cycle}\ntemplate: livestream-ops\nkpis:\n  - { name: 观看人数, id: viewers, unit: 人, target: 1000, actual: ${actual} }\n---\n## 一、目标达成情况\n\n${body}\n`;
}

test('a change too small to show reads ±0, never "-1 pp" between two equal percentages', () => {
  // Attainment 104.4% → 103.6%: both shown as 104%.
  const old = parse(review('2026-Q2', 1044, '完成。'));
  const now = parse(review('2026-Q3', 1036, '完成。'));
  const diff = diffReviews(old, now);
  const row = comparisonView(diff, old, now).kpis[0];
  assert.deepEqual(row.attainment, { from: '104%', to: '104%', delta: '±0个百分点' });
  assert.doesNotMatch(formatDiff(diff, 'zh'), /-1个百分点/);
  assert.match(formatDiff(diff, 'zh'), /达成率 104% → 104%（±0个百分点）/);
});

test('a percentage KPI changes in points counted on the shown two decimals', () => {
  const kpi = (actual: string) => `---\nemployee: A\ncycle: 2026-Q${actual === '4.104%' ? 2 : 3}\nkpis:\n  - { name: 互动率, unit: "%", target: 5%, actual: ${actual} }\n---\n## 一、目标达成情况\n\n完成。\n`;
  const old = parse(kpi('4.104%'));
  const now = parse(kpi('4.096%'));
  const row = comparisonView(diffReviews(old, now), old, now).kpis[0];
  assert.deepEqual(row.actual, { from: '4.1%', to: '4.1%', delta: '±0个百分点' });
});

test('every word and figure follows the review\'s language', () => {
  const zh = view('zh-2026-Q2.md', 'zh-2026-Q3.md');
  assert.equal(zh.locale, 'zh');
  const zhText = JSON.stringify({ ...zh, sections: zh.sections.map((s) => s.label) });
  assert.match(zhText, /个百分点/);
  // No English words of ours (the reviews' own KPI ids and units aside).
  assert.doesNotMatch(zhText.replace(/（[\w-]+）|"\w+":|"(kept|added|removed|higher|lower|better|worse|changed|unchanged|met|missed|carried|dropped|open|closed|same|zh)"/g, ''), /\b(pp|actual|target|attainment|better|worse|changed|new|dropped|met|missed)\b/);
  const en = view('en-2026-H1.md', 'en-2026-H2.md');
  assert.equal(en.locale, 'en');
  const enText = JSON.stringify({ labels: en.labels, kpis: en.kpis, goals: en.goals.map((g) => g.label), sections: en.sections.map((s) => s.label.replace(/: .*/, '')) });
  assert.doesNotMatch(enText, /[\u4e00-\u9fff]/);
  assert.match(enText, / pp/);
});

test('KPI rows carry the direction and the trend of each shown change', () => {
  const zh = view('zh-2026-Q2.md', 'zh-2026-Q3.md');
  const returns = zh.kpis.find((k) => k.name.includes('return-rate'))!;
  assert.equal(returns.better, 'lower');
  assert.equal(returns.actual?.trend, 'worse', 'a lower-is-better rate that went up');
  const viewers = zh.kpis.find((k) => k.name.includes('viewers'))!;
  assert.equal(viewers.actual?.trend, 'better');
  assert.match(viewers.actual!.delta!, /^\+/);
  assert.equal(zh.kpis.find((k) => k.name.includes('replay-rate'))?.statusLabel, '新增');
  assert.equal(zh.kpis.find((k) => k.name.includes('interaction-rate'))?.renamed, '原名 互动占比');
});

test('goals read met / missed / carried / dropped from the data, with the figures behind a verdict', () => {
  const old = parse('---\nemployee: 李娜\ncycle: 2026-Q2\nkpis:\n  - { name: 观看人数, unit: 人, target: 80万, actual: 86万 }\n---\n## 六、总结与展望\n\n- 2026-09-30 前观看人数达到 90万，每周加一场专场。\n- 2026-09-30 前完成一次直播复盘培训。\n- 2026-12-31 前整理选品清单模板。\n');
  const now = parse('---\nemployee: 李娜\ncycle: 2026-Q3\nkpis:\n  - { name: 观看人数, unit: 人, target: 95万, actual: 97万 }\n---\n## 六、总结与展望\n\n- 2026-12-31 前整理选品清单模板并在组内分享。\n');
  const goals = comparisonView(diffReviews(old, now), old, now).goals;
  const by = (needle: string) => goals.find((g) => g.text.includes(needle))!;
  assert.equal(by('观看人数达到 90万').status, 'met');
  assert.equal(by('观看人数达到 90万').label, '✓ 达成');
  assert.match(by('观看人数达到 90万').detail!, /观看人数 实际 97万人 \/ 目标 90万人/);
  assert.equal(by('复盘培训').status, 'dropped');
  assert.equal(by('选品清单模板').status, 'carried');
  assert.match(by('选品清单模板').was!, /^上期：/);
});

test('changed sections carry their word changes; Chinese is split into words', () => {
  const parts = wordChanges('开场话术需要优化。', '开场话术已经优化。', 'zh');
  assert.deepEqual(parts, [
    { kind: 'same', text: '开场话术' },
    { kind: 'removed', text: '需要' },
    { kind: 'added', text: '已经' },
    { kind: 'same', text: '优化。' },
  ]);
  assert.deepEqual(
    wordChanges('Conversion rose to 4.1% this quarter.', 'Conversion rose to 4.8% this quarter.', 'en').filter((p) => p.kind !== 'same'),
    [{ kind: 'removed', text: '4.1' }, { kind: 'added', text: '4.8' }],
  );
  const old = parse(review('2026-Q2', 1000, '开场话术需要优化。'));
  const now = parse(review('2026-Q3', 1000, '开场话术已经优化。'));
  const [section] = comparisonView(diffReviews(old, now), old, now).sections;
  assert.equal(section.label, '有改动：一、目标达成情况');
  assert.deepEqual(section.words.filter((w) => w.kind !== 'same').map((w) => w.text), ['需要', '已经']);
});

test('the page protocol accepts only well-formed page messages', () => {
  const rendered = { kpiRows: 1, goalRows: 0, actionRows: 0, sections: 2, expanded: 1, text: 'x' };
  assert.ok(isComparisonPageMessage({ type: 'rendered', seq: 1, rendered }));
  assert.ok(isComparisonPageMessage({ type: 'openText' }));
  for (const bad of [null, 'ready', { type: 'rendered', seq: 1 }, { type: 'rendered', seq: 1, rendered: { ...rendered, kpiRows: '1' } }, { type: 'error' }, { type: 'run', command: 'x' }]) {
    assert.equal(isComparisonPageMessage(bad), false, JSON.stringify(bad));
  }
});
