// Action items (test/corpus/actions.yaml): does action-owner fire exactly when no real owner is named, and
// action-due exactly when no real deadline is set? Placeholder owners and vague deadlines must also be
// called what they are.
import { lint } from '../../src/core/lint/lint';
import { readCorpus } from './corpus';
import { Agreement, Confusion, perLang, type Evaluator, type Lang } from './metrics';
import { actionReview, EVAL_TODAY } from './review';

interface ActionEntry {
  text: string;
  lang: Lang;
  owner: boolean;
  due: boolean;
  placeholderOwner?: boolean;
  vagueDue?: boolean;
}

const check = (e: ActionEntry) =>
  typeof e.text !== 'string' || typeof e.owner !== 'boolean' || typeof e.due !== 'boolean' ? 'needs text, owner and due' : undefined;

export const actionsEvaluator: Evaluator = {
  name: 'actions',
  run(dir) {
    const owner = perLang((l) => new Confusion(l, 'action-owner'));
    const due = perLang((l) => new Confusion(l, 'action-due'));
    const placeholder = perLang((l) => new Agreement(l, 'action-owner placeholder', 'named'));
    const vague = perLang((l) => new Agreement(l, 'action-due vague deadline', 'named'));
    for (const entry of readCorpus<ActionEntry>(dir, 'actions.yaml', check)) {
      const review = actionReview(entry.lang, entry.text);
      const onItem = lint(review.text, { today: EVAL_TODAY, locale: entry.lang }).findings.filter((f) => f.range.start.line === review.line);
      const ownerFinding = onItem.find((f) => f.ruleId === 'action-owner');
      const dueFinding = onItem.find((f) => f.ruleId === 'action-due');
      const said = (f: typeof ownerFinding) => (f ? `"${f.message}"` : 'no finding');
      owner(entry.lang).add(!entry.owner, !!ownerFinding, () => ({ text: entry.text, expected: entry.owner ? 'an owner' : 'no owner', got: said(ownerFinding) }));
      due(entry.lang).add(!entry.due, !!dueFinding, () => ({ text: entry.text, expected: entry.due ? 'a deadline' : 'no deadline', got: said(dueFinding) }));
      if (entry.placeholderOwner) {
        placeholder(entry.lang).add(ownerFinding?.data?.placeholder !== undefined, () => ({ text: entry.text, expected: 'a placeholder owner named as such', got: said(ownerFinding) }));
      }
      if (entry.vagueDue && !entry.due) {
        vague(entry.lang).add(dueFinding?.data?.vague !== undefined, () => ({ text: entry.text, expected: 'not a real deadline', got: said(dueFinding) }));
      }
    }
    return {
      figures: (['zh', 'en'] as const).flatMap((l) => [...owner(l).figures(), ...due(l).figures(), placeholder(l).figure(), vague(l).figure()]),
    };
  },
};
