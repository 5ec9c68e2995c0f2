import type { Rule } from '../lint/types';
import { text } from '../i18n';
import { at, writesChinese } from './fixHelpers';

/** 明确责任人: every open action item names who does it. */
export const actionOwnerRule: Rule = {
  id: 'action-owner',
  defaultSeverity: 'warning',
  description: text(
    'Open action items name an owner (@name, Owner: X, "Dana owns this", 由刘洋牵头, 陈晨负责); TBD / 待定 / XXX is not one.',
    '未完成的行动项需写明责任人（@姓名、负责人：X、由刘洋牵头、陈晨负责等）；“待定”“XXX”不算。',
  ),
  check({ doc, report }) {
    for (const action of doc.actions) {
      if (action.done || action.owner) continue;
      const name = doc.meta.employee?.trim() || (writesChinese(doc) ? '负责人' : 'owner');
      const stub = writesChinese(doc) ? `负责人：@${name}` : `Owner: @${name}`;
      const placeholder = action.ownerPlaceholder;
      if (placeholder) {
        report({
          range: placeholder.range,
          message: text(
            'The owner "{p}" names nobody: say who does it, e.g. "Owner: @name".',
            '责任人“{p}”没有落实到人：请写明由谁负责，如“负责人：@姓名”。',
            { p: placeholder.name },
          ),
          data: { placeholder: placeholder.name },
          fixes: [{ title: text('Name an owner', '写明责任人'), edits: [{ range: placeholder.range, newText: stub }] }],
        });
        continue;
      }
      report({
        range: action.item.range,
        message: text(
          'Action item has no owner. Name one: "Owner: @name", or in a sentence ("Dana owns this").',
          '行动项没有责任人：请写明由谁负责，如“负责人：@姓名”或“由刘洋牵头”。',
        ),
        fixes: [{ title: text('Add an owner', '添加责任人'), edits: [{ range: at(action.item.range.end), newText: ` ${stub}` }] }],
      });
    }
  },
};
