import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../src/core/lint/applyFixes';
import { lint, type LintOptions } from '../../../src/core/lint/lint';
import type { Finding } from '../../../src/core/lint/types';
import { parse } from '../../../src/core/parse/parse';
import { goalSmartRule } from '../../../src/core/rules/goal-smart';
import { builtinTemplateText } from '../../../src/core/templates/template';

const TODAY = new Date('2026-11-26T12:00:00');

const ZH_HEAD = `---
employee: 李娜
reviewer: 王强
cycle: 2026-Q3
template: livestream-ops
kpis:
  - { name: 观看人数, id: viewers, unit: 人, target: 12000, actual: 9800 }
  - { name: 互动率, id: interaction-rate, target: 6%, actual: 4.1% }
---

## 六、总结与展望

`;

const EN_HEAD = `---
employee: Alex
reviewer: Sam
cycle: 2026-Q3
template: general
kpis:
  - { name: Conversion rate, id: conversion, target: 3%, actual: 2.4% }
---

## 6. Summary and outlook

`;

function run(text: string, options: LintOptions = {}): Finding[] {
  return lint(text, { rules: [goalSmartRule], today: TODAY, ...options }).findings;
}

test('one finding per failing goal, with the failing letters in order and the goal\'s range', () => {
  const text = `${ZH_HEAD}- 2026-12-31 前将直播间观看人数从 9800 提升到 12000\n- 努力提升自己的能力\n- 提升互动率\n`;
  const findings = run(text, { locale: 'zh' });
  assert.deepEqual(findings.map((f) => f.data?.missing), [
    ['specific', 'measurable', 'relevant', 'time-bound'],
    ['measurable', 'time-bound'],
  ]);
  const line = text.split('\n').indexOf('- 努力提升自己的能力');
  assert.deepEqual(findings[0].range, { start: { line, character: 2 }, end: { line, character: 11 } });
  assert.equal(findings[0].severity, 'warning');
  assert.match(findings[0].message, /^目标不够 SMART：/);
  for (const letter of ['（S）', '（M）', '（R）', '（T）']) assert.ok(findings[0].message.includes(letter), letter);
  assert.ok(findings[0].message.includes('“努力”'));
  assert.ok(findings[0].message.includes('观看人数、互动率'));
});

test('English messages name the letters and why', () => {
  const [f] = run(`${EN_HEAD}- Improve conversion ASAP\n`, { locale: 'en' });
  assert.deepEqual(f.data?.missing, ['measurable', 'time-bound']);
  assert.match(f.message, /^Goal is not SMART: not measurable \(M\): .*; no deadline \(T\): "ASAP" is not one; add a date or period .*\.$/);
  const [plain] = run(`${EN_HEAD}- Improve conversion\n`, { locale: 'en' });
  assert.doesNotMatch(plain.message, /ASAP/, 'the note only where such a word is written');
});

test('only achievable or relevant failing is a hint, with the numbers in the message', () => {
  const [f] = run(`${ZH_HEAD}- 下季度观看人数提升到 2.5万\n`, { locale: 'zh' });
  assert.equal(f.severity, 'hint');
  assert.deepEqual(f.data?.missing, ['achievable']);
  assert.match(f.message, /^目标可以更 SMART：可能难以实现（A）：观看人数目标 25,000 人 是本期实际值 9,800 人 的 2\.6 倍。$/);
  const [en] = run(`${EN_HEAD}- Raise conversion rate to 6% by 2027-03-31\n`, { locale: 'en' });
  assert.equal(en.severity, 'hint');
  assert.match(en.message, /the Conversion rate target 6% is 2\.5× this cycle's actual 2\.4%/);
});

test('history: a target far beyond the best ever reached is named with its cycle', () => {
  const earlier = parse(`---\nemployee: 李娜\ncycle: 2026-Q1\nkpis:\n  - { name: 观看人数, id: viewers, actual: 11000 }\n---\n`);
  const text = `${ZH_HEAD}- 下季度观看人数提升到 1.8万\n`;
  assert.deepEqual(run(text), [], 'under double of this cycle without history');
  const [f] = run(text, { locale: 'zh', history: [earlier] });
  assert.deepEqual(f.data?.missing, ['achievable']);
  assert.ok(f.message.includes('历史最好成绩（2026-Q1：11,000 人）的 1.6 倍'), f.message);
  const [en] = run(text, { locale: 'en', history: [earlier] });
  assert.ok(en.message.includes('1.6× the best ever reached (11,000 人 in 2026-Q1)'), en.message);
});

test('the deadline fix makes the goal time-bound (zh and en, before a closing full stop)', () => {
  for (const [text, stub] of [
    [`${ZH_HEAD}- 把互动率提升到 5%。\n`, /把互动率提升到 5%，截止：\d{4}-\d{2}-\d{2}。/],
    [`${EN_HEAD}- Raise conversion rate to 3%\n`, /Raise conversion rate to 3%, by \d{4}-\d{2}-\d{2}\n/],
  ] as const) {
    const [f] = run(text);
    assert.deepEqual(f.data?.missing, ['time-bound']);
    const fixed = applyEdits(text, f.fixes![0].edits);
    assert.match(fixed, stub);
    assert.deepEqual(run(fixed), [], fixed);
  }
});

test('the deadline is a quarter end about three months ahead', () => {
  const [f] = run(`${ZH_HEAD}- 把互动率提升到 5%\n`);
  const date = /(\d{4})-(\d{2})-(\d{2})/.exec(f.fixes![0].edits[0].newText)!;
  const deadline = new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
  const days = (deadline.getTime() - Date.now()) / 86_400_000;
  assert.ok(days > 60 && days < 190, `${date[0]} is about a quarter ahead`);
  assert.ok(['03-31', '06-30', '09-30', '12-31'].includes(`${date[2]}-${date[3]}`));
});

test('only top-level list items of goal-bearing sections are goals; prompts and tasks are not', () => {
  const text = `${ZH_HEAD}本季度努力提升自己。\n\n- [ ] 努力提升 负责人：@李娜\n- 【待填写：下一周期目标】\n\n## 四、个人成长\n\n- 努力提升自己\n`;
  assert.deepEqual(run(text), []);
  const scaffold = builtinTemplateText('livestream-ops')!;
  assert.deepEqual(run(scaffold), [], 'the untouched template');
  assert.deepEqual(run(builtinTemplateText('general')!), []);
});

test('CRLF, emoji and empty input', () => {
  const text = `${ZH_HEAD}- 😀 努力提升自己\n`.replace(/\n/g, '\r\n');
  const [f] = run(text);
  assert.equal(f.range.start.line, text.split('\r\n').indexOf('- 😀 努力提升自己'));
  assert.equal(f.range.start.character, 2);
  assert.equal(f.range.end.character, 2 + '😀 努力提升自己'.length);
  assert.deepEqual(run(''), []);
  const broken = run('---\nkpis: [1, {name: x, target: "??"}]\n---\n## 六、总结与展望\n\n- 提升 x 到 200% 下季度\n');
  assert.deepEqual(broken.map((f) => [f.ruleId, f.data?.missing]), [['goal-smart', ['specific', 'relevant']]], 'malformed KPIs do not break the rule');
});
