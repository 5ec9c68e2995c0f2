import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relativeDateAtEnd } from '../../../src/core/language/relativeDates';

// A Monday in the last month of a quarter.
const TODAY = new Date(2026, 11, 7);
const date = (typed: string, today = TODAY) => relativeDateAtEnd(typed, today)?.date;

test('Chinese relative dates resolve to the day they name', () => {
  assert.equal(date('行动项截止：本月底'), '2026-12-31');
  assert.equal(date('月底'), '2026-12-31');
  assert.equal(date('下个月底'), '2027-01-31');
  assert.equal(date('本季度末'), '2026-12-31');
  assert.equal(date('下季度末'), '2027-03-31');
  assert.equal(date('年底'), '2026-12-31');
  assert.equal(date('明年底'), '2027-12-31');
  assert.equal(date('本周五'), '2026-12-11');
  assert.equal(date('下周一'), '2026-12-14');
  assert.equal(date('下周日'), '2026-12-20');
  assert.equal(date('下月底', new Date(2026, 0, 31)), '2026-02-28');
});

test('English relative dates resolve to the day they name', () => {
  assert.equal(date('Due: end of month'), '2026-12-31');
  assert.equal(date('by the end of the quarter'), '2026-12-31');
  assert.equal(date('by end of next quarter'), '2027-03-31');
  assert.equal(date('before year-end'), '2026-12-31');
  assert.equal(date('by EOQ'), '2026-12-31');
  assert.equal(date('next Friday'), '2026-12-18');
  assert.equal(date('this friday'), '2026-12-11');
});

test('a numbered period is its own date, and text that ends elsewhere resolves nothing', () => {
  assert.equal(date('12月底'), undefined);
  assert.equal(date('第三季度末'), undefined);
  assert.equal(date('本月底前完成'), undefined);
  assert.equal(date('the month'), undefined);
  const found = relativeDateAtEnd('截止：下季度末', TODAY)!;
  assert.deepEqual([found.index, found.text], [3, '下季度末']);
});
