import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import { kpiClaimMismatchRule } from '../../../src/core/rules/kpi-claim-mismatch';

function claimsIn(kpis: string, body: string): string[] {
  const text = `---\nemployee: Test\ncycle: 2026-Q3\nkpis:\n${kpis}---\n\n## 1. Goal attainment\n\n${body}\n`;
  return lint(text, { rules: [kpiClaimMismatchRule] }).findings.map((f) => f.message);
}

test('an attainment below 100% of a qualified target is no claim of meeting it', () => {
  const kpis = '  - { name: 签约额, id: sign, unit: 元, target: 500万, actual: 430万 }\n';
  assert.deepEqual(claimsIn(kpis, '签约额 430 万元，完成半年目标的 86%。'), []);
  assert.equal(claimsIn(kpis, '签约额 430 万元，完成半年目标的 95%。').length, 1);
});

test('a claim is judged by the figures of its own clause and not across a conjunction', () => {
  const clips = '  - { name: Clips published, id: clips, unit: clips, target: 240, actual: 262 }\n';
  assert.deepEqual(claimsIn(clips, "The share of live entries from clips was 13.2%, short of the 15% target: clips posted after 9 pm barely send anyone into the next day's stream."), []);
  const sessions = '  - { name: Usability test sessions, id: sessions, unit: sessions, target: 14, actual: 10 }\n';
  assert.deepEqual(claimsIn(sessions, 'Of last half\'s goals, the QA one was met and the usability-session goal was not: 10 sessions against 14.'), []);
  assert.equal(claimsIn(sessions, 'Usability test sessions met the target.').length, 1);
});
