// One runner for all rules: every fixture's findings must equal the expectations written inline in it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../src/core/lint/lint';
import { loadFixtures } from './fixtures';

const TODAY = new Date('2026-11-26T12:00:00');

for (const fixture of loadFixtures(join(__dirname, '../../test/fixtures/rules'))) {
  test(`fixture ${fixture.name}`, () => {
    for (const locale of ['en', 'zh'] as const) {
      const { findings } = lint(fixture.text, { locale, today: TODAY });
      const actual = findings.map((f) => `${f.range.start.line + 1}:${f.ruleId}`).sort();
      const detail = findings.map((f) => `  ${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}`).join('\n');
      assert.deepEqual(actual, fixture.expected, `findings (${locale}):\n${detail}`);
      for (const f of findings) {
        assert.ok(f.message.length > 0, 'every finding has a message');
        if (locale === 'zh' && f.ruleId !== 'frontmatter') assert.match(f.message, /[\u4e00-\u9fff]/, `zh message for ${f.ruleId}`);
      }
    }
  });
}

test('a duplicate key is named in either language', () => {
  const review = '---\nemployee: 张伟\nreviewer: 王敏\nreviewer: 李娜\ncycle: 2026-Q3\n---\n\n## 一、目标达成情况\n\n观看人数 1.2 万。\n';
  for (const [locale, expected] of [['zh', '键 `reviewer` 重复：头信息中每个键只能出现一次。'], ['en', 'Duplicate key `reviewer`: each key may appear only once in the frontmatter.']] as const) {
    const found = lint(review, { locale }).findings.filter((f) => f.ruleId === 'frontmatter');
    assert.deepEqual(found.map((f) => [f.message, f.range.start.line, f.range.start.character, f.range.end.character]), [[expected, 3, 0, 8]]);
  }
});
