// Lone CR is a line ending like LF and CRLF: the same review with each of the three gives the same
// findings at the same positions (YAML errors and action items on an empty first line included).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuzzInputs } from '../../../scripts/fuzz/inputs.mjs';
import { lint } from '../../../src/core/lint/lint';

const TODAY = new Date('2026-11-26T12:00:00');

function positions(text: string): string[] {
  // A message may quote a multi-line value as written, line breaks included: compare those as one kind.
  return lint(text, { today: TODAY, locale: 'en' }).findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.message.replace(/\r\n?/g, '\n')}`);
}

function sameAcrossLineEndings(lf: string, what: string): void {
  const expected = positions(lf);
  assert.deepEqual(positions(lf.replace(/\n/g, '\r\n')), expected, `${what}: CRLF`);
  assert.deepEqual(positions(lf.replace(/\n/g, '\r')), expected, `${what}: lone CR`);
}

test('a review with YAML errors and an action item on an empty first line: same findings with LF, CRLF and CR', () => {
  const review = '---\nemployee: 张三\ncycle: 2026-Q3\nstatus: [oops\nkpis:\n  - { name: GMV, target: 100万, actual: 1e309 }\n---\n## 五、改进建议\n\n- [ ]\n  优化开场话术\n- [ ] 复盘 负责人：@张三 截止：2026-12-31\n';
  sameAcrossLineEndings(review, 'hand-written');
  assert.ok(!positions(review.replace(/\n/g, '\r')).some((p) => p.startsWith('frontmatter') && /YAML/.test(p) && !positions(review).includes(p)), 'no YAML error only the CR copy has');
});

test('seeded review-shaped inputs: same findings with LF, CRLF and lone CR', { timeout: 600_000 }, () => {
  let i = 0;
  for (const input of fuzzInputs(11, 80, 500)) {
    if (i++ % 2 === 1 || /\r/.test(input.text)) continue;
    sameAcrossLineEndings(input.text, input.label);
  }
});
