import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../src/core/lint/lint';

const HEAD = '---\nemployee: 张伟\nreviewer: 王敏\ncycle: 2026-Q3\n---\n';
const rules = (text: string) => lint(text).findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`);

test('disable-next-line and an inline disable-line comment inside a list item', () => {
  const body = '\n## 五、改进建议\n\n<!-- mdreview-disable-next-line action-due -->\n- [ ] 优化开场话术 负责人：@张伟\n- [ ] 复盘抽奖环节 负责人：@张伟 <!-- mdreview-disable-line action-due -->\n- [ ] 整理话术库 负责人：@张伟\n';
  const found = rules(HEAD + body).filter((r) => r.endsWith('action-due'));
  assert.deepEqual(found, ['12:action-due']);
});

test('disable … enable spans, and naming rules', () => {
  const body = '\n## 五、改进建议\n\n<!-- mdreview-disable action-due action-owner -->\n- [ ] 一\n<!-- mdreview-enable action-due action-owner -->\n\n- [ ] 二\n';
  const found = rules(HEAD + body).filter((r) => /action-(due|owner)/.test(r));
  assert.deepEqual(found.sort(), ['13:action-due', '13:action-owner']);
});

test('a disable right after the frontmatter also covers frontmatter findings', () => {
  const text = '---\nemployee: 张伟\nreviewer: 王敏\ncycle: 2026-Q9\n---\n<!-- mdreview-disable frontmatter -->\n\n## 一、目标达成情况\n\n内容。\n';
  assert.ok(!rules(text).some((r) => r.endsWith('frontmatter')));
  const later = text.replace('<!-- mdreview-disable frontmatter -->\n\n## 一、目标达成情况\n', '## 一、目标达成情况\n<!-- mdreview-disable frontmatter -->\n');
  assert.ok(rules(later).includes('4:frontmatter'), 'a disable after content starts does not reach back');
});

test('a directive in a table cell past the header\'s columns (no part of the table in GFM) is still read', () => {
  const table = '\n## 一、目标达成情况\n\n| 目标 | 结果 |\n|---|---|\n| 提升转化率 | 还行吧，挺好 |{comment}\n';
  const onRow = (text: string) => rules(text).filter((r) => r.startsWith('11:'));
  assert.ok(onRow(HEAD + table.replace('{comment}', '')).length > 0, 'the row has findings to silence');
  assert.deepEqual(onRow(HEAD + table.replace('{comment}', ' <!-- mdreview-disable-line --> |')), []);
});
