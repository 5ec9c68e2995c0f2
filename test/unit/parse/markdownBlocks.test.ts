// The block structure the model is built from: markdown-it's block rules with the offsets, table cells and task
// checkboxes that GFM (as micromark read it, the parser before) gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownBlocks, type MdBlock } from '../../../src/core/parse/markdownBlocks';

/** Each block as `type start-end` (plus its checkbox or cells), nested blocks indented, in document order. */
function outline(text: string, frontmatterEnd = 0): string[] {
  const out: string[] = [];
  const walk = (blocks: MdBlock[], indent: string) => {
    for (const b of blocks) {
      const extra = b.checked != null ? ` checked=${b.checked}` : b.cells ? ` ${b.cells.map(([s, e]) => JSON.stringify(text.slice(s, e))).join(' ')}` : '';
      out.push(`${indent}${b.type} ${JSON.stringify(text.slice(b.start, b.end))}${extra}`);
      walk(b.children, `${indent}  `);
    }
  };
  walk(markdownBlocks(text, frontmatterEnd), '');
  return out;
}

test('table cells run from their leading pipe; a closing pipe and trailing spaces belong to the last cell; \\| does not split', () => {
  assert.deepEqual(outline('| a | b |  \n|---|---|\n| c ||\n|w|\nx\\|y|z\n'), [
    'table "| a | b |  \\n|---|---|\\n| c ||\\n|w|\\nx\\\\|y|z"',
    '  tableRow "| a | b |  " "| a " "| b |  "',
    '  tableRow "| c ||" "| c " "||"',
    '  tableRow "|w|" "|w|"',
    '  tableRow "x\\\\|y|z" "x\\\\|y" "|z"',
  ]);
});

test('cells beyond the header row\'s columns are ignored, as in GFM', () => {
  assert.deepEqual(outline('| a | b |\n|---|---|\n| c | d | e | f |\n'), [
    'table "| a | b |\\n|---|---|\\n| c | d | e | f |"',
    '  tableRow "| a | b |" "| a " "| b |"',
    '  tableRow "| c | d | e | f |" "| c " "| d "',
  ]);
});

test('a heading or a setext underline wins over a table, as in GFM', () => {
  assert.deepEqual(outline('# a | b\n--|--\n'), ['heading "# a | b"', 'paragraph "--|--"']);
  assert.deepEqual(outline('| a |\n---\n'), ['heading "| a |\\n---"']);
  assert.deepEqual(outline('| a |\n|---|\n'), ['table "| a |\\n|---|"', '  tableRow "| a |" "| a |"']);
});

test('task checkboxes: [ ], [x] and [X] followed by a space or line break and text; the paragraph starts after them', () => {
  assert.deepEqual(outline('- [x] done\n- [ ]\n- [X]\n  next\n- [ ]\tt\n- [x]bar\n'), [
    'list "- [x] done\\n- [ ]\\n- [X]\\n  next\\n- [ ]\\tt\\n- [x]bar"',
    '  listItem "- [x] done" checked=true',
    '    paragraph "done"',
    '  listItem "- [ ]"',
    '    paragraph "[ ]"',
    '  listItem "- [X]\\n  next" checked=true',
    '    paragraph "  next"',
    '  listItem "- [ ]\\tt" checked=false',
    '    paragraph "t"',
    '  listItem "- [x]bar"',
    '    paragraph "[x]bar"',
  ]);
  // Two spaces after the checkbox are a hard break: the paragraph keeps its start, as remark-gfm left it.
  assert.deepEqual(outline('- [x]  \n  hard\n').slice(1), ['  listItem "- [x]  \\n  hard" checked=true', '    paragraph "[x]  \\n  hard"']);
});

test('an unclosed fence in a list item ends with its line break when the next line opens a container, else at its line end', () => {
  assert.deepEqual(outline('- ```\n- b\n')[1], '  listItem "- ```\\n"');
  assert.deepEqual(outline('- ```\nb\n')[1], '  listItem "- ```"');
  // At the end of the document it runs to the end, last line break included.
  assert.deepEqual(outline('- ```\n  x\n')[1], '  listItem "- ```\\n  x\\n"');
});

test('an HTML block starts at its container margin, before its own indentation; a closed comment ends on its line', () => {
  assert.deepEqual(outline('  <!-- c -->\n\ntext'), ['html "  <!-- c -->"', 'paragraph "text"']);
  assert.deepEqual(outline('- a\n\n   <!-- c -->\n')[3], '    html " <!-- c -->"');
  assert.deepEqual(outline('<!-- open\n\nstill comment\n'), ['html "<!-- open\\n\\nstill comment\\n"']);
});

test('a block quote ends at its last quoted or lazy line, not at the blank lines after it', () => {
  assert.deepEqual(outline('> a\n>\n  \n\nb\n'), ['blockquote "> a\\n>"', '  paragraph "a"', 'paragraph "b"']);
});

test('CRLF and lone CR give the same blocks as LF, without the CR in any block', () => {
  const lf = '## 目标\n\n- [ ] 王五负责\n  续行\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n> 引用\n';
  const lines = (text: string) => outline(text).map((line) => line.replace(/\\r\\n|\\r/g, '\\n'));
  assert.deepEqual(lines(lf.replace(/\n/g, '\r\n')), lines(lf));
  assert.deepEqual(lines(lf.replace(/\n/g, '\r')), lines(lf));
  assert.ok(!outline(lf.replace(/\n/g, '\r\n')).some((line) => /\\r"/.test(line)), 'no block ends with a CR');
});

test('the frontmatter is no part of the body; an unterminated one is read as Markdown (`---` a thematic break)', () => {
  const text = '---\nkpis:\n  - name: x\n---\n- item\n';
  assert.deepEqual(outline(text, text.indexOf('- item') - 1), ['list "- item"', '  listItem "- item"', '    paragraph "item"']);
  assert.deepEqual(outline('---\n- item\n')[0], 'other "---"');
});
