// Bundled by scripts/bench.mjs (esbuild, like dist): the core for in-process timings, next to the bare parse
// that the core's own parser is measured against.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

export { lint, lintDocument } from '../../src/core/lint/lint';
export { parse } from '../../src/core/parse/parse';
export { RULES } from '../../src/core/rules/registry';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/** The floor any linter of these files pays: the Markdown tree (with frontmatter and GFM) and the YAML document. */
export function bareParse(text: string): unknown {
  const tree = processor.parse(text) as Root;
  const first = tree.children[0];
  return first?.type === 'yaml' ? parseDocument(first.value) : tree;
}
