import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPreviewModel, type PreviewInput } from '../../../src/core/preview/buildModel';
import type { EmptyModel, ReviewModel } from '../../../src/core/preview/protocol';

function model(text: string, extra: Partial<PreviewInput> = {}) {
  return buildPreviewModel({ text, uri: 'file:///r.md', fileName: 'r.md', locale: 'zh', locked: false, findings: 0, ...extra });
}
function review(text: string, extra: Partial<PreviewInput> = {}): ReviewModel {
  const m = model(text, extra);
  assert.equal(m.kind, 'review', m.kind === 'empty' ? m.message : '');
  return m as ReviewModel;
}
function empty(text: string, extra: Partial<PreviewInput> = {}): EmptyModel {
  const m = model(text, extra);
  assert.equal(m.kind, 'empty');
  return m as EmptyModel;
}

const REVIEW = [
  '---',
  'employee: 张三',
  'cycle: 2024-Q3',
  'kpis:',
  '  - { name: 观看人数, unit: 人, target: 5万, actual: 42000 }',
  '  - { name: 退款率, unit: "%", target: 5%, actual: 4%, better: lower }',
  '  - name: 销售额',
  '    unit: 元',
  '    target: 120万',
  '    actual: 90万',
  '    sessions:',
  '      - { label: 第1场, value: 30万 }',
  '      - { label: 第2场, value: 25万 }',
  '      - { label: 第3场, value: 35万 }',
  '---',
  '## 一、目标达成情况',
  '',
].join('\n');

describe('preview model', () => {
  it('shapes every KPI with formatted target, actual and attainment', () => {
    const m = review(REVIEW);
    assert.equal(m.title, '张三 · 2024-Q3');
    assert.deepEqual(m.kpis.map((k) => k.name), ['观看人数', '退款率', '销售额']);
    const [viewers, , gmv] = m.kpis;
    assert.equal(viewers.targetText, '5万人');
    assert.equal(viewers.actualText, '4.2万人');
    assert.equal(viewers.attainmentText, '84%');
    assert.equal(viewers.met, false);
    assert.equal(viewers.gapText, '差 8,000人');
    assert.equal(gmv.targetText, '120万元');
    assert.equal(Math.round(gmv.percentOfTarget!), 75);
    assert.deepEqual(m.notices, []);
  });
  it('reads better: lower the right way round', () => {
    const refunds = review(REVIEW).kpis[1];
    assert.equal(refunds.better, 'lower');
    assert.equal(refunds.met, true);
    assert.equal(refunds.attainmentText, '125%');
    assert.equal(refunds.percentOfTarget, 80);
    const worse = review(REVIEW.replace('actual: 4%', 'actual: 6%')).kpis[1];
    assert.equal(worse.met, false);
    assert.equal(worse.gapText, '超出 1%');
  });
  it('summarises met, missed and the biggest gap, with the lint count', () => {
    const m = review(REVIEW, { findings: 3 });
    assert.equal(m.summary.met, 1);
    assert.equal(m.summary.missed, 2);
    assert.equal(m.summary.incomplete, 0);
    assert.equal(m.summary.findings, 3);
    assert.equal(m.summary.biggestGap?.name, '销售额');
    assert.match(m.summary.biggestGap!.text, /销售额：差 30万元（达成 75%）/);
  });
  it('keeps per-session values with their labels', () => {
    const gmv = review(REVIEW).kpis[2];
    assert.deepEqual(gmv.sessions.map((s) => [s.label, s.value, s.text]), [['第1场', 300000, '30万元'], ['第2场', 250000, '25万元'], ['第3场', 350000, '35万元']]);
    assert.deepEqual(review(REVIEW).kpis[0].sessions, []);
  });
  it('points each KPI at its name in the frontmatter', () => {
    const m = review(REVIEW);
    assert.equal(m.kpis[0].range.start.line, 4);
    assert.equal(m.kpis[2].range.start.line, 6);
  });
  it('explains missing and unreadable values instead of charting them', () => {
    const text = REVIEW.replace('target: 5万, actual: 42000', 'target: 很多, actual: 42000').replace('actual: 90万', 'actual: ""').replace('value: 25万', 'value: 未知');
    const m = review(text, { locale: 'en' });
    assert.equal(m.kpis[0].target, undefined);
    assert.equal(m.kpis[0].met, undefined);
    assert.equal(m.kpis[0].attainmentText, '—');
    assert.equal(m.summary.incomplete, 2);
    assert.deepEqual(m.notices, ['观看人数: target "很多" is not a number', '销售额: no actual value', '销售额: session 2 "未知" is not a number']);
    assert.equal(m.kpis[2].sessions[1].value, undefined);
  });
  it('says a zero target has no attainment', () => {
    const m = review(REVIEW.replace('target: 5万', 'target: 0'), { locale: 'en' });
    assert.equal(m.kpis[0].attainment, undefined);
    assert.match(m.notices[0], /target is 0/);
  });
  it('gives an empty state for a file that is not a review', () => {
    assert.equal(empty('# Notes\n\nJust text.').reason, 'not-review');
    assert.equal(empty('---\ntitle: Blog post\n---\n# Hi').reason, 'not-review');
    assert.equal(empty('').reason, 'not-review');
    assert.match(empty('# x', { locale: 'en', fileName: 'notes.md' }).message, /notes\.md is not a review/);
  });
  it('gives an empty state with the YAML error positions for broken frontmatter', () => {
    const m = empty('---\n- a\nemployee: 张三\n---\n# x', { locale: 'en' });
    assert.equal(m.reason, 'yaml-error');
    assert.ok(m.details.length > 0);
    assert.match(m.details[0], /^Line \d+: /);
    assert.equal(empty('---\nemployee: 张三\nno closing fence').reason, 'yaml-error');
  });
  it('charts what the YAML parser recovered and lists the errors as notices', () => {
    const m = review('---\nemployee: 张三\nkpis:\n  - { name: 互动率, target: 8%, actual: 9% }\n  - [oops\n---\n', { locale: 'en' });
    assert.equal(m.kpis[0].met, true);
    assert.match(m.notices[0], /^Line \d+: /);
  });
  it('gives an empty state with an example when a review has no KPIs', () => {
    const m = empty('---\nemployee: 张三\ncycle: 2024-Q3\n---\n## 一、目标达成情况\n');
    assert.equal(m.reason, 'no-kpis');
    assert.match(m.details[0], /kpis:/);
    assert.equal(empty('---\nemployee: 张三\nkpis: 很多\n---\n').details.length, 2);
  });
  it('never throws on odd input (CRLF, emoji, huge values, non-mapping entries)', () => {
    const odd = '---\r\nemployee: "😀"\r\nkpis:\r\n  - 🚀\r\n  - { name: x, target: 1e400, actual: -5 }\r\n  - [1, 2]\r\n---\r\n';
    const m = review(odd);
    assert.equal(m.kpis.length, 3);
    assert.equal(m.kpis[0].name, '🚀');
    for (const text of ['---', '---\n---', '---\nkpis:\n  - name: a\n    sessions: 5\n---', '\uFEFF---\nkpis: []\n---']) assert.doesNotThrow(() => model(text));
  });
  it('is empty of history, and says whether the provider has answered yet', () => {
    assert.deepEqual(review(REVIEW).history, []);
    assert.equal(review(REVIEW).historyPending, true);
    const answered = review(REVIEW, { history: [] });
    assert.deepEqual(answered.history, []);
    assert.equal(answered.historyPending, false);
  });
});
