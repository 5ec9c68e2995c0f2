// Insert KPI table: the table of a review's KPIs, put into its goals section, adds no finding to any example or
// corpus review, and kpi-claim-mismatch catches a verdict that no longer matches the figures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import { parse } from '../../../src/core/parse/parse';
import { kpiTable } from '../../../src/core/scaffold/kpiTable';
import { exampleAndCorpusReviews } from '../fixtures';

const ROOT = resolve(__dirname, '../../..');

function withTable(text: string): string | undefined {
  const review = parse(text);
  const goals = review.sections.find((s) => s.id === 'goals');
  const table = kpiTable(review.kpis, review.language);
  if (!goals || !table) return undefined;
  const end = text.slice(0, goals.bodyEnd).trimEnd().length;
  return `${text.slice(0, end)}\n\n${table}\n${text.slice(goals.bodyEnd)}`;
}

test('the KPI table reads as the preview writes figures, in the review\'s language', () => {
  const review = parse(readFileSync(join(ROOT, 'examples/reviews/2026-Q3/李娜.md'), 'utf8'));
  const table = kpiTable(review.kpis, 'zh')!.split('\n');
  assert.equal(table[0], '| 指标 | 目标 | 实际 | 达成率 | 结果 |');
  assert.equal(table[2], '| 观看人数 | 95万人 | 97万人 | 102.1% | 达成 |');
  assert.ok(table.includes('| 销售转化率 | 2.8% | 2.4% | 85.7% | 未达成 |'));
  assert.ok(table.includes('| 投放成本 | ≤ 20万元 | 19.2万元 | 104.2% | 达成 |'), 'lower is better: the target is a ceiling');
  const en = kpiTable(parse(readFileSync(join(ROOT, 'examples/reviews/2026-Q3/Alex Chen.md'), 'utf8')).kpis, 'en')!;
  assert.match(en, /^\| KPI \| Target \| Actual \| Attainment \| Result \|\n/);
  assert.match(en, /\| Revenue \| 1\.4M USD \| 1\.31M USD \| 93\.6% \| Missed \|/);
  assert.equal(kpiTable([], 'en'), undefined);
});

test('inserted into every example and corpus review, the table adds no finding; a wrong verdict in it is caught', () => {
  let checked = 0;
  for (const file of exampleAndCorpusReviews()) {
    const text = readFileSync(file, 'utf8');
    const next = withTable(text);
    if (!next) continue;
    checked++;
    const ids = (t: string) => lint(t).findings.map((f) => `${f.ruleId}:${f.message}`).sort();
    assert.deepEqual(ids(next).filter((id) => !ids(text).includes(id)), [], file);
    const flipped = next.replace(/^(\|(?: [^|\n]+ \|){4} )(达成|Met)( \|)$/mu, (_, a: string, v: string, b: string) => `${a}${v === '达成' ? '未达成' : 'Missed'}${b}`);
    if (flipped !== next) {
      const claims = (t: string) => lint(t).findings.filter((f) => f.ruleId === 'kpi-claim-mismatch').length;
      assert.equal(claims(flipped), claims(next) + 1, `a flipped verdict in ${file}`);
    }
  }
  assert.ok(checked >= 20, `${checked} reviews checked`);
});
