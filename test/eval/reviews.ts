// Whole reviews (test/corpus/reviews): per rule that reads meaning, precision and recall against the
// `expect` marks; a finding on a line marked `not`, or on an unmarked line, counts against precision and is
// listed, so nothing the rule says goes unread. A folder with previous.md and current.md is linted as a pair.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint/lint';
import { parse } from '../../src/core/parse/parse';
import { expectationsOf } from '../unit/fixtures';
import { Confusion, perLang, type Evaluator, type Lang } from './metrics';
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

interface LabelledReview {
  name: string;
  text: string;
  previous?: string;
}

function reviewsIn(dir: string): LabelledReview[] {
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

/** Chinese when its headings are. */
function langOf(text: string): Lang {
  return /^#{1,6}[^\n]*[\u4e00-\u9fff]/mu.test(text) ? 'zh' : 'en';
}

export const reviewsEvaluator: Evaluator = {
  name: 'reviews',
  run(dir) {
    const tallies = Object.fromEntries(REVIEW_RULES.map((rule) => [rule, perLang((l) => new Confusion(l, `reviews ${rule}`))]));
    for (const review of reviewsIn(join(dir, 'reviews'))) {
      const lang = langOf(review.text);
      const lines = review.text.split(/\r\n|\n|\r/);
      const history = review.previous ? [parse(review.previous, { today: EVAL_TODAY })] : [];
      const findings = lint(review.text, { today: EVAL_TODAY, locale: lang, history }).findings;
      const expected = expectationsOf(review.text, 'expect');
      const unmatched = [...expected];
      for (const f of findings) {
        if (!(f.ruleId in tallies)) continue;
        const key = `${f.range.start.line + 1}:${f.ruleId}`;
        const at = unmatched.indexOf(key);
        if (at >= 0) unmatched.splice(at, 1);
        const where = `${review.name}:${f.range.start.line + 1}`;
        tallies[f.ruleId](lang).add(at >= 0, true, () => ({
          text: `${where} ${lines[f.range.start.line].trim()}`,
          expected: expected.includes(key) ? 'one finding fewer here' : `no ${f.ruleId} here`,
          got: `"${f.message}"`,
        }));
      }
      for (const key of unmatched) {
        const [line, rule] = [Number(key.slice(0, key.indexOf(':'))), key.slice(key.indexOf(':') + 1)];
        if (!(rule in tallies)) continue;
        tallies[rule](lang).add(true, false, () => ({ text: `${review.name}:${line} ${lines[line - 1].trim()}`, expected: rule, got: 'no finding' }));
      }
    }
    return { figures: REVIEW_RULES.flatMap((rule) => (['zh', 'en'] as const).flatMap((l) => tallies[rule](l).figures())) };
  },
};
