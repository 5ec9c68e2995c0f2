import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint, type LintOptions } from '../../../src/core/lint/lint';
import type { Finding } from '../../../src/core/lint/types';
import { vagueFeedbackRule } from '../../../src/core/rules/vague-feedback';
import { builtinTemplateText, TemplateRegistry } from '../../../src/core/templates/template';

function run(text: string, options: LintOptions = {}): Finding[] {
  return lint(text, { rules: [vagueFeedbackRule], ...options }).findings;
}

/** The text a finding's range covers. */
function covered(text: string, f: Finding): string {
  const lines = text.split(/\r?\n/);
  assert.equal(f.range.start.line, f.range.end.line);
  return lines[f.range.start.line].slice(f.range.start.character, f.range.end.character);
}

const ZH = `---
employee: 李娜
cycle: 2026-Q3
comment: 表现还可以
---

## 三、团队协作

与主播的配合比较好。8 月大促时库存没有同步，导致 2 次超卖，表现还可以。

整体表现还可以，数据分析能力有待提高。
`;

test('reports each vague sentence once, over its vague phrases, quoting them (zh)', () => {
  const findings = run(ZH, { locale: 'zh' });
  assert.deepEqual(findings.map((f) => covered(ZH, f)), ['比较好', '表现还可以，数据分析能力有待提高']);
  assert.deepEqual(findings.map((f) => f.data), [{ phrase: '比较好' }, { phrase: '表现还可以', phrases: ['表现还可以', '有待提高'] }]);
  assert.equal(findings[0].message, '表述模糊：“比较好”。请具体到某一行为或结果：做了什么、带来了什么效果（最好附上数据）。');
  assert.equal(findings[1].message, '表述模糊：“表现还可以”“有待提高”。请具体到某一行为或结果：做了什么、带来了什么效果（最好附上数据）。');
  assert.ok(findings.every((f) => f.range.start.line > 4), 'nothing from the frontmatter');
});

test('English reviews, English messages', () => {
  const text = '---\nemployee: Alex\ncycle: 2026-Q3\n---\n\n## 3. Teamwork\n\nGood job overall. Communication was fairly weak.\n\n- Planning needs improvement\n';
  const findings = run(text, { locale: 'en' });
  assert.deepEqual(findings.map((f) => covered(text, f)), ['Good job', 'fairly', 'needs improvement']);
  assert.match(findings[0].message, /^Vague judgement "Good job": name a behaviour or a result/);
});

test('a figure in the same sentence makes the judgement concrete', () => {
  assert.deepEqual(run('## 一、目标达成情况\n\n表现不错，GMV 达到 132 万元，达成率 110%。\n'), []);
  assert.deepEqual(run('## 1. Goal attainment\n\nGood job: conversion rose from 2.1% to 3.4%.\n'), []);
});

test('feedback sections only: unknown headings count, a custom non-feedback section does not', () => {
  const custom = new TemplateRegistry([
    {
      path: '.mdreview/templates/team.md',
      text: '---\nid: team\nlanguage: zh\nsections:\n  - { id: teamwork, heading: 团队协作 }\n  - { id: signoff, heading: 签字确认, required: false }\n---\n',
    },
  ]);
  const text = '---\ntemplate: team\n---\n\n## 团队协作\n\n配合比较好。\n\n## 签字确认\n\n员工确认：还行。\n\n## 其他\n\n态度还不错。\n';
  const findings = run(text, { templates: custom });
  assert.deepEqual(findings.map((f) => covered(text, f)), ['比较好', '还不错']);
});

test('code, comments and template prompts are not the author\'s words', () => {
  assert.deepEqual(run('## 三、团队协作\n\n用 `比较好` 这个词。<!-- 表现还可以 -->\n'), []);
  assert.deepEqual(run(builtinTemplateText('livestream-ops')!), []);
  assert.deepEqual(run(builtinTemplateText('general')!), []);
});

test('CRLF and emoji keep ranges exact; empty input is fine', () => {
  const text = '## 三、团队协作\r\n\r\n😀😀 表现还可以。\r\n';
  const [f] = run(text);
  assert.equal(covered(text, f), '表现还可以');
  assert.deepEqual(f.range.start, { line: 2, character: 5 });
  assert.deepEqual(run(''), []);
  assert.deepEqual(run('---\n: [broken\n---\n表现还可以。\n').map((f) => f.data), [{ phrase: '表现还可以' }]);
});
