import type { Range, TextBlock } from '../model';
import { maskNonProse } from '../language/prose';
import { findStrength } from '../language/strengths';
import type { Rule } from '../lint/types';
import { text } from '../i18n';
import type { ParsedReview } from '../parse/parse';

const SUMMARY_HEADING = /总结|summary/iu;

/** Where the finding goes: the outlook section's heading, else a summary heading, else the first line. */
function anchor(doc: ParsedReview): Range {
  const section = doc.sections.find((s) => s.id === 'outlook') ?? doc.sections.find((s) => SUMMARY_HEADING.test(s.heading));
  if (section) return section.headingRange;
  return { start: { line: 0, character: 0 }, end: { line: 0, character: doc.lines.lineEnd(0) } };
}

/** 也应包含对员工表现良好的部分的肯定: the review names at least one strength. */
export const positiveFeedbackMissingRule: Rule = {
  id: 'positive-feedback-missing',
  defaultSeverity: 'warning',
  needs: 'prose',
  description: text(
    'The review acknowledges at least one thing that went well (a strength, an improvement, a target met).',
    '面谈应至少肯定一处做得好的地方（优点、进步、超额完成的指标等）。',
  ),
  check({ doc, report }) {
    // Nothing written yet: the section rules speak for an empty draft.
    if (doc.blocks.length === 0) return;
    // Goals and action items say what is to be done, not what went well.
    const plans = new Set<TextBlock>([...doc.goals.map((g) => g.block), ...doc.actions.map((a) => a.item)]);
    if (doc.blocks.some((block) => !plans.has(block) && findStrength(maskNonProse(block.text)))) return;
    report({
      range: anchor(doc),
      message: text(
        'The review names no strength. Feedback should also acknowledge what went well, e.g. a target met or beaten, a skill that improved, a result delivered.',
        '整份面谈没有肯定任何做得好的地方。反馈也应包含对员工表现良好的部分的肯定，例如写明超额完成的指标、明显进步的能力、交付的成果。',
      ),
    });
  },
};
