// Bundled by scripts/bench.mjs (esbuild, like dist) and scripts/fuzz.mjs: the core for in-process timings and the
// fuzz, next to the two parses the core's own parser is measured against.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

export { lint, lintDocument } from '../../src/core/lint/lint';
export { parse } from '../../src/core/parse/parse';
export { RULES } from '../../src/core/rules/registry';
export { compileGlobs } from '../../src/core/workspace/glob';
import { markdownTree } from '../../src/core/parse/markdownTree';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * DESIGN.md §5's reference, "the bare parse": the Markdown tree a remark-based linter builds (unified +
 * remark-parse + frontmatter + GFM) and the frontmatter's YAML document.
 */
export function bareParse(text: string): unknown {
  const tree = remark.parse(text);
  const first = tree.children[0];
  return first?.type === 'yaml' ? parseDocument(first.value) : tree;
}

/**
 * The floor of the core's own parse: the lean tree of the core's parser (remark with GFM tables and task lists only,
 * the inline constructs the core does not read disabled) and the frontmatter's YAML document.
 */
export function blockParse(text: string): unknown {
  const frontmatter = FRONTMATTER.exec(text);
  const tree = markdownTree(text, { frontmatterEnd: frontmatter ? frontmatter[0].trimEnd().length : 0 });
  return frontmatter ? [parseDocument(frontmatter[1]), tree] : tree;
}
