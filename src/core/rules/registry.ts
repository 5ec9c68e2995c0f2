// The rules in the order they run and are documented. Rule ids are a public interface: never rename one.
import type { Rule } from '../lint/types';
import { frontmatterRule } from './frontmatter';
import { sectionMissingRule } from './section-missing';
import { sectionEmptyRule } from './section-empty';
import { sectionOrderRule } from './section-order';
import { placeholderRule } from './placeholder';
import { actionOwnerRule } from './action-owner';
import { actionDueRule } from './action-due';
import { goalSmartRule } from './goal-smart';
import { vagueFeedbackRule } from './vague-feedback';
import { positiveFeedbackMissingRule } from './positive-feedback-missing';
import { kpiInvalidRule } from './kpi-invalid';
import { kpiClaimMismatchRule } from './kpi-claim-mismatch';
import { followUpMissingRule } from './follow-up-missing';
import { kpiRegressionUnexplainedRule } from './kpi-regression-unexplained';

export const RULES: readonly Rule[] = [
  frontmatterRule,
  sectionMissingRule,
  sectionEmptyRule,
  sectionOrderRule,
  placeholderRule,
  actionOwnerRule,
  actionDueRule,
  goalSmartRule,
  vagueFeedbackRule,
  positiveFeedbackMissingRule,
  kpiInvalidRule,
  kpiClaimMismatchRule,
  followUpMissingRule,
  kpiRegressionUnexplainedRule,
];

/** Where a rule's documentation lives, relative to the package root. */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
