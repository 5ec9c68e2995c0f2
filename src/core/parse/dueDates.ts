import { findTimeExpression } from '../language/timeExpressions';

// An explicit label wins over a date found elsewhere in the item.
const DUE_LABEL = /(?:截止(?:日期|时间)?|期限|完成时间|时间节点|due(?:\s+date)?|deadline)\s*[:：]?\s*/iu;

/** The due date of an action item's text, with its offset in that text. */
export function findDueDate(text: string, reference?: Date): { text: string; index: number; date?: string } | undefined {
  const label = DUE_LABEL.exec(text);
  if (label) {
    const after = text.slice(label.index + label[0].length);
    const found = findTimeExpression(after, reference);
    if (found && found.index <= 2) return { ...found, index: label.index + label[0].length + found.index };
  }
  return findTimeExpression(text, reference);
}
