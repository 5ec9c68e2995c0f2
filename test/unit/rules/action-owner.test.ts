import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, type LintOptions } from '../../../src/core/lint/lint';
import type { Finding } from '../../../src/core/lint/types';
import { actionOwnerRule, OWNER_SLOT } from '../../../src/core/rules/action-owner';

function run(text: string, options: LintOptions = {}): Finding[] {
  return lint(text, { rules: [actionOwnerRule], ...options }).findings;
}

const review = (frontmatter: string, item: string, heading = '五、改进建议') => `---\n${frontmatter}cycle: 2026-Q3\n---\n\n## ${heading}\n\n- [ ] ${item}\n`;

/** The text of the action line after applying a finding's fix. */
function applied(text: string, finding: Finding, fix: number): string {
  const lines = text.split('\n');
  const [edit] = finding.fixes![fix].edits;
  const line = lines[edit.range.start.line];
  return line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
}

test('a missing owner offers the employee and the reviewer to choose from, in the findings\' language', () => {
  const text = review('employee: 张三\nreviewer: 李四\n', '建立复盘模板 截止：2026-10-31');
  const [zh] = run(text, { locale: 'zh' });
  assert.deepEqual(zh.fixes?.map((f) => f.title), ['添加责任人：@张三（员工）', '添加责任人：@李四（面谈人）', '添加责任人：输入姓名…']);
  assert.equal(applied(text, zh, 1), '- [ ] 建立复盘模板 截止：2026-10-31 负责人：@李四');
  const [en] = run(text, { locale: 'en' });
  assert.deepEqual(en.fixes?.map((f) => f.title), ['Add an owner: @张三 (the employee)', 'Add an owner: @李四 (the reviewer)', 'Add an owner: type a name…']);
});

test('a placeholder owner is replaced by the one chosen; a reviewer who is the employee is offered once', () => {
  const text = review('employee: Ada\nreviewer: Ada\n', 'Ship the dashboard Owner: TBD Due: 2026-12-15', '5. Improvements');
  const [finding] = run(text, { locale: 'en' });
  assert.deepEqual(finding.fixes?.map((f) => f.title), ['Name an owner: @Ada (the employee)', 'Name an owner: type a name…']);
  assert.equal(applied(text, finding, 0), '- [ ] Ship the dashboard Owner: @Ada Due: 2026-12-15');
});

test('with neither person known, one fix leaves a name to fill in', () => {
  const [finding] = run(review('', 'Ship the dashboard Due: 2026-12-15', '5. Improvements'), { locale: 'en' });
  assert.deepEqual(finding.fixes?.map((f) => [f.title, f.edits[0].newText]), [['Add an owner', ' Owner: @owner'], ['Add an owner: type a name…', ` Owner: @${OWNER_SLOT}`]]);
});

test('the "type a name" fix asks for the owner and writes it in the review\'s language form, never in bulk', () => {
  const text = review('employee: 张三\n', '建立复盘模板 截止：2026-10-31');
  for (const locale of ['zh', 'en'] as const) {
    const [finding] = run(text, { locale });
    const typed = finding.fixes!.at(-1)!;
    assert.equal(typed.mechanical, false);
    assert.equal(typed.input?.slot, OWNER_SLOT);
    assert.equal(typed.input?.prompt, locale === 'zh' ? '这条行动项由谁负责？' : 'Who owns this action item?');
    // The form follows the review (Chinese here), whatever the message language.
    assert.equal(typed.edits[0].newText, ` 负责人：@${OWNER_SLOT}`);
  }
});
