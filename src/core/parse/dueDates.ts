import { findTimeExpression, findVagueDeadline } from '../language/timeExpressions';

// An explicit label wins over a date found elsewhere in the item.
const DUE_LABEL = /(?:截止(?:日期|时间)?|期限|完成时间|时间节点|due(?:\s+date)?|deadline)\s*[:：]?\s*/iu;
const ENDS_WITH_DUE_LABEL = new RegExp(`${DUE_LABEL.source}$`, DUE_LABEL.flags);

/** Whether the text ends with a due-date label (截止：, Due:), so what follows it is the date. */
export function endsWithDueLabel(text: string): boolean {
  return ENDS_WITH_DUE_LABEL.test(text);
}
// The common case, an ISO or slashed date, needs no natural-language parser.
const NUMERIC_DATE = /\b(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b/u;

function numericDate(text: string): { text: string; index: number; date: string } | undefined {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return undefined;
  return { text: m[0], index: m.index, date: `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` };
}

/**
 * The word of an action item that sounds like its deadline but sets none: the one after a due label first
 * (持续提升满意度 截止：长期 is due 长期; 持续 there says how, not when), else the first such word.
 */
export function vagueDueWord(text: string): { index: number; text: string } | undefined {
  const label = DUE_LABEL.exec(text);
  if (label) {
    const start = label.index + label[0].length;
    const vague = findVagueDeadline(text.slice(start));
    if (vague && vague.index <= 2) return { index: start + vague.index, text: vague.text };
  }
  return findVagueDeadline(text);
}

/** The due date of an action item's text, with its offset in that text. */
export function findDueDate(text: string, reference?: Date): { text: string; index: number; date?: string } | undefined {
  const label = DUE_LABEL.exec(text);
  if (label) {
    const start = label.index + label[0].length;
    const after = text.slice(start);
    const found = numericDate(after) ?? findTimeExpression(after, reference);
    if (found && found.index <= 2) return { ...found, index: start + found.index };
    // 截止：尽早 sets no date, whatever else the item names (双十一预热视频排期表 is a schedule, not a deadline).
    const vague = findVagueDeadline(after);
    if (vague && vague.index <= 2) return undefined;
  }
  return numericDate(text) ?? findTimeExpression(text, reference);
}
