// The goals and action items of a review, with the text that identifies them across cycles.
import type { ActionItem, Goal, Range } from '../model';
import type { ParsedReview } from '../parse/parse';
import { normalizeForMatch } from './similarity';

export interface ReviewItem {
  kind: 'action' | 'goal';
  /** The item as written, on one line. */
  text: string;
  /** The item's source text, unchanged (for carrying it over). */
  raw: string;
  /** The item as written without its owner and due date. */
  subject: string;
  /** The subject without dates and punctuation, folded: what is compared across cycles. */
  key: string;
  done: boolean;
  range: Range;
}

/** One line of display text, cut at `max` characters. */
export function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The action's text with the owner and due-date spans cut out (they change when an item is carried over). */
function actionSubject(doc: ParsedReview, action: ActionItem): string {
  const { item } = action;
  const cuts = [action.owner?.range, action.due?.range]
    .filter((r): r is Range => r !== undefined)
    .map((r) => [doc.lines.offset(r.start) - item.offset, doc.lines.offset(r.end) - item.offset] as const)
    .sort((a, b) => b[0] - a[0]);
  let text = item.text;
  for (const [start, end] of cuts) if (start >= 0 && end <= text.length) text = text.slice(0, start) + text.slice(end);
  return text;
}

function actionItem(doc: ParsedReview, action: ActionItem): ReviewItem {
  const subject = actionSubject(doc, action);
  return { kind: 'action', text: oneLine(action.item.text), raw: action.item.text, subject, key: normalizeForMatch(subject), done: action.done, range: action.item.range };
}

function goalItem(goal: Goal): ReviewItem {
  return { kind: 'goal', text: oneLine(goal.block.text), raw: goal.block.text, subject: goal.block.text, key: normalizeForMatch(goal.block.text), done: false, range: goal.block.range };
}

/** Action items (task-list entries) of a review; items with no words left after normalizing are skipped. */
export function actionItems(doc: ParsedReview): ReviewItem[] {
  return doc.actions.map((a) => actionItem(doc, a)).filter((i) => i.key);
}

/** Goals (plain list items of goal-bearing sections) of a review. */
export function goalItems(doc: ParsedReview): ReviewItem[] {
  return doc.goals.map(goalItem).filter((i) => i.key);
}
