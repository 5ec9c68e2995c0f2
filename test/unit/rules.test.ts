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
