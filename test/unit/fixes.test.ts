// Every quick fix the engine offers must resolve the finding it is attached to, in both LF and CRLF files.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyEdits, mechanicalFixes } from '../../src/core/lint/applyFixes';
import { lint } from '../../src/core/lint/lint';
import type { Finding, TextEdit } from '../../src/core/lint/types';
import { loadFixtures } from './fixtures';

const TODAY = new Date('2026-11-26T12:00:00');

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

test('the fixes applied in bulk: each finding\'s first mechanical fix, none waiting for a value, none overlapping one taken', () => {
  const at = (line: number, from: number, to: number, newText: string): TextEdit => ({ range: { start: { line, character: from }, end: { line, character: to } }, newText });
  const fix = (edits: TextEdit[], mechanical = true) => ({ title: edits.map((e) => e.newText).join(), edits, mechanical });
  const findings = [
    { ruleId: 'a', fixes: [fix([at(0, 0, 1, 'rename')], false), fix([at(0, 0, 0, 'first')]), fix([at(1, 0, 0, 'alternative')])] },
    { ruleId: 'b', fixes: [{ ...fix([at(1, 0, 0, 'typed')]), input: { prompt: 'name', slot: '$' } }] },
    { ruleId: 'c', fixes: [fix([at(0, 0, 0, 'second')])] },
    { ruleId: 'd', fixes: [fix([at(1, 0, 2, 'replaced')])] },
    { ruleId: 'e', fixes: [fix([at(1, 1, 3, 'overlapping')])] },
  ];
  const taken = mechanicalFixes(findings);
  assert.deepEqual(taken.map((t) => `${t.ruleId}:${t.fix.title}`), ['a:first', 'c:second', 'd:replaced']);
  // Insertions at one point keep their order; the text outside the edits is kept, CRLF included.
  assert.equal(applyEdits('xy\r\nabc\r\n', taken.flatMap((t) => t.fix.edits)), 'firstsecondxy\r\nreplacedc\r\n');
});
