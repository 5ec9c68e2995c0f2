import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../../../src/core/parse/parse';
import { fillSnippet, lineSnippets, matchLineSnippets, snippetValues } from '../../../src/core/scaffold/lineSnippets';
import en from '../../../snippets/lines.en.code-snippets';
import zh from '../../../snippets/lines.zh.code-snippets';
import contributedEn from '../../../snippets/mdreview.en.code-snippets';
import contributedZh from '../../../snippets/mdreview.zh.code-snippets';
import { expandSnippet } from '../snippets/snippetSyntax';

const snippets = lineSnippets({ zh, en });
const names = (typed: string) => matchLineSnippets(typed, snippets).map((s) => s.name);

test('the line snippets are not contributed as static snippets too (VS Code would list each twice); each knows its language', () => {
  assert.deepEqual(lineSnippets({ zh: contributedZh, en: contributedEn }), []);
  assert.ok(Object.keys(contributedZh).length > 0 && Object.keys(contributedEn).length > 0, 'whole reviews and KPI entries stay contributed');
  assert.deepEqual([...new Set(snippets.filter((s) => /[\u4e00-\u9fff]/.test(s.name)).map((s) => s.language))], ['zh']);
  assert.ok(snippets.filter((s) => s.language === 'en').every((s) => !/[\u4e00-\u9fff]/.test(s.name)));
});

test('the section, goal, action and follow-up snippets of both files are line snippets; whole reviews and KPIs are not', () => {
  const kinds = new Set(snippets.map((s) => s.kind));
  assert.deepEqual([...kinds].sort(), ['action', 'followup', 'goal', 'section']);
  assert.equal(snippets.filter((s) => s.kind === 'section').length, 12);
  assert.ok(!snippets.some((s) => /review|kpi/i.test(s.name)));
});

test('typing 目标 or goal at the start of a line finds the goal snippets (and the goals section)', () => {
  assert.ok(names('目标').includes('SMART 目标'), names('目标').join());
  assert.ok(names('目标').includes('章节：目标达成情况'));
  assert.ok(names('goal').includes('SMART goal'));
  assert.ok(names('Goal').includes('Section: Goal attainment'));
  assert.ok(names('行动').includes('行动项'));
  assert.ok(names('follow').includes('Follow-up item'));
  assert.ok(names('跟进').includes('后续跟进'));
  assert.deepEqual(names('zzz'), []);
});

test('values come from the frontmatter first, then the path, then today', () => {
  const december = new Date(2026, 11, 1);
  assert.deepEqual(snippetValues({ path: 'reviews/2026-Q4/李娜.md', today: december }), { person: '李娜', cycle: '2026-Q4', due: '2027-03-31' });
  assert.deepEqual(snippetValues({ path: 'reviews/2026-Q4/x.md', employee: '张伟', cycle: '2026-Q3', today: december }), { person: '张伟', cycle: '2026-Q3', due: '2026-12-31' });
  assert.deepEqual(snippetValues({ path: 'notes/Untitled-1', today: december }), { person: undefined, cycle: '2026-Q4', due: '2027-03-31' });
  assert.equal(snippetValues({ path: 'reviews/2026-H1/a.md', today: december }).due, '2026-12-31');
  assert.equal(snippetValues({ path: 'a.md', today: new Date(2026, 1, 10) }).due, '2026-06-30');
});

test('filled snippets name the person as owner and fall due at the end of next cycle', () => {
  const values = snippetValues({ path: 'reviews/2026-Q4/李娜.md', today: new Date(2026, 11, 1) });
  const action = snippets.find((s) => s.name === '行动项')!;
  const filled = expandSnippet(fillSnippet(action.body, values), {});
  assert.match(filled, /负责人：@李娜 截止：2027-03-31/);
  const doc = parse(`---\nemployee: 李娜\ncycle: 2026-Q4\n---\n\n## 五、改进建议\n\n${filled}\n`);
  assert.match(doc.actions[0].owner?.name ?? '', /李娜/);
  assert.equal(doc.actions[0].due?.date, '2027-03-31');
  const goal = expandSnippet(fillSnippet(snippets.find((s) => s.name === 'SMART goal')!.body, values), {});
  assert.match(goal, /by 2027-03-31/);
  // A name with snippet syntax in it is inserted literally.
  const odd = expandSnippet(fillSnippet(action.body, { ...values, person: 'a$b}' }), {});
  assert.match(odd, /@a\$b\}/);
  // No person known (an untitled file): VS Code's file name does not become the owner, a prompt does.
  const untitled = expandSnippet(fillSnippet(action.body, { ...values, person: undefined }), { TM_FILENAME_BASE: 'Untitled-1' });
  assert.match(untitled, /负责人：@【待填写：负责人】 截止：2027-03-31/);
});
