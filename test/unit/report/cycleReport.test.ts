import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import { buildCycleReport, overallAttainment } from '../../../src/core/report/cycleReport';
import { placedSummary, summarizeReview, type ReviewSummary } from '../../../src/core/report/summary';

interface Spec {
  employee?: string;
  cycle?: string;
  status?: string;
  kpis?: string[];
  body?: string;
}

function review({ employee = 'Alex Chen', cycle = '2026-Q3', status, kpis = [], body = '' }: Spec): string {
  const fm = [`employee: ${employee}`, 'reviewer: Maria Lopez', `cycle: ${cycle}`, ...(status ? [`status: ${status}`] : []), ...(kpis.length ? ['kpis:', ...kpis.map((k) => `  - ${k}`)] : [])];
  return `---\n${fm.join('\n')}\n---\n\n# Review\n\n${body}`;
}

function summary(file: string, spec: Spec): ReviewSummary {
  const { doc, findings } = lint(review(spec), { today: new Date(2026, 9, 15) });
  return summarizeReview(file, doc, findings, {});
}

test('people reviewed last cycle without a review this cycle are missing; new people are not', () => {
  const report = buildCycleReport([
    summary('q2/a.md', { employee: 'Alex Chen', cycle: '2026-Q2' }),
    summary('q2/b.md', { employee: '张伟', cycle: '2026-Q2' }),
    summary('q1/c.md', { employee: 'Left Long Ago', cycle: '2026-Q1' }),
    summary('q3/a.md', { employee: 'alex  chen', cycle: '2026年第三季度' }),
    summary('q3/d.md', { employee: 'New Hire', cycle: '2026-Q3' }),
  ]);
  assert.equal(report.cycle, '2026-Q3');
  assert.equal(report.previousCycle, '2026-Q2');
  assert.deepEqual(report.missing.map((m) => [m.employee, m.cycle, m.file]), [['张伟', '2026-Q2', 'q2/b.md']]);
  assert.deepEqual(report.rows.map((r) => r.file), ['q3/a.md', 'q3/d.md']);
  assert.equal(report.rows[0].previous?.file, 'q2/a.md', 'the same person despite spacing and case');
  assert.deepEqual(report.cycles, ['2026-Q1', '2026-Q2', '2026-Q3']);
  assert.equal(report.totals.missing, 1);
});

test('an earlier cycle can be chosen, in either spelling', () => {
  const summaries = [summary('q2/a.md', { cycle: '2026-Q2' }), summary('q3/a.md', { cycle: '2026-Q3' })];
  const report = buildCycleReport(summaries, '2026年第二季度');
  assert.equal(report.cycle, '2026-Q2');
  assert.equal(report.previousCycle, undefined);
  assert.deepEqual(report.missing, []);
  assert.deepEqual(report.rows.map((r) => r.file), ['q2/a.md']);
});

test('two reviews of one person in a cycle are duplicates, both kept', () => {
  const report = buildCycleReport([summary('q3/a.md', { employee: 'Alex Chen' }), summary('q3/a-copy.md', { employee: 'Alex Chen' }), summary('q3/b.md', { employee: 'Bo' })]);
  assert.deepEqual(report.duplicates, [{ employee: 'Alex Chen', files: ['q3/a-copy.md', 'q3/a.md'] }]);
  assert.deepEqual(report.rows.map((r) => r.duplicate), [true, true, false]);
});

test('status values: submitted and final are done, draft, other words and no status are open', () => {
  const report = buildCycleReport([
    summary('a.md', { employee: 'A', status: 'draft' }),
    summary('b.md', { employee: 'B', status: 'submitted' }),
    summary('c.md', { employee: 'C', status: 'final' }),
    summary('d.md', { employee: 'D', status: 'calibrating' }),
    summary('e.md', { employee: 'E' }),
  ]);
  assert.deepEqual(report.rows.map((r) => [r.status, r.done]), [['draft', false], ['submitted', true], ['final', true], ['calibrating', false], [undefined, false]]);
  assert.deepEqual(report.totals.statuses, { draft: 1, submitted: 1, final: 1, calibrating: 1, '': 1 });
  assert.equal(report.totals.done, 2);
  assert.equal(report.totals.open, 3);
  // The frontmatter rule rejects an unknown status at error level: the row counts it.
  assert.ok(report.rows[3].findings.error >= 1);
  assert.equal(report.rows[3].rules.frontmatter, 1);
  assert.ok(report.totals.withErrors >= 1);
});

