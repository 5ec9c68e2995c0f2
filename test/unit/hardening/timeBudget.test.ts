// The per-document time budget (issue 14 §2): once a document's parse and rules have taken TIME_BUDGET_MS, the
// rules that read beyond the frontmatter are not started; one analysis-limit finding names them in zh and en.
// The clock is a fake advanced by the rules themselves, so nothing here depends on the machine's speed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANALYSIS_LIMIT, deadlineFrom, lint, lintDocument, ranOutOfTime, TIME_BUDGET_MS } from '../../../src/core/lint/lint';
import type { Rule } from '../../../src/core/lint/types';
import { parse } from '../../../src/core/parse/parse';
import { RULES } from '../../../src/core/rules/registry';

const TODAY = new Date('2026-11-26T12:00:00');
const TEXT = '---\nemployee: 张三\ncycle: 2026-Q3\n---\n\n## 二、业绩回顾\n\n表现很好。\n\n## 五、行动计划\n\n- [ ] 复盘话术\n';

/** The registry's rules, each advancing the fake clock by `costOf(rule)` ms when it runs; `ran` lists them. */
function timedRules(costOf: (rule: Rule) => number) {
  let now = 0;
  const ran: string[] = [];
  const rules = RULES.map((rule) => ({
    ...rule,
    check(context: Parameters<Rule['check']>[0]) {
      ran.push(rule.id);
      now += costOf(rule);
      rule.check(context);
    },
  }));
  return { rules, ran, clock: () => now };
}

const bodyRules = RULES.filter((r) => r.needs).map((r) => r.id);
const timeFindings = (findings: ReturnType<typeof lint>['findings']) => findings.filter((f) => f.ruleId === ANALYSIS_LIMIT && f.data?.timeBudgetMs);

test('within the budget every rule runs and nothing is said', () => {
  const { rules, ran, clock } = timedRules(() => 10);
  const doc = parse(TEXT, { today: TODAY });
  const findings = lintDocument(doc, { rules, deadline: deadlineFrom(clock), locale: 'en' });
  assert.deepEqual(ran, RULES.map((r) => r.id));
  assert.deepEqual(timeFindings(findings), []);
  assert.equal(ranOutOfTime(findings), false);
  assert.deepEqual(findings, lintDocument(doc, { locale: 'en' }), 'the same findings as without a deadline');
});

test('a slow rule uses up the budget: the slow rules after it are skipped and named, cheap ones still run', () => {
  const slow = 'section-order';
  const { rules, ran, clock } = timedRules((rule) => (rule.id === slow ? TIME_BUDGET_MS + 1 : 1));
  const doc = parse(TEXT, { today: TODAY });
  const findings = lintDocument(doc, { rules, deadline: deadlineFrom(clock), locale: 'en' });
  const after = RULES.slice(RULES.findIndex((r) => r.id === slow) + 1);
  const skipped = after.filter((r) => r.needs).map((r) => r.id);
  assert.ok(skipped.length >= 5, 'the language rules come after the structure rules');
  assert.deepEqual(ran, RULES.map((r) => r.id).filter((id) => !skipped.includes(id)), 'frontmatter, placeholder and kpi-invalid still run');
  const [limit, ...more] = timeFindings(findings);
  assert.equal(more.length, 0);
  assert.equal(limit.severity, 'info');
  assert.deepEqual(limit.data, { timeBudgetMs: TIME_BUDGET_MS, skipped });
  assert.equal(limit.message, `This review took more than ${TIME_BUDGET_MS / 1000} s to analyse: ${skipped.join(', ')} were not run`);
  assert.equal(ranOutOfTime(findings), true);
  const again = timedRules((rule) => (rule.id === slow ? TIME_BUDGET_MS + 1 : 1));
  const zh = lintDocument(doc, { rules: again.rules, deadline: deadlineFrom(again.clock), locale: 'zh' });
  assert.ok(zh.some((f) => f.ruleId === ANALYSIS_LIMIT && f.message.startsWith(`此评审的分析超过 ${TIME_BUDGET_MS / 1000} 秒：未运行 `)), 'Chinese message');
});

test('time spent parsing counts: a parse that took the whole budget leaves only the frontmatter rules', () => {
  const { rules, ran, clock } = timedRules(() => 0);
  const findings = lintDocument(parse(TEXT, { today: TODAY }), { rules, deadline: deadlineFrom(clock, TIME_BUDGET_MS + 1), locale: 'en' });
  assert.deepEqual(ran, RULES.filter((r) => !r.needs).map((r) => r.id));
  assert.deepEqual(timeFindings(findings)[0].data?.skipped, bodyRules);
});

test('rules switched off are not named as skipped', () => {
  const { rules, clock } = timedRules((rule) => (rule.id === 'frontmatter' ? TIME_BUDGET_MS + 1 : 0));
  const findings = lintDocument(parse(TEXT, { today: TODAY }), { rules, deadline: deadlineFrom(clock), locale: 'en', config: { rules: { 'goal-smart': 'off' } } });
  assert.deepEqual(timeFindings(findings)[0].data?.skipped, bodyRules.filter((id) => id !== 'goal-smart'));
});
