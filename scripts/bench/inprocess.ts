// Bundled by scripts/bench.mjs (esbuild, like dist): the core for in-process timings, next to the bare parse
// that the core's own parser is measured against.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { parseDocument } from 'yaml';

export { lint, lintDocument } from '../../src/core/lint/lint';
export { parse } from '../../src/core/parse/parse';
export { RULES } from '../../src/core/rules/registry';

const md = new MarkdownIt('commonmark').enable('table');
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The floor any linter of these files pays: the Markdown block structure (markdown-it's block rules, CommonMark
 * and GFM tables, as the core uses them) and the frontmatter's YAML document.
 */
export function bareParse(text: string): unknown {
  const frontmatter = FRONTMATTER.exec(text);
  const tokens: Token[] = [];
  md.block.parse(frontmatter ? text.slice(frontmatter[0].length) : text, md, {}, tokens);
  return frontmatter ? [parseDocument(frontmatter[1]), tokens] : tokens;
}
