// Every quick fix the engine offers must resolve the finding it is attached to, in both LF and CRLF files.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../src/core/lint/lint';
import type { Finding, TextEdit } from '../../src/core/lint/types';
import { LineMap } from '../../src/core/text/lineMap';
import { loadFixtures } from './fixtures';

const TODAY = new Date('2026-11-26T12:00:00');

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineMap(text);
  const sorted = [...edits].sort((a, b) => lines.offset(b.range.start) - lines.offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, lines.offset(e.range.start)) + e.newText + out.slice(lines.offset(e.range.end));
  return out;
}

function count(findings: Finding[], ruleId: string): number {
  return findings.filter((f) => f.ruleId === ruleId).length;
}

const fixtures = [
  ...loadFixtures(join(__dirname, '../../test/fixtures/rules')),
  ...loadFixtures(join(__dirname, '../../examples/reviews/2026-Q3')),
];

for (const eol of ['\n', '\r\n']) {
  test(`each fix removes its finding (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
    let applied = 0;
    for (const fixture of fixtures) {
      const text = fixture.text.replace(/\r?\n/g, eol);
      const before = lint(text, { today: TODAY }).findings;
      for (const finding of before) {
        for (const fix of finding.fixes ?? []) {
          const fixed = applyEdits(text, fix.edits);
          const after = lint(fixed, { today: TODAY }).findings;
          assert.equal(count(after, finding.ruleId), count(before, finding.ruleId) - 1, `${fixture.name}: "${fix.title}" for ${finding.ruleId} at line ${finding.range.start.line + 1}`);
          if (eol === '\r\n') assert.ok(!/[^\r]\n/.test(fixed), `${fixture.name}: "${fix.title}" keeps CRLF line breaks`);
          applied++;
        }
      }
    }
    assert.ok(applied >= 12, `fixes exercised: ${applied}`);
  });
}

test('fix stubs use the review\'s "today"', () => {
  const text = '---\nemployee: 张伟\nreviewer: 王敏\ncycle: 2026-Q3\n---\n\n## 五、改进建议\n\n- [ ] 优化开场话术 负责人：@张伟\n';
  const due = lint(text, { today: TODAY }).findings.find((f) => f.ruleId === 'action-due');
  assert.equal(due?.fixes?.[0].edits[0].newText, ' 截止：2026-12-10');
});
