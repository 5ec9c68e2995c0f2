import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, type LintOptions } from '../../../src/core/lint/lint';
import type { Finding } from '../../../src/core/lint/types';
import { positiveFeedbackMissingRule } from '../../../src/core/rules/positive-feedback-missing';
import { builtinTemplateText } from '../../../src/core/templates/template';

function run(text: string, options: LintOptions = {}): Finding[] {
  return lint(text, { rules: [positiveFeedbackMissingRule], ...options }).findings;
}

const NO_PRAISE_ZH = `---
employee: 李娜
cycle: 2026-Q3
---

## 一、目标达成情况

观看人数 9800，未达到 12000 的目标。

## 六、总结与展望

- 2026-12-31 前将观看人数提升到 12000
`;

test('a review without any strength gets one finding at the outlook heading', () => {
  const zh = run(NO_PRAISE_ZH, { locale: 'zh' });
  assert.equal(zh.length, 1);
  assert.deepEqual(zh[0].range, { start: { line: 9, character: 0 }, end: { line: 9, character: 10 } });
  assert.ok(zh[0].message.includes('也应包含对员工表现良好的部分的肯定'));
  const [en] = run(NO_PRAISE_ZH, { locale: 'en' });
  assert.match(en.message, /^The review names no strength\./);
  assert.doesNotMatch(en.message, /seed|[\u4e00-\u9fff]/u, 'the English message is English only, with no internal words');
});

test('any strength, in either language, anywhere in the body, satisfies the rule', () => {
  for (const line of ['开场话术是本季度的亮点。', '销售额达成率 110%。', 'GMV 完成 120 万元，目标 100 万元。', 'Her biggest strength is preparation.', 'Conversion improved by 0.6 points.', 'Revenue attainment 104%.']) {
    assert.deepEqual(run(NO_PRAISE_ZH.replace('观看人数 9800，未达到 12000 的目标。', line)), [], line);
  }
});

test('negated praise, attainment below 100% and template prompts do not count', () => {
  for (const line of ['本季度没有进步。', '销售额达成率 82%。', 'Retention has not improved.']) {
    assert.equal(run(NO_PRAISE_ZH.replace('观看人数 9800，未达到 12000 的目标。', line)).length, 1, line);
  }
  // The scaffold's prompts mention 做得好 / strengths, but they are prompts, not praise.
  assert.equal(run(builtinTemplateText('livestream-ops')!).length, 1);
  assert.equal(run(builtinTemplateText('general')!).length, 1);
});

test('anchors to a summary heading, else to the first line; nothing on an empty draft', () => {
  const summary = '## 数据分析\n\n观看人数 9800。\n\n## 总结\n\n下季度继续。\n';
  assert.equal(run(summary)[0].range.start.line, 4);
  const bare = 'Just some notes without headings.\n';
  assert.deepEqual(run(bare)[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 33 } });
  assert.deepEqual(run(''), []);
  assert.deepEqual(run('---\nemployee: x\n---\n'), []);
});
