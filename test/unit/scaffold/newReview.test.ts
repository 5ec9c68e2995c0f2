import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { lint } from '../../../src/core/lint/lint';
import { parse } from '../../../src/core/parse/parse';
import { ReviewIndex } from '../../../src/core/history/reviewIndex';
import { newReviewTemplate, scaffoldNewReview, suggestedCycle } from '../../../src/core/scaffold/newReview';
import { TemplateRegistry } from '../../../src/core/templates/template';

const templates = new TemplateRegistry();

const previousZh = [
  '---',
  'employee: 张三',
  'reviewer: 李四',
  'cycle: 2026-Q3',
  'status: final',
  'template: livestream-ops',
  'kpis:',
  '  - { name: 观看人数, id: viewers, unit: 人, target: 10000, actual: 12000 }',
  '  - { name: 互动率, id: interaction-rate, unit: "%", target: 4%, actual: 4.1% }',
  '  - { name: 退货率, unit: "%", better: lower, target: 3%, actual: 2.5% }',
  '---',
  '',
  '## 一、目标达成情况',
  '',
  '观看人数超额完成。',
  '',
  '## 五、改进建议',
  '',
  '- [x] 优化开场话术 负责人：@张三 截止：2026-08-31',
  '- [ ] 建立复盘模板 负责人：@张三 截止：2026-10-31',
  '- [ ] 与投放组对齐排期',
  '  每周一次',
  '',
  '## 六、总结与展望',
  '',
  '- 2026-12-31 前将直播间互动率从 4.1% 提升到 5%',
  '- 观看人数提升 20%',
  '',
].join('\n');

/** The frontmatter of a scaffolded review: its KPI entries as written, the rest as plain data. */
interface ScaffoldFrontmatter {
  kpis: { name: string; target: unknown; actual: unknown; better?: unknown }[];
  template: string;
  [key: string]: unknown;
}

function frontmatterOf(text: string): ScaffoldFrontmatter {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, 'the new review opens with frontmatter');
  return parseYaml(m[1]);
}

test('carries person, reviewer, template and KPIs over; goals become targets; actuals emptied', () => {
  const previous = parse(previousZh, { templates });
  const text = scaffoldNewReview({ template: previous.template, employee: '张三', cycle: '2026-Q4', date: '2026-12-01', previous });
  const fm = frontmatterOf(text);
  assert.equal(fm.employee, '张三');
  assert.equal(fm.reviewer, '李四');
  assert.equal(fm.cycle, '2026-Q4');
  assert.equal(fm.status, 'draft');
  assert.equal(fm.template, 'livestream-ops');
  assert.deepEqual(fm.kpis.map((k) => [k.name, k.target, k.actual]), [
    ['观看人数', 10000, ''], // "提升 20%" is a relative change of a head count: the last target stays
    ['互动率', '5%', ''],
    ['退货率', '3%', ''],
  ]);
  assert.equal(fm.kpis[2].better, 'lower');
});

test('open action items land in the improvements section under a follow-up note; done ones do not', () => {
  const previous = parse(previousZh, { templates });
  const text = scaffoldNewReview({ template: previous.template, employee: '张三', cycle: '2026-Q4', date: '2026-12-01', previous });
  const review = parse(text, { templates });
  const improvements = review.sections.find((s) => s.id === 'improvements')!;
  const inImprovements = review.actions.filter((a) => a.item.section === improvements.index).map((a) => a.item.text);
  assert.ok(inImprovements.includes('建立复盘模板 负责人：@张三 截止：2026-10-31'), JSON.stringify(inImprovements));
  assert.ok(inImprovements.some((t) => t.startsWith('与投放组对齐排期') && t.includes('每周一次')));
  assert.ok(!text.includes('优化开场话术'));
  assert.match(text, /上一周期（2026-Q3）未完成的行动项/);
  // The section after improvements is still there and still in order.
  assert.deepEqual(review.sections.map((s) => s.id), ['goals', 'data', 'teamwork', 'growth', 'improvements', 'outlook']);
});

test('without a previous review: the template scaffold with the person filled in', () => {
  const template = templates.get('general')!;
  const text = scaffoldNewReview({ template, employee: 'Ada Lovelace', cycle: '2027-H1', date: '2026-12-01' });
  const fm = frontmatterOf(text);
  assert.equal(fm.employee, 'Ada Lovelace');
  assert.equal(fm.cycle, '2027-H1');
  assert.equal(fm.template, 'general');
  assert.deepEqual(fm.kpis, template.review.kpis);
  assert.ok(text.includes('## 6. Summary and outlook'));
  assert.ok(!/carried over/.test(text));
});

