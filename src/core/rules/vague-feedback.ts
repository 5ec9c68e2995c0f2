import { CANONICAL_SECTIONS, type TextBlock } from '../model';
import { maskNonProse, sentenceAround } from '../language/prose';
import { findVaguePhrases, statesFact, type VaguePhrase } from '../language/vagueWords';
import { tableRows } from './tableRows';
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
    // A goal is judged by goal-smart (继续保持 is not SMART), not here as well.
    const goals = new Set<TextBlock>(doc.goals.map((g) => g.block));
    // A verdict cell is backed by a fact in another cell of its row: | Communication | Needs improvement | 23 incorrect paychecks |.
    const backedCells = new Set<TextBlock>(tableRows(doc.blocks).flatMap((cells) => cells.filter((c) => cells.some((o) => o !== c && statesFact(maskNonProse(o.text))))));
    for (const block of doc.blocks) {
      if (!isFeedback(doc, block.section) || goals.has(block) || backedCells.has(block)) continue;
      const prose = maskNonProse(block.text);
      // One finding per sentence: 工作态度端正，认真负责 is one vague sentence to rewrite, not two.
      const bySentence = new Map<number, VaguePhrase[]>();
      for (const phrase of findVaguePhrases(prose)) {
        const start = sentenceAround(prose, phrase.index).start;
        bySentence.set(start, [...(bySentence.get(start) ?? []), phrase]);
      }
      for (const phrases of bySentence.values()) {
        const [first] = phrases;
        const last = phrases[phrases.length - 1];
        const start = block.offset + first.index;
        const params = { phrase: phrases.map((p) => p.text).join('”“'), phraseEn: phrases.map((p) => p.text).join('", "') };
        report({
          range: doc.lines.range(start, block.offset + last.index + last.text.length),
          message: text(
            phrases.length > 1
              ? 'Vague judgements "{phraseEn}" in one sentence: name a behaviour or a result instead — what was done, with what effect (a figure helps).'
              : 'Vague judgement "{phraseEn}": name a behaviour or a result instead — what was done, with what effect (a figure helps).',
            '表述模糊：“{phrase}”。请具体到某一行为或结果：做了什么、带来了什么效果（最好附上数据）。',
            params,
          ),
          data: { phrase: first.text, ...(phrases.length > 1 ? { phrases: phrases.map((p) => p.text) } : {}) },
        });
      }
    }
  },
};
