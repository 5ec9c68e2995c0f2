import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';

const TODAY = new Date('2026-11-26T12:00:00');
const review = (table: string) => `---\nemployee: 李娜\nreviewer: 王强\ncycle: 2026-Q4\ntemplate: livestream-ops\n---\n## 六、总结与展望\n\n${table}\n`;

test('body rows of a table in a goal section are goals, the header row is not', () => {
  const { doc } = lint(review('| 指标 | 目标 | 时限 |\n| --- | --- | --- |\n| 观看人数 | 从 9800 提升到 12000 | 2026-12-31 |\n| 客单价 | 100 元 | 待定 |'), { today: TODAY });
  assert.deepEqual(doc.goals.map((g) => g.block.text), ['| 观看人数 | 从 9800 提升到 12000 | 2026-12-31 |', '| 客单价 | 100 元 | 待定 |']);
});

test('a row without a deadline is flagged, without a fix that would break the table', () => {
  const { findings } = lint(review('| 指标 | 目标 | 时限 |\n| --- | --- | --- |\n| 观看人数 | 12000 人 | 待定 |'), { today: TODAY, locale: 'zh' });
  const smart = findings.filter((f) => f.ruleId === 'goal-smart');
  assert.equal(smart.length, 1);
  assert.deepEqual(smart[0].data, { missing: ['time-bound'] });
  assert.equal(smart[0].fixes, undefined);
});
