// Every corpus set and the evaluator that measures it. Part of both `npm run eval` and the floors unit test.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { actionsEvaluator } from './actions';
import { evaluateBatches } from './batches';
import { feedbackEvaluator } from './feedback';
import { goalsEvaluator } from './goals';
import { headingsEvaluator } from './headings';
import type { Evaluator, Figure } from './metrics';
import { reviewsEvaluator } from './reviews';

/** The batches of whole reviews by independent writers (test/corpus/batches/*), scored on every rule; training data once measured blind. */
const batchesEvaluator: Evaluator = {
  name: 'batches',
  run(dir) {
    const root = join(dir, 'batches');
    const batches = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(root, d.name)).sort() : [];
    return evaluateBatches(batches, 'batches');
  },
};

export const EVALUATORS: readonly Evaluator[] = [goalsEvaluator, headingsEvaluator, actionsEvaluator, feedbackEvaluator, reviewsEvaluator, batchesEvaluator];

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
