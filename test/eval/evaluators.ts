// Every corpus set and the evaluator that measures it. Part of both `npm run eval` and the floors unit test.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { actionsEvaluator } from './actions';
import { feedbackEvaluator } from './feedback';
import { goalsEvaluator } from './goals';
import { headingsEvaluator } from './headings';
import type { Evaluator, Figure } from './metrics';
import { reviewsEvaluator } from './reviews';

export const EVALUATORS: readonly Evaluator[] = [goalsEvaluator, headingsEvaluator, actionsEvaluator, feedbackEvaluator, reviewsEvaluator];

/** test/corpus, found upwards from the running bundle so the repository may sit in any folder. */
export function corpusDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'test', 'corpus');
    if (existsSync(join(candidate, 'floors.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`test/corpus/floors.json not found above ${from}`);
  }
}

export function evaluateAll(dir: string): Figure[] {
  return EVALUATORS.flatMap((e) => e.run(dir).figures);
}
