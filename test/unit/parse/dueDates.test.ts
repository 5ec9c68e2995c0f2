import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDueDate } from '../../../src/core/parse/dueDates';

const TODAY = new Date('2026-11-26T12:00:00');

test('a due label decides: its date wins, and a vague word after it sets none', () => {
  assert.equal(findDueDate('双十一预热视频排期表 负责人：唐糖 截止：尽早', TODAY), undefined);
  assert.equal(findDueDate('Rebuild the Black Friday run sheet Owner: Ana Due: ASAP', TODAY), undefined);
  assert.equal(findDueDate('复盘双十一 负责人：唐糖 截止：2026-11-20', TODAY)?.date, '2026-11-20');
  assert.ok(findDueDate('双十一前把预热视频排期表发给主播组', TODAY), 'without a label the item\'s own deadline counts');
});
