import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reviewPath } from '../../../src/core/scaffold/reviewPath';

test('fills the slots of the pattern', () => {
  assert.equal(reviewPath('reviews/{cycle}/{employee}.md', { cycle: '2026-Q4', employee: '张三' }), 'reviews/2026-Q4/张三.md');
  assert.equal(reviewPath('{employee}/{cycle}.md', { cycle: '2027', employee: 'Ada Lovelace' }), 'Ada Lovelace/2027.md');
});

test('values cannot climb out of their folder or carry unsafe characters', () => {
  assert.equal(reviewPath('reviews/{cycle}/{employee}.md', { cycle: '2026-Q4', employee: '../../etc/passwd' }), 'reviews/2026-Q4/-..-etc-passwd.md');
  assert.equal(reviewPath('reviews/{employee}.md', { employee: 'a:b*c?' }), 'reviews/a-b-c-.md');
  assert.equal(reviewPath('./reviews//{employee}.md', { employee: '' }), 'reviews/-.md');
});

test('unknown slots stay as written', () => {
  assert.equal(reviewPath('r/{team}/{employee}.md', { employee: 'x' }), 'r/{team}/x.md');
});
