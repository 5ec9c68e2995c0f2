// The goals and action items of a review, with the text that identifies them across cycles.
import type { ActionItem, Goal, Range } from '../model';
import type { ParsedReview } from '../parse/parse';
import { FIELD_LABEL, normalizeForMatch } from './similarity';

export interface ReviewItem {
  kind: 'action' | 'goal';
  /** The item as written, on one line. */
  text: string;
  /** The item's source text, unchanged (for carrying it over). */
  raw: string;
  /** The item as written without its owner and due date. */
  subject: string;
  /** What a message quotes: the subject without the labels its owner and due date had (an action), or the goal. */
  quote: string;
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

/** The owner, due-date and owner-placeholder spans of an action, as offsets in its text, last first. */
function fieldSpans(doc: ParsedReview, action: ActionItem): { start: number; end: number; field: 'owner' | 'due' | 'placeholder' }[] {
  const { offset, text } = action.item;
  return (
    [
      ['owner', action.owner?.range],
      ['due', action.due?.range],
      ['placeholder', action.ownerPlaceholder?.range],
    ] as const
  )
    .filter((entry): entry is readonly ['owner' | 'due' | 'placeholder', Range] => entry[1] !== undefined)
    .map(([field, r]) => ({ field, start: doc.lines.offset(r.start) - offset, end: doc.lines.offset(r.end) - offset }))
    .filter((span) => span.start >= 0 && span.end <= text.length)
    .sort((a, b) => b.start - a.start);
}

/** The action's text with the owner and due-date spans cut out (they change when an item is carried over). */
function actionSubject(doc: ParsedReview, action: ActionItem): string {
  let text = action.item.text;
  for (const { start, end, field } of fieldSpans(doc, action)) if (field !== 'placeholder') text = text.slice(0, start) + text.slice(end);
  return text;
}

/** An owner or due-date label just before its value (`Owner: @`, `负责人：`, `截止日期：`). */
const LABEL_BEFORE = new RegExp(`${FIELD_LABEL}\\s*[:：]?\\s*@?$`, 'iu');
/** What sets a deadline off as a clause of its own at an item's end: a comma, then maybe a preposition. */
const DEADLINE_CLAUSE = /\s*[,，;；]\s*(?:(?:by|before|until|no later than|on|in|within)\s+|到|至|于|在|截至)?$/iu;
/** A span that holds its own label (the owner `负责人：@邓文博`). */
const LABEL_FIRST = new RegExp(`^${FIELD_LABEL}\\s*[:：]`, 'iu');

/**
 * What a message quotes of an action: its text without the owner and due date that follow a label (`Owner: @alex`,
 * `截止：10-15`), which the writer added as fields, and without a deadline that ends it; an owner or a date inside
 * the sentence stays, or the quote would not read (`to add smoke tests` for `Priya to add smoke tests`).
 */
function actionQuote(doc: ParsedReview, action: ActionItem): string {
  let text = action.item.text;
  for (const { start, end, field } of fieldSpans(doc, action)) {
    const label = LABEL_BEFORE.exec(text.slice(0, start));
    if (label) text = text.slice(0, label.index) + text.slice(end);
    else if (LABEL_FIRST.test(text.slice(start, end))) text = text.slice(0, start) + text.slice(end);
    // A deadline that ends the item as a clause of its own (`…, by November 30`, `…，10 月 15 日前`) goes too.
    else if (field === 'due' && !/[^\s.。,，;；)）]/u.test(text.slice(end))) {
      const clause = DEADLINE_CLAUSE.exec(text.slice(0, start));
      if (clause) text = text.slice(0, clause.index);
    }
  }
  // Brackets and separators the cut fields leave empty or doubled: `(Owner: Ana)`, `Owner: Ana. Due: 11-30.`
  return oneLine(text.replace(/\s*(?:\(\s*\)|（\s*）)/gu, '').replace(/([.。,，;；])(?:\s*[.。,，;；、])+/gu, '$1').replace(/\s-\s+-\s/gu, ' - '), Infinity).replace(/[\s,，;；、]+$/u, '');
}

function actionItem(doc: ParsedReview, action: ActionItem): ReviewItem {
  const subject = actionSubject(doc, action);
  const quote = actionQuote(doc, action) || oneLine(action.item.text);
  return { kind: 'action', text: oneLine(action.item.text), raw: action.item.text, subject, quote, key: normalizeForMatch(subject), done: action.done, range: action.item.range };
}

function goalItem(goal: Goal): ReviewItem {
  return { kind: 'goal', text: oneLine(goal.block.text), raw: goal.block.text, subject: goal.block.text, quote: oneLine(goal.block.text), key: normalizeForMatch(goal.block.text), done: false, range: goal.block.range };
}

/** Action items (task-list entries) of a review; items with no words left after normalizing are skipped. */
export function actionItems(doc: ParsedReview): ReviewItem[] {
  return doc.actions.map((a) => actionItem(doc, a)).filter((i) => i.key);
}

/** Goals (plain list items of goal-bearing sections) of a review. */
export function goalItems(doc: ParsedReview): ReviewItem[] {
  return doc.goals.map(goalItem).filter((i) => i.key);
}
