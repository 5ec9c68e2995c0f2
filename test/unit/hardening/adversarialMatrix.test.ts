// The 100 KB adversarial matrix of issue 14: a run of one character class (100 KB) in each place of a review
// where text stands, through the full lint(). Each must finish, without a failed rule, well inside a generous
// limit: a loaded 2-core machine must not make this flaky; `npm run bench` measures the budgets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MATRIX_UNITS, PLACES } from '../../../scripts/fuzz/inputs.mjs';
import { lint } from '../../../src/core/lint/lint';

const TODAY = new Date('2026-11-26T12:00:00');
const RUN = 100 * 1024;
const NO_HANG_MS = 30_000;

// Runs of 100 KB characters (the input is larger: a run stands twice in the frontmatter and a table row).
for (const unit of MATRIX_UNITS) {
  test(`100 KB of ${JSON.stringify(unit)} in every place lints without a hang`, { timeout: 6 * 4 * NO_HANG_MS }, () => {
    const run = unit.repeat(Math.ceil(RUN / unit.length)).slice(0, RUN);
    for (const [place, make] of Object.entries(PLACES)) {
      const start = performance.now();
      const { findings } = lint(make(run), { today: TODAY, locale: 'zh' });
      assert.ok(performance.now() - start < NO_HANG_MS, `${place}: far over budget`);
      assert.ok(!findings.some((f) => f.ruleId === 'rule-error'), `${place}: no rule failed`);
    }
  });
}

// Block structures repeated in a review's body. A parser that is quadratic in them (micromark took 2.9 s for 4,000
// short lists between paragraphs, 94 KB, and would take about a minute for 16,000) fails the limit at 16,000.
const STRUCTURES: Record<string, (i: number) => string> = {
  'short lists between paragraphs': (i) => `para ${i}\n\n- item ${i}\n\n`,
  'block quotes between paragraphs': (i) => `> quote ${i}\n\npara ${i}\n\n`,
  'one-row tables': (i) => `| a | b |\n| - | - |\n| ${i} | x |\n\n`,
  'HTML comments': (i) => `<!-- c ${i} -->\n\n`,
  'task items': (i) => `- [ ] 张三 ${i} 负责\n\n`,
  'headings': (i) => `## 二、数据分析 ${i}\n\n`,
};

for (const [name, unit] of Object.entries(STRUCTURES)) {
  test(`4,000 and 16,000 ${name} in a review's body lint without a hang`, { timeout: 2 * 2 * NO_HANG_MS }, () => {
    for (const count of [4000, 16000]) {
      const text = PLACES.paragraph(Array.from({ length: count }, (_, i) => unit(i)).join(''));
      const start = performance.now();
      const { findings } = lint(text, { today: TODAY, locale: 'zh' });
      assert.ok(performance.now() - start < NO_HANG_MS, `${count}: far over budget`);
      assert.ok(!findings.some((f) => f.ruleId === 'rule-error'), `${count}: no rule failed`);
    }
  });
}
