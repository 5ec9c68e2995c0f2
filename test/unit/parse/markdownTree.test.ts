// The engine's Markdown tree: parsed in chunks, it is the tree of the whole document, node for node and position
// for position; kept chunks are reused; the micromark quirks the model inherits are pinned down.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { markdownTree, wholeTree, type ChunkCache } from '../../../src/core/parse/markdownTree';

/** Every node as `type start-end (line:column)` plus what the model reads of it (depth, checkbox, list kind). */
function outline(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: Nodes, depth: number) => {
    const p = node.position!;
    const extra = [
      'depth' in node ? `depth=${node.depth}` : '',
      'checked' in node ? `checked=${node.checked}` : '',
      'ordered' in node ? `ordered=${node.ordered} start=${node.start} spread=${node.spread}` : '',
      'value' in node ? JSON.stringify(node.value) : '',
    ].filter(Boolean).join(' ');
    out.push(`${'  '.repeat(depth)}${node.type} ${p.start.offset}-${p.end.offset} (${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column}) ${extra}`);
    if ('children' in node) for (const child of node.children) walk(child, depth + 1);
  };
  for (const child of tree.children) walk(child, 0);
  return out;
}

const PIECES = [
  '## 一、目标达成情况', '# Goals', '标题\n===', 'Title\n---', '段落文字，表现还可以。', 'Paragraph\ncontinued lazily', '- 项目一', '- [ ] 王五负责，12月31日前完成',
  '- [x] done', '  - 嵌套', '    - 更深', '1. 有序', '2) 有序', '* star', '> 引用', '> - 引用列表', '>', '| a | b |\n| - | - |\n| 1 | 2 |', '| a |\n|---|\n| x | y | z |',
  '```\ncode', '```', '~~~', '    indented code', '<!-- comment -->', '<!-- open', 'still open', '-->', '<div>', '</div>', '<script>', '</script>', '---', '***', '- - -',
  '', '', '', '\t- tab', '- a\n\n  more of a', '- ~~~', '> ```', '1. <!-- open', 'text <!-- c --> more', '[x]: http://a', '  continued', '- ',
];

const document = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 24 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([pieces, eol, frontmatter]) => ({ text: ((frontmatter ? '---\nemployee: 张三\n---\n' : '') + pieces.join('\n')).replace(/\n/g, eol), frontmatter }));

const frontmatterEnd = (text: string, has: boolean) => (has ? text.indexOf('---', 3) + 3 : 0);

test('a document parsed in chunks (split at every possible place) has the tree of the whole', () => {
  // An unclosed fence in a list item: alone, the chunk's code runs on over the blank line; the whole closes it there.
  const open = '- ~~~\n\n## 一、目标达成情况';
  assert.deepEqual(outline(markdownTree(open, { chunkChars: 1 })), outline(markdownTree(open, { chunkChars: Infinity })));
  fc.assert(
    fc.property(document, ({ text, frontmatter }) => {
      const end = frontmatterEnd(text, frontmatter);
      assert.deepEqual(outline(markdownTree(text, { frontmatterEnd: end, chunkChars: 1 })), outline(markdownTree(text, { frontmatterEnd: end, chunkChars: Infinity })));
    }),
    { numRuns: 4000 },
  );
});

test('the chunked tree, its frontmatter read from the fences and long blank runs left unparsed, is that of one whole parse', () => {
  const long = '\n'.repeat(300);
  const pieces = [...PIECES, long, ' \t'.repeat(3) + long, '```' + long + 'x'];
  const opening = ['---\nemployee: 张三\n---\n', `---\n${long}a: 1\n---\n`, '---\n---\n', '--- \nx: 1\n---  \n', ''];
  const doc = fc
    .tuple(fc.constantFrom(...opening), fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 16 }), fc.constantFrom('\n', '\r\n', '\r'))
    .map(([head, parts, eol]) => ({ text: (head + parts.join('\n')).replace(/\n/g, eol), frontmatter: head !== '' }));
  fc.assert(
    fc.property(doc, ({ text, frontmatter }) => {
      const whole = wholeTree(text, frontmatter);
      const yaml = whole.children[0]?.type === 'yaml' ? whole.children[0].position!.end.offset! : 0;
      assert.deepEqual(outline(markdownTree(text, { frontmatterEnd: yaml, chunkChars: 1 })), outline(yaml || !frontmatter ? whole : wholeTree(text, false)));
    }),
    { numRuns: 3000 },
  );
});

test('kept chunks are reused: an edit re-parses its chunk only, and the tree is that of a fresh parse', () => {
  fc.assert(
    fc.property(document, fc.nat(), fc.constantFrom(...PIECES), ({ text, frontmatter }, at, insert) => {
      const cache: ChunkCache = new Map();
      const end = frontmatterEnd(text, frontmatter);
      markdownTree(text, { frontmatterEnd: end, chunkChars: 1, cache });
      // Anywhere after the frontmatter's closing line.
      const body = end + (/^(?:\r\n|\r|\n)?/.exec(text.slice(end))![0].length);
      const i = body + (at % (text.length - body + 1));
      const edited = text.slice(0, i) + insert + text.slice(i);
      assert.deepEqual(outline(markdownTree(edited, { frontmatterEnd: end, chunkChars: 1, cache })), outline(markdownTree(edited, { frontmatterEnd: end, chunkChars: Infinity })));
    }),
    { numRuns: 2000 },
  );
});

test('4,000 short lists between paragraphs parse in chunks in linear time (in one piece micromark took 7 s)', () => {
  const text = Array.from({ length: 4000 }, (_, i) => `para ${i}\n\n- item ${i}\n\n`).join('');
  const start = performance.now();
  const tree = markdownTree(text);
  assert.equal(tree.children.length, 8000);
  assert.ok(performance.now() - start < 5000, `${performance.now() - start} ms`);
});

test('micromark quirks the model inherits: an ordered list after indented code, a table right after a list item', () => {
  const types = (text: string) => markdownTree(text).children.map((c) => c.type);
  // CommonMark would start a list here (the line interrupts no paragraph); micromark reads a paragraph.
  assert.deepEqual(types('    code\n\n2) item\n'), ['code', 'paragraph']);
  assert.deepEqual(types('2) item\n'), ['list']);
  // A table row at the margin right after a list item is not a table of its own.
  assert.deepEqual(types('- a\n| x | y |\n| - | - |\n'), ['list']);
});
