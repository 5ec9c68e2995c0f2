import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kpiNamesAt, mentionAt } from '../../../src/core/scaffold/typedCompletions';

const KPIS = ['观看人数', '销售转化率', '转化率', 'Conversion rate', 'GMV'];

test('a KPI name begun at the end of the line is offered, Chinese by any ending, English by whole words', () => {
  assert.deepEqual(kpiNamesAt('本季度销售转化', KPIS), [{ name: '销售转化率', start: 3 }, { name: '转化率', start: 5 }]);
  assert.deepEqual(kpiNamesAt('本季度转化', KPIS), [{ name: '转化率', start: 3 }]);
  assert.deepEqual(kpiNamesAt('Our convers', KPIS), [{ name: 'Conversion rate', start: 4 }]);
  assert.deepEqual(kpiNamesAt('reconvers', KPIS), [], 'inside a word');
  assert.deepEqual(kpiNamesAt('看', KPIS), [], 'one character is too little');
  assert.deepEqual(kpiNamesAt('转化率', ['转化率']), [], 'typed in full');
});

test('a person is completed after @', () => {
  assert.deepEqual(mentionAt('负责人：@李'), { start: 5, typed: '李' });
  assert.deepEqual(mentionAt('Owner: @'), { start: 8, typed: '' });
  assert.equal(mentionAt('Owner: @Li Na done'), undefined);
});
