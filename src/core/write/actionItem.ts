// "Complete this action item": what an open item lacks, written in: an owner chosen from the people of the
// workspace's reviews (the employee and the reviewer first), and a due date at the end of the next cycle.
// A placeholder owner (负责人：待定) and a word that sets no deadline (尽快, ASAP) are replaced where they stand.
import { nextCycleDeadline } from '../cycles/cycle';
import type { Locale } from '../i18n';
import { maskNonProse } from '../language/prose';
import type { ActionItem } from '../model';
import { endsWithDueLabel, vagueDueWord } from '../parse/dueDates';
import type { ParsedReview } from '../parse/parse';
import type { SnippetPart } from './snippet';
import type { WritingFix } from './writingFix';

const CJK = /[\u4e00-\u9fff]/u;

interface Replacement {
  start: number;
  end: number;
  parts: SnippetPart[];
}

/** The employee, then the reviewer, then everyone else with a review, each once. */
function owners(doc: ParsedReview, people: readonly string[]): string[] {
  const names = [doc.meta.employee, doc.meta.reviewer, ...people].map((n) => n?.trim()).filter((n): n is string => !!n);
  return [...new Set(names)];
}

export function actionItemFixes(doc: ParsedReview, action: ActionItem, people: readonly string[], locale: Locale): WritingFix[] {
  if (action.done || (action.owner && action.due)) return [];
  const { text, offset } = action.item;
  const zh = CJK.test(text);
  const names = owners(doc, people);
  const due = nextCycleDeadline(doc.meta.cycle, doc.today);
  const replacements: Replacement[] = [];
  const tail: SnippetPart[] = [];
  if (!action.owner && names.length) {
    const owner: SnippetPart[] = [zh ? '负责人：@' : 'Owner: @', { stop: 1, choices: names }];
    const placeholder = action.ownerPlaceholder?.range;
    if (placeholder) replacements.push({ start: doc.lines.offset(placeholder.start) - offset, end: doc.lines.offset(placeholder.end) - offset, parts: owner });
    else tail.push(' ', ...owner);
  }
  if (!action.due) {
    const vague = vagueDueWord(text);
    if (vague) {
      const labelled = endsWithDueLabel(text.slice(0, vague.index));
      const date = { stop: 2, value: due };
      replacements.push({ start: vague.index, end: vague.index + vague.text.length, parts: labelled ? [date] : zh ? [date, ' 前'] : ['by ', date] });
    } else tail.push(' ', zh ? '截止：' : 'Due: ', { stop: 2, value: due });
  }
  if (!replacements.length && !tail.length) return [];
  // One snippet over the item's text (up to a trailing comment): the words between the replaced spans kept as they are.
  const end = maskNonProse(text).trimEnd().length;
  const parts: SnippetPart[] = [];
  let from = 0;
  for (const r of replacements.sort((a, b) => a.start - b.start)) {
    if (r.start < from) continue;
    parts.push(text.slice(from, r.start), ...r.parts);
    from = r.end;
  }
  parts.push(text.slice(from, end), ...tail);
  const what = [!action.owner && names.length ? (locale === 'zh' ? '责任人' : 'an owner') : '', !action.due ? (locale === 'zh' ? `截止日期 ${due}` : `due date ${due}`) : '']
    .filter(Boolean)
    .join(locale === 'zh' ? '和' : ' and ');
  return [{
    title: locale === 'zh' ? `补全行动项：${what}` : `Complete this action item: ${what}`,
    range: doc.lines.range(offset, offset + end),
    parts,
  }];
}