test('an English review carries over with an English note, and a CRLF template body is normalized', () => {
  const prev = parse(
    ['---', 'employee: Bob', 'reviewer: Eve', 'cycle: 2026-11', 'template: general', 'kpis:', '  - { name: Conversion rate, unit: "%", target: 2%, actual: 2.1% }', '---', '', '## 5. Improvements', '', '- [ ] Ship the dashboard Owner: @bob Due: 2026-12-15', '', '## 6. Summary and outlook', '', '- Raise conversion rate from 2.1% to 2.6% by 2027-03-31', ''].join('\r\n'),
    { templates },
  );
  const template = { ...templates.get('general')!, body: templates.get('general')!.body.replace(/\n/g, '\r\n') };
  const text = scaffoldNewReview({ template, employee: 'Bob', cycle: '2026-12', date: '2026-12-01', previous: prev });
  assert.ok(!text.includes('\r'));
  assert.equal(frontmatterOf(text).kpis[0].target, '2.6%');
  assert.match(text, /Open action items carried over from 2026-11/);
  assert.match(text, /- \[ \] Ship the dashboard Owner: @bob Due: 2026-12-15/);
});

test('odd names and values never break the YAML', () => {
  const template = templates.get('livestream-ops')!;
  for (const employee of ['王五: "x"', '- list', '#hash', '😀 emoji', 'a\nb']) {
    const fm = frontmatterOf(scaffoldNewReview({ template, employee, cycle: '2026', date: '2026-12-01' }));
    assert.equal(fm.employee, employee);
  }
});

test('the new review is dated the day it is written', () => {
  const text = scaffoldNewReview({ template: templates.get('general')!, employee: 'Ada', cycle: '2027-Q1', date: '2026-12-01' });
  assert.match(text, /^date: 2026-12-01$/m);
  assert.equal(frontmatterOf(text).date, '2026-12-01');
});

test('a reviewer given wins over last cycle\'s; without either the field stays empty for the linter to flag', () => {
  const previous = parse(previousZh, { templates });
  const given = (reviewer: string | undefined, withPrevious = true) =>
    frontmatterOf(scaffoldNewReview({ template: previous.template, employee: '张三', cycle: '2026-Q4', date: '2026-12-01', reviewer, previous: withPrevious ? previous : undefined })).reviewer;
  assert.equal(given('王五'), '王五');
  assert.equal(given('  '), '李四');
  assert.equal(given(undefined), '李四');
  assert.equal(given('王五', false), '王五');
  assert.equal(given(undefined, false), '');
});

for (const id of ['livestream-ops', 'general']) {
  test(`${id}: each section's prompt lines of a fresh scaffold give one placeholder finding each, the action line included`, () => {
    const template = templates.get(id)!;
    const text = scaffoldNewReview({ template, employee: 'Ada', cycle: '2027-Q1', date: '2026-12-01', reviewer: 'Eve' });
    const { doc, findings } = lint(text, { templates });
    const placeholders = findings.filter((f) => f.ruleId === 'placeholder');
    const promptLines = doc.blocks.filter((b) => /【待填写|\[TODO/.test(b.text)).length;
    // Six section prompts, the action line's item/owner/due prompts, the goal example line.
    assert.equal(promptLines, 8);
    assert.equal(placeholders.length, promptLines, placeholders.map((f) => f.message).join('\n'));
    assert.equal(new Set(placeholders.map((f) => f.range.start.line)).size, placeholders.length);
    const action = placeholders.find((f) => /- \[ \]/.test(text.split('\n')[f.range.start.line] ?? ''));
    assert.ok(action, 'the action line is flagged');
    assert.equal(action.fixes?.[0].edits.length, 3, 'removing it clears all three prompts');
    assert.ok(!findings.some((f) => f.ruleId === 'frontmatter' && /reviewer/.test(f.message)));
  });
}

test('the suggested cycle follows the person\'s latest review, of its kind; without one, the quarter of today', () => {
  const index = new ReviewIndex();
  index.set('q3.md', parse(previousZh, { templates }));
  index.set('h1.md', parse(previousZh.replace('cycle: 2026-Q3', 'cycle: 2026年上半年'), { templates }));
  assert.equal(suggestedCycle(index, ' 张 三 ', new Date(2027, 4, 1)), '2026-Q4');
  assert.equal(suggestedCycle(index, 'Ada', new Date(2027, 4, 1)), '2027-Q2');
});

test('the template of a new review: the first id the registry knows, else the built-in one of the language', () => {
  assert.equal(newReviewTemplate(templates, [undefined, 'no-such', 'general'], 'zh').id, 'general');
  assert.equal(newReviewTemplate(templates, ['', undefined], 'zh').id, 'livestream-ops');
  assert.equal(newReviewTemplate(templates, [], 'en').id, 'general');
});

test('the frontmatter names the template scaffolded, also when it is not last cycle\'s', () => {
  const previous = parse(previousZh, { templates });
  const text = scaffoldNewReview({ template: templates.get('general')!, employee: '张三', cycle: '2026-Q4', date: '2026-12-01', previous });
  assert.equal(frontmatterOf(text).template, 'general');
  assert.match(text, /^## 1\. Goal attainment$/m);
});
