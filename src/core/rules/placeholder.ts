import type { Rule } from '../lint/types';
import { text } from '../i18n';
import type { ParsedReview } from '../parse/parse';

// Bracketed prompts from templates (【待填写：…】, [TODO: …]) first, then bare markers.
const PLACEHOLDER =
  /【[^】\n]{0,200}】|\[(?:TODO|TBD|FIXME|Fill in)[^\]\n]{0,200}\]|\b(?:TODO|TBD|FIXME)\b|(?<![A-Za-z])(?:xxx+|XXX+)(?![A-Za-z])|待填写|待补充|请填写|待定|YYYY-MM-DD|\{\{[^}\n]{0,80}\}\}/gu;

const HAS_PLACEHOLDER = new RegExp(PLACEHOLDER.source, 'u');

// 【…】 is ordinary Chinese punctuation too; only prompts that ask to fill something in count.
const PROMPT_WORDS = /待填写|待补充|请填写|待定|填写|TODO|TBD/u;

function isPlaceholder(match: string): boolean {
  return !match.startsWith('【') || PROMPT_WORDS.test(match);
}

/** Lines of the template's scaffold that would be left over verbatim. */
function scaffoldLines(doc: ParsedReview): Set<string> {
  const lines = new Set<string>();
  for (const s of doc.template.sections) {
    for (const line of s.scaffold.split(/\r?\n/)) {
      const t = line.trim();
      if (t.length >= 8 && !t.startsWith('#')) lines.add(t);
    }
  }
  return lines;
}

/** Leftover template prompts and TODO/TBD/待填写/xxx markers, in the body and in frontmatter values. */
export const placeholderRule: Rule = {
  id: 'placeholder',
  defaultSeverity: 'warning',
  description: text('No leftover template prompts or TODO/TBD/待填写/xxx markers.', '不得残留模板提示或 TODO/TBD/待填写/xxx 等占位符。'),
  check({ doc, report }) {
    const flag = (start: number, end: number, found: string) => {
      const range = doc.lines.range(start, end);
      report({
        range,
        message: text('Leftover placeholder "{p}": replace it with the real content.', '残留占位符“{p}”：请替换为实际内容。', { p: found.length > 40 ? `${found.slice(0, 40)}…` : found }),
        data: { placeholder: found },
        fixes: [{ title: text('Remove placeholder', '删除占位符'), edits: [{ range, newText: '' }] }],
      });
    };
    const scan = (source: string, offset: number) => {
      for (const m of source.matchAll(PLACEHOLDER)) if (isPlaceholder(m[0])) flag(offset + m.index, offset + m.index + m[0].length, m[0]);
    };
    const prompts = scaffoldLines(doc);
    for (const block of doc.blocks) {
      const trimmed = block.text.trim();
      if (prompts.has(trimmed) && !HAS_PLACEHOLDER.test(trimmed)) flag(block.offset, block.offset + block.text.length, trimmed);
      scan(block.text, block.offset);
    }
    const fm = doc.frontmatter;
    if (fm?.source) scan(fm.source, fm.contentOffset);
  },
};
