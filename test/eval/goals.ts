// goal-smart on goals.yaml: does the rule flag the goals that are not SMART (S, M or T missing), does each
// letter it reports agree with the label, and how many fully SMART goals does it still flag.
import { lint } from '../../src/core/lint/lint';
import { readCorpus } from './corpus';
import { Agreement, Confusion, perLang, type Evaluator, type Figure, type Lang } from './metrics';
import { EVAL_TODAY, goalReview } from './review';

interface GoalEntry {
  text: string;
  lang: Lang;
  S: boolean;
  M: boolean;
  A?: boolean;
  R?: boolean;
  T: boolean;
  note?: string;
}

const LETTERS = { S: 'specific', M: 'measurable', A: 'achievable', R: 'relevant', T: 'time-bound' } as const;
type Letter = keyof typeof LETTERS;

function check(e: GoalEntry): string | undefined {
  if (typeof e.text !== 'string' || !e.text.trim()) return 'text is required';
  for (const l of ['S', 'M', 'T'] as const) if (typeof e[l] !== 'boolean') return `${l} must be true or false`;
  for (const l of ['A', 'R'] as const) if (e[l] !== undefined && typeof e[l] !== 'boolean') return `${l} must be true or false when given`;
  return undefined;
}

const labels = (e: GoalEntry) => (Object.keys(LETTERS) as Letter[]).filter((l) => e[l] === false).join('') || 'SMART';

export const goalsEvaluator: Evaluator = {
  name: 'goals',
  run(corpusDir) {
    const rule = perLang((lang) => new Confusion(lang, 'goal-smart'));
    const letter = perLang((lang) => new Map((Object.keys(LETTERS) as Letter[]).map((l) => [l, new Agreement(lang, `SMART ${l}`)])));
    const fully = perLang((lang) => new Agreement(lang, 'fully SMART goals', 'passed'));
    for (const goal of readCorpus<GoalEntry>(corpusDir, 'goals.yaml', check)) {
      const review = goalReview(goal.lang, goal.text);
      const finding = lint(review.text, { locale: goal.lang, today: EVAL_TODAY }).findings.find((f) => f.ruleId === 'goal-smart' && f.range.start.line === review.line);
      // A and R alone are advisory (hint level): "flagged" means a warning, which S, M or T missing gives.
      const flagged = finding !== undefined && finding.severity !== 'hint';
      const missing = (finding?.data?.missing as string[] | undefined) ?? [];
      const got = (Object.keys(LETTERS) as Letter[]).filter((l) => missing.includes(LETTERS[l])).join('') || 'SMART';
      const failure = () => ({ text: goal.text, expected: `not ${labels(goal)}`, got: `not ${got}${finding ? ` — ${finding.message}` : ''}` });
      rule(goal.lang).add(!(goal.S && goal.M && goal.T), flagged, failure);
      for (const [l, agreement] of letter(goal.lang)) {
        const label = goal[l];
        if (label !== undefined) agreement.add(label === !missing.includes(LETTERS[l]), failure);
      }
      if (goal.S && goal.M && goal.T && goal.A !== false && goal.R !== false) fully(goal.lang).add(!flagged, failure);
    }
    const figures: Figure[] = [];
    for (const lang of ['zh', 'en'] as const) {
      figures.push(...rule(lang).figures(), fully(lang).figure());
      for (const agreement of letter(lang).values()) figures.push(agreement.figure());
    }
    return { figures: figures.filter((f) => f.count > 0) };
  },
};
