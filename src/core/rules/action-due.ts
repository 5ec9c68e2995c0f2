import { text } from '../i18n';
import { vagueDueWord } from '../parse/dueDates';
import type { Rule } from '../lint/types';
import { at, isoDaysAfter, writesChinese } from './fixHelpers';
import { leftToPlaceholder } from './placeholder';

/** 明确时间节点: every open action item has a due date (a date or a period, not 尽快/ASAP). */
export const actionDueRule: Rule = {
  id: 'action-due',
  defaultSeverity: 'warning',
  needs: 'prose',
  description: text(
    'Open action items have a due date (2026-12-31, 12月底前, by end of March…); 尽快 / ASAP / soon is not one.',
    '未完成的行动项需有时间节点（2026-12-31、12月底前、by end of March 等）；“尽快”“尽早”不算。',
  ),
  check({ doc, report }) {
    for (const action of doc.actions) {
      if (action.done || action.due) continue;
      const due = isoDaysAfter(doc.today, 14);
      const stub = writesChinese(doc) ? ` 截止：${due}` : ` Due: ${due}`;
      const vague = vagueDueWord(action.item.text);
      const start = vague && action.item.offset + vague.index;
      // A date left as a template prompt (截止：【待填写：YYYY-MM-DD】, Due: YYYY-MM-DD) is placeholder's one finding.
      if (leftToPlaceholder(action, vague && { start: start!, end: start! + vague.text.length })) continue;
      report({
        range: start !== undefined ? doc.lines.range(start, start + vague!.text.length) : action.item.range,
        message: vague
          ? text('"{v}" is not a real deadline: give a date or a period, e.g. "Due: {due}".', '“{v}”不是明确的时间节点：请写明日期或期限，如“截止：{due}”。', { v: vague.text, due })
          : text('Action item has no due date. Add one, e.g. "Due: {due}".', '行动项没有时间节点：请写明截止日期，如“截止：{due}”。', { due }),
        ...(vague && { data: { vague: vague.text } }),
        fixes: [{ title: text('Add a due date', '添加截止日期'), edits: [{ range: at(action.item.range.end), newText: stub }] }],
      });
    }
  },
};
