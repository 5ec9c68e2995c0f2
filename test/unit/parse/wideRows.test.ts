import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../../src/core/parse/parse';
import { maskWideRows, MAX_TABLE_CELLS } from '../../../src/core/parse/wideRows';

test('pipes past the cell limit on a line are blanked, offsets kept; other lines untouched', () => {
  const wide = `| ${'x |'.repeat(MAX_TABLE_CELLS + 10)}`;
  const text = `| a | b |\r\n${wide}\n| c |`;
  const { text: masked, rows } = maskWideRows(text, 0);
  assert.equal(masked.length, text.length);
  assert.equal(masked.split('\n')[1].split('|').length - 1, MAX_TABLE_CELLS);
  assert.equal(masked.replace(/\|/g, ' '), text.replace(/\|/g, ' '));
  assert.deepEqual(rows, [{ start: 11, end: 11 + wide.length }]);
  assert.equal(maskWideRows('| a | b |\n', 0).text, '| a | b |\n');
});

test('a review with a row of 100,000 cells says it read the first 256, and keeps its other tables', () => {
  const text = `---\nemployee: 张三\ncycle: 2026-Q3\n---\n## 二、数据分析\n\n| 指标 | 说明 |\n| --- | --- |\n| ${'|'.repeat(100_000)} |\n\n| 指标 | 值 |\n| --- | --- |\n| GMV | 120万 |\n`;
  const doc = parse(text);
  assert.match(doc.limits.map((l) => l.message.en).join('\n'), /more than 256 cells were read as 256 cells \(1 rows\)/);
  const cells = doc.blocks.filter((b) => b.kind === 'tableCell');
  assert.ok(cells.length <= 2 + 2 + MAX_TABLE_CELLS + 2 + 2, String(cells.length));
  assert.ok(cells.some((c) => c.text.includes('120万')));
});