test('attainment is direction-aware: for better: lower, less than the target is over 100%', () => {
  const s = summary('a.md', { kpis: ['{ name: Return rate, unit: "%", target: 8%, actual: 6.4%, better: lower }', '{ name: Cost per order, target: 10, actual: 12.5, better: lower }', '{ name: Revenue, target: 100, actual: 90 }'] });
  const [returns, cost, revenue] = s.kpis;
  assert.equal(returns.attainment, 1.25);
  assert.equal(returns.met, true);
  assert.equal(cost.attainment, 0.8);
  assert.equal(cost.met, false);
  assert.equal(revenue.attainment, 0.9);
  const report = buildCycleReport([s]);
  assert.equal(report.rows[0].missedKpis, 2);
  assert.ok(Math.abs(report.rows[0].overall! - (1.25 + 0.8 + 0.9) / 3) < 1e-9);
  assert.equal(report.totals.withMissedKpis, 1);
  assert.deepEqual(report.kpis.map((k) => [k.name, k.better]), [['Cost per order', 'lower'], ['Return rate', 'lower'], ['Revenue', 'higher']]);
});

test('overall attainment caps a runaway KPI at 200% and ignores KPIs without numbers', () => {
  assert.equal(overallAttainment([{ key: 'a', name: 'a', better: 'higher', attainment: 10 }, { key: 'b', name: 'b', better: 'higher', attainment: 1 }, { key: 'c', name: 'c', better: 'higher' }]), 1.5);
  assert.equal(overallAttainment([]), undefined);
});

test('the distribution puts each person in one band; change is against the previous cycle', () => {
  const report = buildCycleReport([
    summary('q2/a.md', { employee: 'A', cycle: '2026-Q2', kpis: ['{ name: GMV, target: 100, actual: 80 }'] }),
    summary('q3/a.md', { employee: 'A', kpis: ['{ name: GMV, target: 100, actual: 95 }'] }),
    summary('q3/b.md', { employee: 'B', kpis: ['{ name: GMV, target: 100, actual: 130 }'] }),
    summary('q3/c.md', { employee: 'C', kpis: ['{ name: GMV, target: 100, actual: 50 }'] }),
    summary('q3/d.md', { employee: 'D' }),
  ]);
  assert.deepEqual(report.distribution.map((b) => b.count), [1, 0, 0, 1, 0, 0, 1]);
  assert.equal(report.rows[0].previous?.overall, 0.8);
  assert.equal(report.rows[0].previous?.kpis['name:gmv'], 0.8);
});

test('goals, SMART goals, open action items and missing follow-ups are counted', () => {
  const earlier = lint(review({ cycle: '2026-Q2', body: '## Summary and outlook\n\n- Launch a weekly unboxing series of 12 streams by 2026-09-30.\n' }), { today: new Date(2026, 6, 1) });
  const body = [
    '## Improvements',
    '',
    '- [ ] Write a checklist Owner: @alex Due: 2026-11-30',
    '- [x] Fix the lights Owner: @alex Due: 2026-10-01',
    '',
    '## Summary and outlook',
    '',
    '- Raise revenue from $1.45M to $1.6M by 2026-12-31.',
    '- Get better.',
  ].join('\n');
  const { doc, findings } = lint(review({ body }), { today: new Date(2026, 9, 15), history: [earlier.doc] });
  const s = summarizeReview('a.md', doc, findings, {});
  assert.equal(s.goals, 2);
  assert.equal(s.smartGoals, 1);
  assert.equal(s.openActions, 1);
  assert.equal(s.followUpsMissing, findings.filter((f) => f.ruleId === 'follow-up-missing').length);
  assert.ok(s.followUpsMissing >= 1, 'last cycle’s revenue goal is not followed up');
  assert.equal(summarizeReview('a.md', doc, findings, { severities: { 'goal-smart': 'off' } }).smartGoals, undefined);
});

