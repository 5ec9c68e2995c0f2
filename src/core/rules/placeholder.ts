import type { Rule } from '../lint/types';
import { text } from '../i18n';
import { vagueDueWord } from '../parse/dueDates';
import type { ActionItem } from '../model';
import type { ParsedReview } from '../parse/parse';

// Bracketed prompts from templates (【待填写：…】, [TODO: …]) first, then bare markers (TODO, xx, ???, [name]). 待定 after 还/尚/暂
// (排班还待定) says a thing is undecided: a sentence, not a slot left empty.
const PLACEHOLDER =
  /【[^】\n]{0,200}】|\[(?:TODO|TBD|FIXME|Fill in)[^\]\n]{0,200}\]|\b(?:TODO|TBD|FIXME)\b|(?<![A-Za-z0-9])(?:xx+|XX+)(?![A-Za-z0-9])|[?？]{3,}|\[(?:[Nn]ame|NAME|[Dd]ate|[Nn]umber|[Ee]mployee|[Oo]wner|\?+|[xX]+)\]|待填写|待补充|请填写|(?<![还尚暂仍都也])待定|YYYY-MM-DD|\{\{[^}\n]{0,80}\}\}/gu;

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

interface Span {
  start: number;
  end: number;
  found: string;
}

/** A prompt as templates, snippets and New Review write it (【待填写：…】, [TODO: …], YYYY-MM-DD, {{…}}), not a word a person typed (待定, TBD, XXX). */
const TEMPLATE_PROMPT = /^(?:【|\[|\{\{|YYYY-MM-DD$)/u;

/**
 * What action-owner and action-due name in an open action item themselves: a placeholder owner (负责人：待定,
 * Owner: TBD) and a deadline word that sets none (截止：待定, 时间待定). Placeholder leaves the words a person typed
 * there to them. Both are read only with the language layer, as those rules are.
 */
function slotSpans(doc: ParsedReview, action: ActionItem): { start: number; end: number }[] {
  if (action.done || doc.depth !== 'prose') return [];
  const spans: { start: number; end: number }[] = [];
  if (!action.owner && action.ownerPlaceholder) {
    const { range } = action.ownerPlaceholder;
    spans.push({ start: doc.lines.offset(range.start), end: doc.lines.offset(range.end) });
  }
  const vague = action.due ? undefined : vagueDueWord(action.item.text);
  if (vague) spans.push({ start: action.item.offset + vague.index, end: action.item.offset + vague.index + vague.text.length });
  return spans;
}

/** Spans merged where they overlap, in order: a match lies inside one of the spans if it lies inside one of these. */
function merged(spans: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

// A marker written about, not left over: one that a noun names (the {{product_name}} 变量, TODO comments), or two
// named together (把注释里的 TODO 和 FIXME 抽出来).
const NAMED_AFTER = /^\s*(?:变量|占位符|标记|注释|字段|语法|variables?\b|placeholders?\b|markers?\b|tags?\b|comments?\b|syntax\b)/iu;
const MARKER = '(?:TODO|TBD|FIXME|XXX|\\{\\{[^}\\n]{0,80}\\}\\})';
const MARKER_PAIR = new RegExp(`${MARKER}\\s*(?:和|与|、|或|/|and|or)\\s*${MARKER}`, 'gu');

function writtenAbout(source: string, index: number, length: number): boolean {
  if (NAMED_AFTER.test(source.slice(index + length, index + length + 12))) return true;
  for (const pair of source.matchAll(MARKER_PAIR)) if (pair.index <= index && index < pair.index + pair[0].length) return true;
  return false;
}

/**
 * The placeholders in `source` (at document offset `offset`), but the words a person typed (not template prompts)
 * that lie inside a span of `left` (merged, in order).
 */
function matchesIn(source: string, offset: number, left: readonly { start: number; end: number }[] = []): Span[] {
  const spans: Span[] = [];
  for (const m of source.matchAll(PLACEHOLDER)) {
    if (!isPlaceholder(m[0]) || writtenAbout(source, m.index, m[0].length)) continue;
    const start = offset + m.index;
    const end = start + m[0].length;
    // The last span starting at or before the match (binary search: a long review has many action items).
    let lo = 0;
    let hi = left.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (left[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0 || left[lo - 1].end < end || TEMPLATE_PROMPT.test(m[0])) spans.push({ start, end, found: m[0] });
  }
  return spans;
}

/**
 * Whether placeholder reports what action-owner or action-due would say of an open action item: the item holds a
 * template prompt (负责人：【待填写】, Due: [TODO: YYYY-MM-DD], 【待填写：改进事项】), which is one thing to fill in,
 * reported once, by placeholder; those rules say nothing about an owner or date they cannot read there. `span`:
 * what the rule would name (a placeholder owner, a vague deadline word), which must overlap a prompt. A placeholder
 * a person wrote (负责人：待定, 截止：XXX) is no such prompt: those rules read the item as usual.
 */
export function leftToPlaceholder(action: ActionItem, span?: { start: number; end: number }): boolean {
  const prompts = matchesIn(action.item.text, action.item.offset).filter((p) => TEMPLATE_PROMPT.test(p.found));
  return span ? prompts.some((p) => p.start < span.end && span.start < p.end) : prompts.length > 0;
}

/** Leftover template prompts and TODO/TBD/待填写/xxx markers, in the body and in frontmatter values. */
export const placeholderRule: Rule = {
  id: 'placeholder',
  defaultSeverity: 'warning',
  description: text('No leftover template prompts or TODO/TBD/待填写/xxx markers.', '不得残留模板提示或 TODO/TBD/待填写/xxx 等占位符。'),
  check({ doc, report }) {
    const clip = (p: string) => (p.length > 40 ? `${p.slice(0, 40)}…` : p);
    // A line's prompts are one thing to fill in (an action line's item, owner and due date): one finding for them all.
    const flag = (spans: readonly Span[]) => {
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
    // 负责人：待定 and 截止：待定 in an open action item are action-owner's and action-due's findings, not a second one here.
    const left = merged(doc.actions.flatMap((action) => slotSpans(doc, action)));
    const scan = (source: string, offset: number) => {
      let line: Span[] = [];
      let lineEnd = -1;
      for (const span of matchesIn(source, offset, left)) {
        if (span.start > lineEnd && line.length) {
          flag(line);
          line = [];
        }
        if (!line.length) {
          const newline = source.indexOf('\n', span.start - offset);
          lineEnd = offset + (newline < 0 ? source.length : newline);
        }
        line.push(span);
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
