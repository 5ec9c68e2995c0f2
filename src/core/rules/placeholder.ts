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
    const clip = (p: string) => (p.length > 40 ? `${p.slice(0, 40)}…` : p);
    // A line's prompts are one thing to fill in (an action line's item, owner and due date): one finding for them all.
    const flag = (spans: readonly { start: number; end: number; found: string }[]) => {
      const [first, ...more] = spans;
      report({
        range: doc.lines.range(first.start, spans.at(-1)!.end),
        message: more.length
          ? text('Leftover placeholders "{p}" and {n} more on this line: replace them with the real content.', '本行残留占位符“{p}”等 {all} 处：请替换为实际内容。', { p: clip(first.found), n: more.length, all: spans.length })
          : text('Leftover placeholder "{p}": replace it with the real content.', '残留占位符“{p}”：请替换为实际内容。', { p: clip(first.found) }),
        data: { placeholder: first.found },
        fixes: [{ title: text('Remove placeholder', '删除占位符'), edits: spans.map((s) => ({ range: doc.lines.range(s.start, s.end), newText: '' })) }],
      });
    };
    const scan = (source: string, offset: number) => {
      let line: { start: number; end: number; found: string }[] = [];
      let lineEnd = -1;
      for (const m of source.matchAll(PLACEHOLDER)) {
        if (!isPlaceholder(m[0])) continue;
        if (m.index > lineEnd && line.length) {
          flag(line);
          line = [];
        }
        if (!line.length) {
          const newline = source.indexOf('\n', m.index);
          lineEnd = newline < 0 ? source.length : newline;
        }
        line.push({ start: offset + m.index, end: offset + m.index + m[0].length, found: m[0] });
      }
      if (line.length) flag(line);
    };
    const prompts = scaffoldLines(doc);
    for (const block of doc.blocks) {
      const trimmed = block.text.trim();
      if (prompts.has(trimmed) && !HAS_PLACEHOLDER.test(trimmed)) flag([{ start: block.offset, end: block.offset + block.text.length, found: trimmed }]);
      scan(block.text, block.offset);
    }
    const fm = doc.frontmatter;
    if (fm?.source) scan(fm.source, fm.contentOffset);
  },
};
