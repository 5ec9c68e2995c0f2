import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textconv } from '../../../src/core/history/textconv';
import { parse } from '../../../src/core/parse/parse';
import { fixtureText } from './load';

test('frontmatter sorted, one line per KPI with attainment, sections by canonical id', () => {
  const out = textconv(parse(fixtureText('zh-2026-Q2.md')));
  const lines = out.split('\n');
  assert.deepEqual(lines.slice(1, 6), ['cycle: 2026-Q2', 'employee: 张三', 'reviewer: 李四', 'status: final', 'template: livestream-ops']);
  assert.ok(lines.includes('- 观看人数 [viewers]: 目标 50000 人 | 实际 48000 人 | 达成率 96%'));
  assert.ok(lines.includes('- 退货率 [return-rate]: 目标 5% | 实际 6% | 达成率 83% | 越低越好'));
  assert.ok(lines.includes('### [data] 二、数据分析'));
});

test('stable: reordered keys and sections, CRLF and trailing spaces give the same text', () => {
  const a = '---\nemployee: Alex\ncycle: 2026-H1\n---\n## Goals\n\nMet.\n\n## Data analysis\n\nUp.\n';
  const b = '---\r\ncycle: 2026-H1\r\nemployee: Alex\r\n---\r\n## Data analysis   \r\n\r\nUp.  \r\n\r\n## 1. Goals\r\n\r\nMet.\r\n';
  const ta = textconv(parse(a));
  const tb = textconv(parse(b));
  assert.equal(ta.replace('## Goals', '## 1. Goals').replace('[goals] Goals', '[goals] 1. Goals'), tb);
  assert.ok(ta.indexOf('[goals]') < ta.indexOf('[data]'));
  assert.ok(tb.indexOf('[goals]') < tb.indexOf('[data]'));
});

test('broken frontmatter is shown raw with the error; odd input never throws', () => {
  const out = textconv(parse('---\nemployee: [unclosed\n---\n## Goals\n'));
  assert.match(out, /YAML error/);
  assert.match(out, / {2}employee: \[unclosed/);
  for (const text of ['', '---\n', '# 😀\n', '---\nkpis: 3\n---\n', '---\nkpis:\n  - 12\n  - { name: x, sessions: [1, "a"] }\n---\n']) {
    assert.doesNotThrow(() => textconv(parse(text)));
  }
});
