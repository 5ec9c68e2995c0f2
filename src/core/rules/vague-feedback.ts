import { CANONICAL_SECTIONS } from '../model';
import { maskNonProse } from '../language/prose';
import { findVaguePhrases } from '../language/vagueWords';
import type { Rule } from '../lint/types';
import { text } from '../i18n';
import type { ParsedReview } from '../parse/parse';

const FEEDBACK: ReadonlySet<string> = new Set(CANONICAL_SECTIONS);

/**
 * Feedback is written in the six canonical sections and under headings the template does not know;
 * sections a custom template adds with ids of its own (sign-off, attachments…) are not feedback.
 */
function isFeedback(doc: ParsedReview, sectionIndex: number): boolean {
  for (let s = sectionIndex; s >= 0; s = doc.sections[s].parent) {
    const id = doc.sections[s].id;
    if (id !== undefined) return FEEDBACK.has(id);
  }
  return true;
}

/** 避免使用模糊的表述，而应具体到某一行为或结果: vague judgements such as 表现还可以, good job. */
export const vagueFeedbackRule: Rule = {
  id: 'vague-feedback',
  defaultSeverity: 'warning',
  needs: 'prose',
  description: text(
    'Feedback names a behaviour or a result instead of a vague judgement (good job, fairly, 表现还可以, 有待提高…).',
    '反馈应具体到某一行为或结果，避免“表现还可以”“有待提高”等模糊表述。',
  ),
  check({ doc, report }) {
    for (const block of doc.blocks) {
      if (!isFeedback(doc, block.section)) continue;
      for (const phrase of findVaguePhrases(maskNonProse(block.text))) {
        const start = block.offset + phrase.index;
        report({
          range: doc.lines.range(start, start + phrase.text.length),
          message: text(
            'Vague judgement "{phrase}": name a behaviour or a result instead — what was done, with what effect (a figure helps).',
            '表述模糊：“{phrase}”。请具体到某一行为或结果：做了什么、带来了什么效果（最好附上数据）。',
            { phrase: phrase.text },
          ),
          data: { phrase: phrase.text },
        });
      }
    }
  },
};
