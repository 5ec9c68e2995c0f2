import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import { parse } from '../../../src/core/parse/parse';
import { followUpMissingRule } from '../../../src/core/rules/follow-up-missing';
import { kpiRegressionUnexplainedRule } from '../../../src/core/rules/kpi-regression-unexplained';
import { RULES } from '../../../src/core/rules/registry';
import { fixture, fixtureText } from './load';

const rules = [followUpMissingRule, kpiRegressionUnexplainedRule];

function run(text: string, previous: string | undefined, locale: 'en' | 'zh' = 'zh') {
  return lint(text, { locale, rules, history: previous === undefined ? [] : [parse(previous)] }).findings;
}

test('both rules are registered, at the end', () => {
  assert.deepEqual(RULES.slice(-2).map((r) => r.id), ['follow-up-missing', 'kpi-regression-unexplained']);
});

test('no history, no findings', () => {
  assert.deepEqual(run(fixtureText('zh-2026-Q3.md'), undefined), []);
});

test('follow-up-missing: one finding per missed item, at the improvements or outlook heading, item quoted', () => {
  const findings = run(fixtureText('zh-2026-Q3.md'), fixtureText('zh-2026-Q2.md')).filter((f) => f.ruleId === 'follow-up-missing');
  const doc = fixture('zh-2026-Q3.md');
  const improvements = doc.sections.find((s) => s.id === 'improvements')!.headingRange.start.line;
  // 建立选品评审流程 (action) is gone; 学习短视频剪辑 (goal) is not carried but 完成短视频剪辑课程 mentions it.
  assert.deepEqual(findings.map((f) => [f.range.start.line, f.data?.kind]), [[improvements, 'action']]);
  assert.match(findings[0].message, /2026-Q2 的行动项未跟进：“建立选品评审流程/);
  const fix = findings[0].fixes![0];
  assert.equal(fix.edits[0].newText.startsWith('- [ ] 建立选品评审流程'), true);
});

