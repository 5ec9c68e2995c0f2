import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../../src/core/lint/applyFixes';
import { lint } from '../../../src/core/lint/lint';
import { parse } from '../../../src/core/parse/parse';
import { eol } from '../../../src/core/rules/fixHelpers';
import { bodyStartLine } from '../../../src/core/workspace/lintInWorkspace';
import { disableForFile, disableForLine, type DirectiveTarget } from '../../../src/extension/quickfix/disableComments';

const REVIEW = ['---', 'employee: 张三', 'cycle: 2026-Q3', '---', '', '## 五、改进建议', '', '- [ ] 建立复盘模板', '- [ ] 对齐排期 @张三', ''].join('\n');
/** The document as the quick fixes see it, its body start as the linter reports it. */
function target(text: string): DirectiveTarget {
  const doc = parse(text);
  return { lineCount: doc.lines.lineCount, lineText: (line) => doc.lines.lineText(line), eol: eol(doc), bodyStartLine: bodyStartLine(doc), end: doc.lines.position(text.length) };
}

const count = (text: string, rule: string) => lint(text).findings.filter((f) => f.ruleId === rule).length;

test('disable for a line: a directive above it that the linter honours', () => {
  assert.equal(count(REVIEW, 'action-owner'), 1);
  const out = applyEdits(REVIEW, [disableForLine(target(REVIEW), 7, 'action-owner')]);
  assert.equal(out.split('\n')[7], '<!-- mdreview-disable-next-line action-owner -->');
  assert.equal(count(out, 'action-owner'), 0);
  assert.equal(count(out, 'action-due'), 2, 'other rules still apply');
});

test('disable for a line: a second rule joins the directive already there; indentation is kept', () => {
  const once = applyEdits(REVIEW, [disableForLine(target(REVIEW), 7, 'action-owner')]);
  const twice = applyEdits(once, [disableForLine(target(once), 8, 'action-due')]);
  assert.equal(twice.split('\n')[7], '<!-- mdreview-disable-next-line action-owner action-due -->');
  assert.equal(count(twice, 'action-due'), 1);
  const indented = '---\nemployee: a\ncycle: 2026\n---\n\n  text\n';
  assert.equal(disableForLine(target(indented), 5, 'x').newText, '  <!-- mdreview-disable-next-line x -->\n');
});

test('disable for the file: after the frontmatter, joining an existing directive, CRLF kept', () => {
  const once = applyEdits(REVIEW, [disableForFile(target(REVIEW), 'action-due')]);
  assert.equal(once.split('\n')[4], '<!-- mdreview-disable action-due -->');
  assert.equal(count(once, 'action-due'), 0);
  const twice = applyEdits(once, [disableForFile(target(once), 'action-owner')]);
  assert.equal(twice.split('\n')[4], '<!-- mdreview-disable action-due action-owner -->');
  assert.equal(count(twice, 'action-owner'), 0);
  const crlf = REVIEW.replace(/\n/g, '\r\n');
  assert.equal(disableForFile(target(crlf), 'x').newText, '<!-- mdreview-disable x -->\r\n');
});

test('disable for the file: without frontmatter at the top; frontmatter closing the file gets a line break first', () => {
  assert.deepEqual(disableForFile(target('# notes\n'), 'x').range.start, { line: 0, character: 0 });
  const edit = disableForFile(target('---\nemployee: a\n---'), 'x');
  assert.equal(edit.newText, '\n<!-- mdreview-disable x -->');
  assert.deepEqual(edit.range.start, { line: 2, character: 3 });
});
