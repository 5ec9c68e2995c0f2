// Fixes that write the missing part of a finding from the review's data, as snippets with tab stops (issue 24 pt 3).
// The rules' own fixes are edits a bulk "fix all" may apply; these ask the writer to type over a stop, so they
// are offered one at a time and never applied in bulk.
import type { Locale } from '../i18n';
import type { Finding } from '../lint/types';
import type { Range } from '../model';
import type { ParsedReview } from '../parse/parse';
import { actionItemFixes } from './actionItem';
import { smartGoalFixes } from './smartGoal';
import type { SnippetPart } from './snippet';
import { vagueFeedbackFixes } from './vagueFeedback';

export interface WritingFix {
  title: string;
  /** Replaced by the snippet; empty for an insertion. */
  range: Range;
  parts: SnippetPart[];
}

export interface WritingContext {
  /** Everyone with a review in the workspace: owners to choose from. */
  people: readonly string[];
  /** The language of the fix titles (the text written follows the sentence it extends). */
  locale: Locale;
}

const inside = (r: Range, line: number) => r.start.line <= line && line <= r.end.line;

/** The writing fixes for one finding of `doc` (the review as parsed when it was linted). */
export function writingFixes(doc: ParsedReview, finding: Pick<Finding, 'ruleId' | 'range' | 'data'>, context: WritingContext): WritingFix[] {
  const line = finding.range.start.line;
  switch (finding.ruleId) {
    case 'goal-smart': {
      const goal = doc.goals.find((g) => inside(g.block.range, line));
      const missing = Array.isArray(finding.data?.missing) ? (finding.data.missing as string[]) : [];
      return goal ? smartGoalFixes(doc, goal, missing, context.locale) : [];
    }
    case 'vague-feedback':
      return vagueFeedbackFixes(doc, doc.lines.offset(finding.range.start), context.locale);
    case 'action-owner':
    case 'action-due': {
      const action = doc.actions.find((a) => inside(a.item.range, line));
      return action ? actionItemFixes(doc, action, context.people, context.locale) : [];
    }
    default:
      return [];
  }
}
