import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReviewIndex } from '../../../src/core/history/reviewIndex';
import { parse } from '../../../src/core/parse/parse';

const review = (employee: string, cycle: string) => parse(`---\nemployee: ${employee}\ncycle: ${cycle}\n---\n## 一、目标达成情况\n`);

function sample(): ReviewIndex {
  const index = new ReviewIndex();
  index.set('zhang/2026-Q3.md', review('张三', '2026-Q3'));
  index.set('zhang/2026-Q1.md', review('张三', '2026-Q1'));
  index.set('zhang/2026-Q2.md', review('张三', '2026年第二季度'));
  index.set('zhang/2025.md', review('张三', '2025'));
  index.set('li/2026-Q2.md', review('李四', '2026-Q2'));
  index.set('alex.md', review('Alex  Chen', '2026-H1'));
  index.set('draft.md', parse('# no frontmatter'));
  return index;
}

test('person → cycles, ordered by period end, cycle ids canonical', () => {
  const index = sample();
  assert.equal(index.size, 6);
  assert.deepEqual(index.people(), ['Alex  Chen', '张三', '李四']);
  assert.deepEqual(index.reviewsOf('张三').map((e) => e.cycle), ['2025', '2026-Q1', '2026-Q2', '2026-Q3']);
  assert.deepEqual(index.reviewsOf('alex chen').map((e) => e.key), ['alex.md']);
});

test('previous review and earlier history, newest first', () => {
  const index = sample();
  assert.equal(index.previous('张三', '2026-Q3')?.key, 'zhang/2026-Q2.md');
  assert.equal(index.previous('张三', '2026-Q4')?.key, 'zhang/2026-Q3.md');
  assert.deepEqual(index.earlier('张三', '2026-Q3').map((e) => e.cycle), ['2026-Q2', '2026-Q1', '2025']);
  assert.equal(index.previous('张三', '2025'), undefined);
  assert.equal(index.previous('王五', '2026-Q3'), undefined);
});

test('two reviews of one cycle are reported, not guessed between', () => {
  const index = sample();
  assert.deepEqual(index.duplicates(), []);
  index.set('zhang/copy.md', review('张三', '2026-Q2'));
  assert.deepEqual(index.duplicates(), [{ employee: '张三', cycle: '2026-Q2', keys: ['zhang/2026-Q2.md', 'zhang/copy.md'] }]);
  assert.equal(index.previous('张三', '2026-Q3'), undefined);
  assert.deepEqual(index.earlier('张三', '2026-Q3').map((e) => e.cycle), ['2026-Q1', '2025']);
  assert.equal(index.duplicatesOf('张三', '2026年第二季度')?.keys.length, 2);
  // Editing a file to another cycle moves it: the duplicate goes away.
  index.set('zhang/copy.md', review('张三', '2026-Q4'));
  assert.deepEqual(index.duplicates(), []);
  index.delete('zhang/2026-Q2.md');
  assert.equal(index.previous('张三', '2026-Q3')?.key, 'zhang/2026-Q1.md');
});