test('files without employee or cycle are listed, not placed; no cycle at all gives an empty report', () => {
  const broken = summarizeReview('broken.md', lint('---\nfoo: [\n---\n# x\n').doc, [], {});
  const report = buildCycleReport([broken]);
  assert.equal(report.cycle, undefined);
  assert.deepEqual(report.rows, []);
  assert.deepEqual(report.unplaced, ['broken.md']);
});

test('reviews of other cycles known only by person and cycle give the same report as parsed ones', () => {
  const specs: [string, Spec][] = [
    ['q1/a.md', { employee: 'Alex Chen', cycle: '2026-Q1', kpis: ['{ name: 营收, target: 100, actual: 90 }'] }],
    ['q2/a.md', { employee: 'Alex Chen', cycle: '2026-Q2', kpis: ['{ name: 营收, target: 100, actual: 120 }'] }],
    ['q2/b.md', { employee: '张伟', cycle: '2026-Q2' }],
    ['q3/a.md', { employee: 'Alex Chen', cycle: '2026-Q3', status: 'final', kpis: ['{ name: 营收, target: 100, actual: 110 }'] }],
    ['q4/a.md', { employee: 'Alex Chen', cycle: '2026年第四季度' }],
  ];
  const full = specs.map(([file, spec]) => summary(file, spec));
  const shown = new Set(['2026-Q2', '2026-Q3']);
  const placed = specs.map(([file, spec], i) => (shown.has(full[i].cycle!) ? full[i] : placedSummary(file, spec.employee, spec.cycle)));
  assert.equal(placed[4].cycle, '2026-Q4', 'the sniffed cycle is normalised like a parsed one');
  assert.deepEqual(buildCycleReport(placed, '2026-Q3'), buildCycleReport(full, '2026-Q3'));
  assert.deepEqual(buildCycleReport(placed).cycles, ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  assert.deepEqual(buildCycleReport([placedSummary('x.md', undefined, '2026-Q3')]).unplaced, [], 'not parsed yet: its YAML may still place it');
});

test('the partial report: rows known only from the frontmatter are pending and count nowhere until checked', () => {
  const checked = summary('q3/b.md', { employee: '张伟', cycle: '2026-Q3', status: 'draft', kpis: ['{ name: 营收, target: 100, actual: 80 }'], body: '## 目标\n\n- [ ] 待定\n' });
  const partial = buildCycleReport([
    placedSummary('q2/a.md', 'Alex Chen', '2026-Q2', 'final'),
    placedSummary('q2/c.md', '王磊', '2026-Q2'),
    placedSummary('q3/a.md', 'Alex Chen', '2026-Q3', 'submitted'),
    placedSummary('q3/a2.md', 'alex chen', '2026年第三季度', ' draft '),
    checked,
    placedSummary('q3/unknown.md', undefined, undefined),
  ]);
  assert.equal(partial.cycle, '2026-Q3');
  assert.deepEqual(partial.rows.map((r) => [r.file, r.status, r.done, r.pending ?? false]), [
    ['q3/a2.md', 'draft', false, true],
    ['q3/a.md', 'submitted', true, true],
    ['q3/b.md', 'draft', false, false],
  ]);
  assert.deepEqual(partial.missing.map((m) => m.employee), ['王磊'], 'missing people come from the sniff alone');
  assert.deepEqual(partial.duplicates, [{ employee: 'alex chen', files: ['q3/a2.md', 'q3/a.md'] }]);
  assert.deepEqual(partial.unplaced, [], 'a file the sniff cannot place waits for its parse');
  assert.equal(partial.totals.pending, 2);
  assert.equal(partial.totals.reviews, 3);
  assert.equal(partial.totals.withErrors, checked.findings.error > 0 ? 1 : 0, 'only checked rows count towards errors');
  assert.equal(partial.totals.findings.error, checked.findings.error);
  assert.deepEqual(partial.kpis.map((k) => k.name), ['营收'], 'KPI columns come from checked rows only');
  assert.equal(partial.distribution.reduce((n, b) => n + b.count, 0), 1, 'the spread counts checked rows only');
  assert.equal(partial.rows[1].overall, undefined);
  assert.equal(partial.rows[1].previous?.file, 'q2/a.md');

  const done = buildCycleReport([checked]);
  assert.equal(done.totals.pending, 0);
  assert.equal(done.rows[0].pending, undefined, 'a summarised review is never pending');
});
