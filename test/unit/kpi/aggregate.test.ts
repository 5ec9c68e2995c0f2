import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kpiAggregate, sessionTarget } from '../../../src/core/kpi/aggregate';
import { isMet } from '../../../src/core/kpi/attainment';
import { lint } from '../../../src/core/lint/lint';
import { parse } from '../../../src/core/parse/parse';
import { buildPreviewModel } from '../../../src/core/preview/buildModel';
import { formatDelta } from '../../../src/core/preview/format';

const review = (kpis: string) => `---\nemployee: 李娜\nreviewer: 王芳\ncycle: 2026-Q3\ntemplate: livestream-ops\nkpis:\n${kpis}---\n\n## 一、目标达成情况\n\n正文。\n`;

test('additive KPIs sum their sessions; rates, averages and durations are a mean', () => {
  assert.equal(kpiAggregate(undefined, '人', '观看人数'), 'sum');
  assert.equal(kpiAggregate(undefined, '元', '销售额'), 'sum');
  assert.equal(kpiAggregate(undefined, 'orders', 'Orders'), 'sum');
  assert.equal(kpiAggregate(undefined, 'USD', 'GMV'), 'sum');
  assert.equal(kpiAggregate(undefined, '%', '销售转化率'), 'mean');
  assert.equal(kpiAggregate(undefined, 'min', 'Average watch time'), 'mean');
  assert.equal(kpiAggregate(undefined, '分钟', '停留时间'), 'mean');
  assert.equal(kpiAggregate(undefined, undefined, '用户留存率'), 'mean');
  assert.equal(kpiAggregate(undefined, '元/人', '客单价'), 'mean');
  // A peak is its highest session, whatever its unit.
  assert.equal(kpiAggregate(undefined, '人', '峰值在线'), 'max');
  assert.equal(kpiAggregate(undefined, 'viewers', 'Peak concurrent viewers'), 'max');
  assert.equal(kpiAggregate(undefined, '人', '最高在线人数'), 'max');
  // Declared wins over the guess, either way.
  assert.equal(kpiAggregate('mean', '人', '峰值在线'), 'mean');
  assert.equal(kpiAggregate('SUM', '%', 'x'), 'sum');
});

test('a session of an additive KPI is held to its share of the target, a session of a rate to the whole target', () => {
  const [viewers, rate, peak] = parse(
    review(
      '  - { name: 观看人数, unit: 人, target: 90万, actual: 97万, sessions: [30万, 31万, 36万] }\n' +
        '  - { name: 转化率, unit: "%", target: 2.8%, actual: 2.4%, sessions: [2.2%, 2.5%, 2.5%] }\n' +
        '  - { name: 峰值在线, unit: 人, aggregate: mean, target: 5000, actual: 5200, sessions: [4800, 5600] }\n',
    ),
  ).kpis;
  assert.equal(viewers.aggregate, 'sum');
  assert.equal(sessionTarget(viewers), 300_000);
  assert.equal(sessionTarget(rate), 2.8);
  assert.equal(peak.aggregate, 'mean');
  assert.equal(sessionTarget(peak), 5000);
});

test('the preview draws sessions against their target and says how it follows from the cycle target', () => {
  const text = review('  - { name: 观看人数, unit: 人, target: 90万, actual: 97万, sessions: [30万, 31万, 36万] }\n');
  const m = buildPreviewModel({ text, uri: 'u', fileName: 'f', locale: 'en', locked: false, findings: 0 });
  assert.equal(m.kind, 'review');
  if (m.kind !== 'review') return;
  const k = m.kpis[0];
  assert.equal(k.sessionTarget, 300_000);
  assert.match(k.sessionNote ?? '', /30万人.*90万人.*3 sessions/);
  // Numbers follow the review's language (Chinese) even with the UI in English.
  assert.equal(m.numberLocale, 'zh');
  assert.equal(k.actualText, '97万人');
  assert.deepEqual(k.sessions.map((s) => s.text), ['30万人', '31万人', '36万人']);
});

test('a zero target of a higher-is-better KPI is neither met nor missed; of a lower-is-better KPI it is a real bar', () => {
  assert.equal(isMet(0, 0, 'higher'), undefined);
  assert.equal(isMet(0, 5, 'higher'), undefined);
  assert.equal(isMet(0, 0, 'lower'), true);
  assert.equal(isMet(0, 1, 'lower'), false);
  assert.equal(isMet(10, 10, 'higher'), true);
  const m = buildPreviewModel({ text: review('  - { name: 观看人数, unit: 人, target: 0, actual: 0 }\n  - { name: 客诉, better: lower, target: 0, actual: 0 }\n'), uri: 'u', fileName: 'f', locale: 'zh', locked: false, findings: 0 });
  if (m.kind !== 'review') return assert.fail(m.kind);
  assert.deepEqual(m.kpis.map((k) => k.met), [undefined, true]);
  assert.equal(m.summary.met, 1);
});

test('changes between percentages are in percentage points', () => {
  assert.equal(formatDelta(0.3, '%', 'en'), '+0.3 pp');
  assert.equal(formatDelta(-0.25, '%', 'zh'), '-0.25个百分点');
  assert.equal(formatDelta(110_000, '人', 'zh'), '+11万人');
  assert.equal(formatDelta(-52_000, 'USD', 'en'), '-52k USD');
});

test('the frontmatter rule names an aggregate that is not sum, mean or max', () => {
  const { findings } = lint(review('  - { name: 观看人数, unit: 人, aggregate: total, target: 90万, actual: 97万 }\n'), { locale: 'en' });
  const f = findings.find((x) => x.ruleId === 'frontmatter' && (x.data as { field?: string } | undefined)?.field === 'kpis[0].aggregate');
  assert.ok(f, findings.map((x) => x.message).join('\n'));
  assert.match(f.message, /sum .*, mean .* or max/);
  assert.ok(!lint(review('  - { name: 观看人数, unit: 人, aggregate: sum, target: 90万, actual: 97万 }\n')).findings.some((x) => x.ruleId === 'frontmatter'));
});
