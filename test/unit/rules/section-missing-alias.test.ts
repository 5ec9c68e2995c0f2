// section-missing on an unrecognised heading: the finding names the workspace template it could extend, and
// addTemplateAlias adds the heading to that section's aliases without touching the rest of the file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, type LintOptions } from '../../../src/core/lint/lint';
import { sectionMissingRule } from '../../../src/core/rules/section-missing';
import { addTemplateAlias } from '../../../src/core/templates/templateAlias';
import { TemplateRegistry } from '../../../src/core/templates/template';

const TEMPLATE_PATH = '/team/.mdreview/templates/team.md';

const template = (sections: string, eol = '\n') =>
  ['---', 'id: team', 'name: 团队模板', '# 团队自定义的模板', 'sections:', sections, '---', '## 目标', '', '## 成长', ''].join('\n').split('\n').join(eol);

const BLOCK_SECTIONS = [
  '  - id: goals',
  '    heading: 目标',
  '    aliases: [目标达成,  "Goals"]   # 旧名',
  '  - id: growth',
  '    heading: 成长',
  '    required: true',
].join('\n');

const REVIEW = ['---', 'employee: 李娜', 'template: team', '---', '', '## 一、目标达成', '', '完成了。', '', '## 二、其他收获', '', '读了两本书。', ''].join('\n');

function findings(templateText: string, options: LintOptions = {}) {
  const templates = new TemplateRegistry([{ path: TEMPLATE_PATH, text: templateText }]);
  return lint(REVIEW, { rules: [sectionMissingRule], templates, ...options }).findings;
}

/** The template text after the edit. */
function applied(text: string, section: string, heading: string): string | undefined {
  const { alias, edit } = addTemplateAlias(text, section, heading) ?? {};
  if (!edit) return undefined;
  assert.ok(edit.newText.includes(alias!));
  const lines = text.split(/(?<=\n)/);
  const offset = lines.slice(0, edit.range.start.line).join('').length + edit.range.start.character;
  return text.slice(0, offset) + edit.newText + text.slice(offset);
}

test('the finding on an unrecognised heading names the workspace template and section; a built-in template names none', () => {
  const [finding] = findings(template(BLOCK_SECTIONS));
  assert.deepEqual(finding.data, { section: 'growth', heading: '二、其他收获', template: TEMPLATE_PATH });
  const builtin = lint(REVIEW.replace('template: team', 'template: livestream-ops'), { rules: [sectionMissingRule] }).findings;
  assert.ok(builtin.length > 0 && builtin.every((f) => !('template' in (f.data ?? {}))));
});

test('a missing aliases key is created under the section, the rest of the file byte for byte the same', () => {
  const before = template(BLOCK_SECTIONS);
  const after = applied(before, 'growth', '二、其他收获');
  assert.equal(after, before.replace('    required: true', '    required: true\n    aliases: [其他收获]'));
  assert.deepEqual(findings(after!), [], 'the heading is now a name of the section');
});

test('a flow list gains the alias after its last item, keeping its spacing, quotes and comment', () => {
  const before = template(BLOCK_SECTIONS);
  const after = applied(before, 'goals', 'Part 2: Results, so far');
  assert.equal(after, before.replace('"Goals"]   # 旧名', '"Goals", "Results, so far"]   # 旧名'));
  assert.equal(applied(template(BLOCK_SECTIONS.replace('[目标达成,  "Goals"]', '[]')), 'goals', '结果'), template(BLOCK_SECTIONS.replace('[目标达成,  "Goals"]', '[结果]')));
});

test('a block list gains a line at its own indentation; CRLF files keep CRLF', () => {
  const block = BLOCK_SECTIONS.replace('    required: true', '    aliases:\n      - 个人成长\n    required: true');
  const before = template(block, '\r\n');
  const after = applied(before, 'growth', '学习与提升');
  assert.equal(after, template(block.replace('      - 个人成长', '      - 个人成长\n      - 学习与提升'), '\r\n'));
});

test('a flow-mapping section gets the key inside its braces', () => {
  const before = template('  - { id: goals, heading: 目标 }\n  - { id: growth, heading: 成长 }');
  assert.equal(applied(before, 'growth', '学习'), template('  - { id: goals, heading: 目标 }\n  - { id: growth, heading: 成长, aliases: [学习] }'));
});

test('no edit for a heading already accepted, an unknown section, a scalar aliases value or a file without frontmatter', () => {
  const before = template(BLOCK_SECTIONS);
  assert.equal(addTemplateAlias(before, 'goals', '3. goals'), undefined);
  assert.equal(addTemplateAlias(before, 'teamwork', '协作'), undefined);
  assert.equal(addTemplateAlias(template(BLOCK_SECTIONS.replace('[目标达成,  "Goals"]', '目标达成')), 'goals', '结果'), undefined);
  assert.equal(addTemplateAlias('## 目标\n', 'goals', '结果'), undefined);
});
