import type { Report, Rule, TextEdit } from '../lint/types';
import { text, type Text } from '../i18n';
import { at, writesChinese } from './fixHelpers';
import { leftToPlaceholder } from './placeholder';

/** Stands for the typed name in the "type a name" fix (a character no review text contains). */
export const OWNER_SLOT = '\u0000owner\u0000';

/** 明确责任人: every open action item names who does it. */
export const actionOwnerRule: Rule = {
  id: 'action-owner',
  defaultSeverity: 'warning',
  needs: 'prose',
  description: text(
    'Open action items name an owner (@name, Owner: X, "Dana owns this", 由刘洋牵头, 陈晨负责); TBD / 待定 / XXX is not one.',
    '未完成的行动项需写明责任人（@姓名、负责人：X、由刘洋牵头、陈晨负责等）；“待定”“XXX”不算。',
  ),
  check({ doc, report }) {
    const zh = writesChinese(doc);
    const employee = doc.meta.employee?.trim();
    const reviewer = doc.meta.reviewer?.trim();
    // The usual owners to choose from: the employee, then the reviewer; with neither known, a name to replace.
    const owners = [
      ...(employee ? [{ name: employee, role: text('the employee', '员工') }] : []),
      ...(reviewer && reviewer !== employee ? [{ name: reviewer, role: text('the reviewer', '面谈人') }] : []),
    ];
    const stub = (name: string) => (zh ? `负责人：@${name}` : `Owner: @${name}`);
    // Then anyone else: a name typed in (the editor asks for it), written in the review's language form.
    const typed = (title: Text, edit: (stubText: string) => TextEdit): NonNullable<Report['fixes']>[number] => ({
      title: { en: `${title.en}: type a name…`, zh: `${title.zh}：输入姓名…` },
      edits: [edit(stub(OWNER_SLOT))],
      input: { prompt: text('Who owns this action item?', '这条行动项由谁负责？'), slot: OWNER_SLOT },
    });
    const choices = (title: Text, edit: (stubText: string) => TextEdit) => [
      ...(owners.length
        ? owners.map((o) => ({
          title: { en: `${title.en}: @${o.name} (${o.role.en})`, zh: `${title.zh}：@${o.name}（${o.role.zh}）` },
          edits: [edit(stub(o.name))],
        }))
        : [{ title, edits: [edit(stub(zh ? '负责人' : 'owner'))] }]),
      typed(title, edit),
    ];
    for (const action of doc.actions) {
      if (action.done || action.owner) continue;
      const placeholder = action.ownerPlaceholder;
      // An owner left as a template prompt (负责人：【待填写】, Owner: [TODO]) is placeholder's one finding.
      if (leftToPlaceholder(action, placeholder && { start: doc.lines.offset(placeholder.range.start), end: doc.lines.offset(placeholder.range.end) })) continue;
      if (placeholder) {
        report({
          range: placeholder.range,
          message: text(
            'The owner "{p}" names nobody: say who does it, e.g. "Owner: @name".',
            '责任人“{p}”没有落实到人：请写明由谁负责，如“负责人：@姓名”。',
            { p: placeholder.name },
          ),
          data: { placeholder: placeholder.name },
          fixes: choices(text('Name an owner', '写明责任人'), (newText) => ({ range: placeholder.range, newText })),
        });
        continue;
      }
      report({
        range: action.item.range,
        message: text(
          'Action item has no owner. Name one: "Owner: @name", or in a sentence ("Dana owns this").',
          '行动项没有责任人：请写明由谁负责，如“负责人：@姓名”或“由刘洋牵头”。',
        ),
        fixes: choices(text('Add an owner', '添加责任人'), (newText) => ({ range: at(action.item.range.end), newText: ` ${newText}` })),
      });
    }
  },
};