test('follow-up-missing: a dropped goal is reported at the outlook heading, in English too', () => {
  const findings = run(fixtureText('en-2026-H2.md'), fixtureText('en-2026-H1.md'), 'en').filter((f) => f.ruleId === 'follow-up-missing');
  const doc = fixture('en-2026-H2.md');
  const outlook = doc.sections.find((s) => s.id === 'outlook')!.headingRange.start.line;
  const improvements = doc.sections.find((s) => s.id === 'improvements')!.headingRange.start.line;
  assert.deepEqual(findings.map((f) => [f.range.start.line, f.data?.kind]).sort(), [[improvements, 'action'], [outlook, 'goal']].sort());
  assert.ok(findings.some((f) => /Goal of 2026-H1 not followed up: "Document the onboarding process/.test(f.message)));
  assert.ok(findings.some((f) => /Pair with the data team/.test(f.message)));
});

test('follow-up-missing: mentioning the item in the text counts as following up; the quick fix carries it over', () => {
  const prev = fixtureText('en-2026-H1.md');
  const now = fixtureText('en-2026-H2.md').replace('Traffic peaked in November.', 'Traffic peaked in November. We paired with the data team on weekly dashboards. The onboarding process is documented.');
  assert.deepEqual(run(now, prev, 'en').filter((f) => f.ruleId === 'follow-up-missing'), []);
  const findings = run(fixtureText('en-2026-H2.md'), prev, 'en').filter((f) => f.ruleId === 'follow-up-missing');
  let fixed = fixtureText('en-2026-H2.md');
  const doc = parse(fixed);
  for (const edit of findings.flatMap((f) => f.fixes![0].edits).sort((a, b) => b.range.start.line - a.range.start.line)) {
    const offset = doc.lines.offset(edit.range.start);
    fixed = fixed.slice(0, offset) + edit.newText + fixed.slice(offset);
  }
  assert.deepEqual(run(fixed, prev, 'en').filter((f) => f.ruleId === 'follow-up-missing'), []);
});

test('follow-up-missing: a goal counts as followed up when a paragraph names its KPI with its target or its key words', () => {
  const kpis = 'kpis:\n  - { name: 观看人数, target: 95万, actual: 97万 }\n  - { name: 用户留存率, target: 33%, actual: 33.5% }\n';
  const prev = `---\nemployee: 李娜\ncycle: 2026-Q2\n${kpis}---\n## 六、总结与展望\n\n- 2026-09-30 前，把观看人数从 86 万提升到 95 万：每周产出 3 条试色切片短视频导流。\n- 把用户留存率从 32% 提升到 33%：粉丝群每场开播前 2 小时预告。\n`;
  const head = `---\nemployee: 李娜\ncycle: 2026-Q3\n${kpis}---\n## 一、目标达成情况\n\n`;
  const tail = '\n\n## 六、总结与展望\n\n- 把销售额提升到 500 万\n';
  const missed = (body: string) => run(head + body + tail, prev).filter((f) => f.ruleId === 'follow-up-missing').map((f) => f.data?.item);
  assert.deepEqual(missed('观看人数 97 万，目标 95 万，达成。用户留存率 33.5%，粉丝群开播预告每场带来约 400 名老粉回访。'), []);
  // The KPI alone, with neither the target nor the plan, is no follow-up.
  assert.equal(missed('观看人数 97 万。用户留存率 33.5%。').length, 2);
});

test('follow-up-missing: a follow-up in other words counts when it repeats what is particular to the item', () => {
  const prev = '---\nemployee: 吴佳\ncycle: 2026-H1\n---\n## 五、改进建议\n\n- [ ] 与仓储组建立每日异常件同步机制，负责人：吴佳，2026 年 8 月 15 日前上线\n- [ ] 整理新人接线话术手册，9 月底前\n';
  const now = (body: string) => `---\nemployee: 吴佳\ncycle: 2026-H2\n---\n## 一、目标达成情况\n\n${body}\n\n## 五、改进建议\n\n- [ ] 夜班排班表 12 月底前定稿，吴佳负责\n`;
  const missed = (body: string) => run(now(body), prev).filter((f) => f.ruleId === 'follow-up-missing').map((f) => String(f.data?.item));
  // 异常件 and 仓储 are named in one paragraph only: it is about the old item, though no phrase is repeated.
  assert.deepEqual(missed('跟仓储那边每天对异常件这个事，8 月中就跑起来了，核实从 6 个小时缩到 2 个小时以内。'), ['整理新人接线话术手册，9 月底前']);
  // Words the whole review uses everywhere say nothing about the item.
  assert.equal(missed('本期每天都在直播，数据见上表。').length, 2);
});

test('follow-up-missing: a table row is read whole, and a short item needs half of its own terms', () => {
  const prev = '---\nemployee: Jade\ncycle: 2026-Q2\nkpis:\n  - { name: 上架准确率, target: 99.5%, actual: 99.1% }\n---\n## 六、总结与展望\n\n- 三季度上架准确率保持在 99.5% 以上\n- Get better at motion graphics.\n';
  const now = (body: string) => `---\nemployee: Jade\ncycle: 2026-Q3\nkpis:\n  - { name: 上架准确率, target: 99.5%, actual: 99.8% }\n---\n## 一、目标达成情况\n\n${body}\n`;
  const missed = (body: string) => run(now(body), prev).filter((f) => f.ruleId === 'follow-up-missing').map((f) => String(f.data?.item));
  assert.deepEqual(missed('| 指标 | 目标 | 实际 | 结论 |\n| --- | --- | --- | --- |\n| 上架准确率 | 99.5% | 99.8% | 达标 |\n\nJade took the Motion Design School course in October.'), []);
  assert.deepEqual(missed('Jade took a course in October.'), ['三季度上架准确率保持在 99.5% 以上', 'Get better at motion graphics.']);
});

test('kpi-regression-unexplained: worse KPI not mentioned in data/goals → finding at its actual value', () => {
  const findings = run(fixtureText('zh-2026-Q3.md'), fixtureText('zh-2026-Q2.md')).filter((f) => f.ruleId === 'kpi-regression-unexplained');
  const doc = fixture('zh-2026-Q3.md');
  const conversion = doc.kpis.find((k) => k.id === 'conversion-rate')!;
  const returns = doc.kpis.find((k) => k.id === 'return-rate')!;
  assert.deepEqual(findings.map((f) => f.range), [conversion.actualRange, returns.actualRange]);
  assert.match(findings[0].message, /“销售转化率”比 2026-Q2 变差（3\.2% → 3\.0%）/);
  assert.deepEqual(findings[1].data, { kpi: 'return-rate', previous: 6, current: 7, previousCycle: '2026-Q2', better: 'lower' });
});

test('kpi-regression-unexplained: a mention by name or id in the data section explains it; other sections do not', () => {
  const base = fixtureText('zh-2026-Q3.md');
  const explained = base.replace('晚间峰值更高。', '晚间峰值更高。销售转化率下降因选品调整；return-rate 上升因大促退货。');
  assert.deepEqual(run(explained, fixtureText('zh-2026-Q2.md')).filter((f) => f.ruleId === 'kpi-regression-unexplained'), []);
  // This cycle's figure with a direction explains the KPI under another name (转化 3.0%).
  const byFigure = base.replace('晚间峰值更高。', '晚间峰值更高。转化 3.0%，比上季度低了，因为选品调整。');
  assert.deepEqual(run(byFigure, fixtureText('zh-2026-Q2.md')).filter((f) => f.ruleId === 'kpi-regression-unexplained').map((f) => f.data?.kpi), ['return-rate']);
  const elsewhere = base.replace('场控与主播配合顺畅。', '销售转化率与退货率变差。');
  assert.equal(run(elsewhere, fixtureText('zh-2026-Q2.md')).filter((f) => f.ruleId === 'kpi-regression-unexplained').length, 2);
  const en = run(fixtureText('en-2026-H2.md'), fixtureText('en-2026-H1.md'), 'en').filter((f) => f.ruleId === 'kpi-regression-unexplained');
  assert.deepEqual(en, []);
});

test('a broken previous review never makes the rules throw', () => {
  for (const prev of ['', '---\nkpis: [ {name: x\n---\n- [ ] a\n', '---\n---\n', '# 😀\r\n- [ ] ✅ 负责人：@a\r\n']) {
    const findings = run(fixtureText('zh-2026-Q3.md'), prev);
    assert.ok(!findings.some((f) => f.ruleId === 'rule-error'), prev);
  }
});

test('follow-up-missing quotes an old action as a reader would: no owner or due fields, no deadline clause at its end', () => {
  const quoted = (item: string) => {
    const previous = `---\nemployee: 张三\ncycle: 2026-Q2\n---\n\n## 四、待改进\n\n- [ ] ${item}\n`;
    const current = '---\nemployee: 张三\ncycle: 2026-Q3\n---\n\n## 四、待改进\n\n- [ ] 另一件事 负责人：张三 截止：2026-12-31\n';
    const [finding] = run(current, previous, 'en').filter((f) => f.ruleId === 'follow-up-missing');
    return /"(.*)"/u.exec(finding.message)![1];
  };
  assert.equal(quoted('Set up a co-streaming pilot with two creator partners Owner: @alex Due: 2026-09-30'), 'Set up a co-streaming pilot with two creator partners');
  assert.equal(quoted('Document the month-end close steps (Owner: Omar) by 2026-11-15'), 'Document the month-end close steps by 2026-11-15');
  assert.equal(quoted('Renegotiate the agency fee cap to 18% — Priya will drive this, by November 30.'), 'Renegotiate the agency fee cap to 18% — Priya will drive this');
  assert.equal(quoted('制定日常场的福袋与秒杀节奏表 负责人：@张伟 截止：2026-07-31'), '制定日常场的福袋与秒杀节奏表');
  assert.equal(quoted('做一张退货原因分类表，周婷负责，10 月 15 日前'), '做一张退货原因分类表，周婷负责');
  // An owner or a deadline inside the sentence stays, or the quote would not read.
  assert.equal(quoted('Operations team to renegotiate the courier contract in Q1'), 'Operations team to renegotiate the courier contract in Q1');
  assert.equal(quoted('交给排班的孔明'), '交给排班的孔明');
});

test('follow-up-missing: a KPI table row with a verdict cell follows up the goal of that KPI', () => {
  const kpis = 'kpis:\n  - { name: Pick accuracy, id: pick-accuracy, unit: "%", target: 99.6%, actual: 99.7% }\n';
  const previous = `---\nemployee: Luis\ncycle: 2026-Q2\ntemplate: general\n${kpis}---\n\n## Summary and outlook\n\n- Keep pick accuracy at or above 99.5% through Q3.\n`;
  const table = (verdict: string) =>
    `---\nemployee: Luis\ncycle: 2026-Q3\ntemplate: general\n${kpis}---\n\n## Goal attainment\n\n| KPI | Target | Actual | Verdict |\n| --- | --- | --- | --- |\n| Pick accuracy | 99.6% | 99.7% | ${verdict} |\n`;
  const missed = (text: string) => run(text, previous, 'en').filter((f) => f.ruleId === 'follow-up-missing').length;
  assert.equal(missed(table('Met')), 0);
  assert.equal(missed(table('see notes')), 1);
});
