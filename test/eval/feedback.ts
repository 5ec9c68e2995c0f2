// Feedback sentences (test/corpus/feedback.yaml): vague-feedback fires on vague judgements only, and a sentence
// that acknowledges what went well is enough to keep positive-feedback-missing quiet.
import { lint } from '../../src/core/lint/lint';
import { readCorpus } from './corpus';
import { Confusion, perLang, type Evaluator, type Lang } from './metrics';
import { EVAL_TODAY, feedbackReview, onlySentenceReview } from './review';

interface FeedbackEntry {
  text: string;
  lang: Lang;
  vague: boolean;
  strength: boolean;
}

const check = (e: FeedbackEntry) =>
  typeof e.text !== 'string' || typeof e.vague !== 'boolean' || typeof e.strength !== 'boolean' ? 'needs text, vague and strength' : undefined;

export const feedbackEvaluator: Evaluator = {
  name: 'feedback',
  run(dir) {
    const vague = perLang((l) => new Confusion(l, 'vague-feedback'));
    const missing = perLang((l) => new Confusion(l, 'positive-feedback-missing'));
    for (const entry of readCorpus<FeedbackEntry>(dir, 'feedback.yaml', check)) {
      const options = { today: EVAL_TODAY, locale: entry.lang };
      const inReview = feedbackReview(entry.lang, entry.text);
      const phrases = lint(inReview.text, options).findings.filter((f) => f.ruleId === 'vague-feedback' && f.range.start.line === inReview.line);
      vague(entry.lang).add(entry.vague, phrases.length > 0, () => ({
        text: entry.text,
        expected: entry.vague ? 'vague' : 'concrete',
        got: phrases.length ? phrases.map((f) => `"${f.data?.phrase}"`).join(', ') : 'no finding',
      }));
      const alone = onlySentenceReview(entry.lang, entry.text);
      const flagged = lint(alone.text, options).findings.some((f) => f.ruleId === 'positive-feedback-missing');
      missing(entry.lang).add(!entry.strength, flagged, () => ({
        text: entry.text,
        expected: entry.strength ? 'a strength' : 'no strength',
        got: flagged ? 'positive-feedback-missing' : 'read as a strength',
      }));
    }
    return { figures: (['zh', 'en'] as const).flatMap((l) => [...vague(l).figures(), ...missing(l).figures()]) };
  },
};
