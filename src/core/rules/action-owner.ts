import type { Rule } from '../lint/types';
import { text } from '../i18n';
import { at, writesChinese } from './fixHelpers';

/** 明确责任人: every open action item names who does it. */
export const actionOwnerRule: Rule = {
  id: 'action-owner',
  defaultSeverity: 'warning',
  description: text('Open action items name an owner (@name, 负责人：X, Owner: X).', '未完成的行动项需写明责任人（@姓名、负责人：X、Owner: X）。'),
  check({ doc, report }) {
    for (const action of doc.actions) {
      if (action.done || action.owner) continue;
      const end = action.item.range.end;
      const name = doc.meta.employee?.trim() || (writesChinese(doc) ? '负责人' : 'owner');
      const stub = writesChinese(doc) ? ` 负责人：@${name}` : ` Owner: @${name}`;
      report({
        range: action.item.range,
        message: text('Action item has no owner. Name one with @name or "Owner: name".', '行动项没有责任人：请用 @姓名 或“负责人：姓名”写明。'),
        fixes: [{ title: text('Add an owner', '添加责任人'), edits: [{ range: at(end), newText: stub }] }],
      });
    }
  },
};
