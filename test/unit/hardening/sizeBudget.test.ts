// The per-document size budget (issue 14): above 256 KB the language checks are skipped, above 2 MB the
// Markdown body is not parsed; one analysis-limit finding at line 1 says so, and the frontmatter is still checked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANALYSIS_LIMIT, lint } from '../../../src/core/lint/lint';
import { parse } from '../../../src/core/parse/parse';
import { analysisDepth, BODY_BUDGET_BYTES, PROSE_BUDGET_BYTES } from '../../../src/core/parse/sizeBudget';
import { RULES } from '../../../src/core/rules/registry';

const TODAY = new Date('2026-11-26T12:00:00');
// `reviewer` is missing: the frontmatter rule must report it however large the review.
const FM = '---\nemployee: 张三\ncycle: 2026-Q3\nkpis:\n  - name: GMV\n    target: 100\n    actual: abc\n---\n';
// Review-shaped: a few sections whose paragraphs, goals and action items repeat to the size wanted (one list
// per section, as reviews have).
const PARTS: [heading: string, line: string][] = [
  ['## 二、业绩回顾', '本季度直播 GMV 达成 120 万，同比增长 20%，表现很好。Great work overall; keep it up.\n\n'],
  ['## 四、下期目标', '- 下季度把观看人数提升到 12000 人\n'],
  ['## 五、行动计划', '- [ ] 复盘话术 负责人：王五 截止 2026-12-31\n'],
];

function review(bytes: number): string {
  const each = bytes / PARTS.length;
  return FM + PARTS.map(([heading, line]) => `${heading}\n\n${line.repeat(Math.ceil(each / Buffer.byteLength(line)))}\n`).join('');
}

const proseRules = RULES.filter((r) => r.needs === 'prose').map((r) => r.id);
const bodyRules = RULES.filter((r) => r.needs).map((r) => r.id);

function budgetFindings(findings: ReturnType<typeof lint>['findings']) {
  return findings.filter((f) => f.ruleId === ANALYSIS_LIMIT && f.data?.depth);
}

function assertRangesValid(text: string, findings: ReturnType<typeof lint>['findings']) {
  const lineCount = text.split('\n').length;
  for (const f of findings) {
    assert.ok(f.range.start.line >= 0 && f.range.end.line < lineCount, `${f.ruleId} range out of the document`);
    assert.ok(f.range.start.line < f.range.end.line || f.range.start.character <= f.range.end.character, `${f.ruleId} range reversed`);
  }
}

test('a 1.5 MB review is analysed without the language checks, with one finding naming each skipped rule', () => {
  const text = review(1.5 * 1024 * 1024);
  const { doc, findings } = lint(text, { today: TODAY, locale: 'en' });
  assert.equal(doc.depth, 'structure');
  assert.ok(doc.sections.length === PARTS.length && doc.actions.length > 1000, 'the body is still parsed');
  const [budget, ...more] = budgetFindings(findings);
  assert.equal(more.length, 0);
  assert.equal(budget.severity, 'info');
  assert.deepEqual(budget.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  assert.match(budget.message, /^This review is larger than 256 KB/);
  assert.deepEqual(budget.data?.skipped, proseRules);
  for (const id of proseRules) assert.ok(budget.message.includes(id), `${id} is named`);
  const ruleIds = new Set(findings.map((f) => f.ruleId));
  for (const id of proseRules) assert.ok(!ruleIds.has(id), `${id} did not run`);
  assert.ok(findings.some((f) => f.ruleId === 'frontmatter' && f.data?.field === 'reviewer'), 'frontmatter error still reported');
  assert.ok(findings.some((f) => f.ruleId === 'kpi-invalid'), 'KPI data still checked');
  assertRangesValid(text, findings);
});

test('a 10 MB review is checked on its frontmatter only, with the body rules named in both languages', () => {
  const text = review(10 * 1024 * 1024);
  for (const locale of ['en', 'zh'] as const) {
    const { doc, findings } = lint(text, { today: TODAY, locale });
    assert.equal(doc.depth, 'frontmatter');
    assert.equal(doc.sections.length, 0, 'the body is not parsed');
    const [budget, ...more] = budgetFindings(findings);
    assert.equal(more.length, 0);
    assert.match(budget.message, locale === 'en' ? /^This review is larger than 2 MB: only its frontmatter was checked/ : /^此评审大于 2 MB：只检查了 frontmatter/);
    assert.deepEqual(budget.data?.skipped, bodyRules);
    for (const id of bodyRules) assert.ok(budget.message.includes(id), `${id} is named`);
    assert.ok(findings.some((f) => f.ruleId === 'frontmatter' && f.data?.field === 'reviewer'), 'frontmatter error still reported');
    assert.ok(findings.some((f) => f.ruleId === 'kpi-invalid'), 'KPI data still checked');
    assertRangesValid(text, findings);
  }
});

test('rules turned off are not listed as skipped, and a large review with no rule skipped gets no budget finding', () => {
  const text = review(300 * 1024);
  const off = Object.fromEntries(proseRules.map((id) => [id, 'off' as const]));
  assert.deepEqual(budgetFindings(lint(text, { today: TODAY, severities: off }).findings), []);
  const someOff = { ...off, 'goal-smart': 'warning' as const };
  const [budget] = budgetFindings(lint(text, { today: TODAY, severities: someOff }).findings);
  assert.deepEqual(budget.data?.skipped, ['goal-smart']);
});

test('the budgets count UTF-8 bytes, not UTF-16 units', () => {
  const chinese = '评'.repeat(Math.floor(PROSE_BUDGET_BYTES / 3) + 1); // 3 bytes each: just over the budget
  assert.equal(analysisDepth(chinese), 'structure');
  assert.equal(analysisDepth('评'.repeat(Math.floor(PROSE_BUDGET_BYTES / 3))), 'prose');
  assert.equal(analysisDepth('a'.repeat(PROSE_BUDGET_BYTES)), 'prose');
  assert.equal(analysisDepth('a'.repeat(PROSE_BUDGET_BYTES + 1)), 'structure');
  assert.equal(analysisDepth('😀'.repeat(BODY_BUDGET_BYTES / 4)), 'structure'); // a surrogate pair is 4 bytes
  assert.equal(analysisDepth('😀'.repeat(BODY_BUDGET_BYTES / 4) + 'a'), 'frontmatter');
});

test('a review just under the budget is analysed in full', () => {
  const text = review(PROSE_BUDGET_BYTES - 8 * 1024);
  assert.ok(Buffer.byteLength(text) <= PROSE_BUDGET_BYTES);
  const { doc, findings } = lint(text, { today: TODAY });
  assert.equal(doc.depth, 'prose');
  assert.deepEqual(budgetFindings(findings), []);
  assert.ok(findings.some((f) => f.ruleId === 'goal-smart' || f.ruleId === 'vague-feedback'), 'the language checks ran');
  assert.equal(parse(text).depth, 'prose');
});
