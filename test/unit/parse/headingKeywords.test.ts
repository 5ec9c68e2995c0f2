import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../../src/core/parse/parse';

const ids = (body: string) => parse(`---\nemployee: 李娜\ncycle: 2026-Q4\ntemplate: livestream-ops\n---\n${body}`).sections.map((s) => `${s.heading}=${s.id ?? '-'}`);

test('headings no alias matches are read by their key words', () => {
  assert.deepEqual(ids('## 二、业绩回顾\n\nx\n\n## （四）成长与学习计划\n\nx\n\n## 六、下一阶段目标\n\n- x\n'), ['二、业绩回顾=goals', '（四）成长与学习计划=growth', '六、下一阶段目标=outlook']);
});

test('key words neither take a section already named nor read titles or sub-headings', () => {
  assert.deepEqual(ids('# 2026 Q4 绩效面谈\n\n## 一、目标达成情况\n\nx\n\n### 目标拆解\n\nx\n\n## 绩效回顾\n\nx\n\n## 附录\n\nx\n'), ['2026 Q4 绩效面谈=-', '一、目标达成情况=goals', '目标拆解=-', '绩效回顾=-', '附录=-']);
});

test('goals under a heading read as the outlook are goals', () => {
  const doc = parse('---\nemployee: Dana\ncycle: 2026-Q4\ntemplate: general\n---\n## Results\n\nx\n\n## Looking ahead\n\n- Raise NPS to 40 by Q2\n');
  assert.deepEqual(doc.goals.map((g) => g.block.text), ['Raise NPS to 40 by Q2']);
});
