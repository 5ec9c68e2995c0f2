// Whole reviews (test/corpus/reviews): per rule that reads meaning, precision and recall against the
// `expect` marks; a finding on a line marked `not`, or on an unmarked line, counts against precision and is
// listed, so nothing the rule says goes unread. A folder with previous.md and current.md is linted as a pair.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint/lint';
import { parse } from '../../src/core/parse/parse';
import { expectationsOf } from '../unit/fixtures';
import { Confusion, perLang, type Evaluator } from './metrics';
import { EVAL_TODAY } from './review';

/** The rules this set scores; other rules' findings are left to their own corpus sets. */
export const REVIEW_RULES = [
  'action-owner',
  'action-due',
  'vague-feedback',
  'positive-feedback-missing',
  'kpi-claim-mismatch',
  'kpi-regression-unexplained',
  'follow-up-missing',
] as const;

export interface LabelledReview {
  name: string;
  text: string;
  previous?: string;
}

/** The reviews of a folder: single files, and pair folders (previous.md, current.md). */
export function reviewsIn(dir: string): LabelledReview[] {
  const reviews: LabelledReview[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const current = join(path, 'current.md');
      const previous = join(path, 'previous.md');
      if (!existsSync(current) || !existsSync(previous)) throw new Error(`${entry}: a pair folder holds previous.md and current.md`);
      reviews.push({ name: `${entry}/current.md`, text: readFileSync(current, 'utf8'), previous: readFileSync(previous, 'utf8') });
    } else if (entry.endsWith('.md') && entry !== 'README.md') {
      reviews.push({ name: entry, text: readFileSync(path, 'utf8') });
    }
  }
  return reviews;
}

export const reviewsEvaluator: Evaluator = {
  name: 'reviews',
  run(dir) {
    const tallies = Object.fromEntries(REVIEW_RULES.map((rule) => [rule, perLang((l) => new Confusion(l, `reviews ${rule}`))]));
    for (const review of reviewsIn(join(dir, 'reviews'))) {
      const lines = review.text.split(/\r\n|\n|\r/);
      const history = review.previous ? [parse(review.previous, { today: EVAL_TODAY })] : [];
      // Scored under the language the engine reads the review in, in which its findings are written.
      const { doc, findings } = lint(review.text, { today: EVAL_TODAY, history });
      const lang = doc.language;
      const expected = expectationsOf(review.text, 'expect');
      const found = new Map<string, typeof findings>();
      for (const f of findings) {
        if (!(f.ruleId in tallies)) continue;
        const key = `${f.range.start.line + 1}:${f.ruleId}`;
        found.set(key, [...(found.get(key) ?? []), f]);
      }
      const describe = (key: string) => {
        const line = Number(key.slice(0, key.indexOf(':')));
        return { rule: key.slice(key.indexOf(':') + 1), text: `${review.name}:${line} ${lines[line - 1]?.trim()}` };
      };
      // A line marked for a rule expects that many findings of it (more phrases on one line are one judgement);
      // a finding on any other line is unexpected.
      for (const key of new Set([...expected, ...found.keys()])) {
        const { rule, text } = describe(key);
        if (!(rule in tallies)) continue;
        const wanted = expected.filter((k) => k === key).length;
        const got = found.get(key) ?? [];
        const hits = Math.min(wanted, got.length);
        for (let i = 0; i < hits; i++) tallies[rule](lang).add(true, true, () => ({ text, expected: rule, got: rule }));
        for (let i = hits; i < wanted; i++) tallies[rule](lang).add(true, false, () => ({ text, expected: rule, got: 'no finding' }));
        if (wanted === 0) for (const f of got) tallies[rule](lang).add(false, true, () => ({ text, expected: `no ${rule} here`, got: `"${f.message}"` }));
      }
    }
    return { figures: REVIEW_RULES.flatMap((rule) => (['zh', 'en'] as const).flatMap((l) => tallies[rule](l).figures())) };
  },
};
