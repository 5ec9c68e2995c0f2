// Insert data summary: each KPI's highest and lowest session and the change against the previous cycle, put into
// the data section of every example and corpus review, adds no finding and hides none.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import { parse } from '../../../src/core/parse/parse';
import { dataSummary, type PreviousCycle } from '../../../src/core/scaffold/dataSummary';
import { exampleAndCorpusReviews } from '../fixtures';

const ROOT = resolve(__dirname, '../../..');

/** The previous cycle's review beside a review: `previous.md` of a pair, or the example of the cycle before. */
function previousOf(file: string): PreviousCycle | undefined {
  const candidates = [join(dirname(file), 'previous.md'), join(dirname(file), '..', '2026-Q2', basename(file))];
  const path = basename(file) === 'current.md' || /2026-Q3/.test(file) ? candidates.find(existsSync) : undefined;
  if (!path) return undefined;
  const old = parse(readFileSync(path, 'utf8'));
  return { cycle: old.meta.cycle ?? '', kpis: old.kpis };
}

function withSummary(text: string, previous: PreviousCycle | undefined): string | undefined {
  const review = parse(text);
  const data = review.sections.find((s) => s.id === 'data');
  const table = dataSummary(review.kpis, previous, review.language);
  if (!data || !table) return undefined;
  const end = text.slice(0, data.bodyEnd).trimEnd().length;
  return `${text.slice(0, end)}\n\n${table}\n${text.slice(data.bodyEnd)}`;
}

test('the summary names the highest and lowest session and the change since last cycle, in the review\'s language', () => {
  const file = join(ROOT, 'examples/reviews/2026-Q3/李娜.md');
  const review = parse(readFileSync(file, 'utf8'));
  const zh = dataSummary(review.kpis, previousOf(file), 'zh')!.split('\n');
  assert.equal(zh[0], '| 指标 | 最高场次 | 最低场次 | 上期（2026-Q2） | 本期 | 变化 |');
  assert.match(zh.find((l) => l.startsWith('| 观看人数 '))!, /^\| 观看人数 \| 36万人（9月） \| 30万人（7月） \| [^|]+ \| 97万人 \| \+[^|]+ \|$/u);
  assert.match(zh.find((l) => l.startsWith('| 销售转化率 '))!, /\| 2\.5%（9月） \| 2\.2%（7月） \|.*个百分点 \|$/u);
  const en = dataSummary(review.kpis, undefined, 'en')!;
  assert.match(en, /^\| KPI \| Highest session \| Lowest session \|\n/);
  assert.equal(dataSummary([], undefined, 'en'), undefined);
});

test('inserted into every example and corpus review, the summary adds no finding and hides none', (t) => {
  let checked = 0;
  for (const file of exampleAndCorpusReviews()) {
    const text = readFileSync(file, 'utf8');
    const next = withSummary(text, previousOf(file));
    if (!next) continue;
    checked++;
    const ids = (t: string) => lint(t).findings.map((f) => `${f.ruleId}:${f.message}`).sort();
    assert.deepEqual(ids(next), ids(text), file);
  }
  t.diagnostic(`${checked} reviews checked`);
  assert.ok(checked >= 20, `${checked} reviews checked`);
});
