// `mdreview new`: the editor's New Review from the shell, on scratch copies of examples/ (reviews of five people
// over 2026-Q2 and 2026-Q3). What it writes is what the editor's command writes for the same person and cycle.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { localDay } from '../../../src/core/cycles/cycle';
import { uiLocale } from '../../../src/core/i18n';
import { newReviewTemplate, scaffoldNewReview, suggestedCycle } from '../../../src/core/scaffold/newReview';
import { DEFAULT_REVIEW_PATH, reviewPath } from '../../../src/core/scaffold/reviewPath';
import { joinPath } from '../../../src/core/workspace/host';
import { nodeWorkspace, toModelPath } from '../../../src/node/workspaceHost';
import { runCli, runJson } from './helpers';

function examples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mdreview-new-'));
  cpSync(resolve(__dirname, '../../../examples'), dir, { recursive: true });
  return dir;
}

/**
 * The review the editor's New Review writes for `employee` in the workspace folder `dir`, by the steps of
 * src/extension/newReview/registerNewReview.ts with its default settings (English UI, the cycle box accepted).
 */
async function editorReview(dir: string, employee: string, cycle?: string): Promise<{ file: string; text: string }> {
  const { workspace } = nodeWorkspace(dir, () => [toModelPath(dir)]);
  const reviews = await workspace.personIndex(employee);
  const target = cycle ?? suggestedCycle(reviews, employee, new Date());
  const previous = reviews.previous(employee, target);
  const file = reviewPath(DEFAULT_REVIEW_PATH, { cycle: target, employee });
  const settings = await workspace.settings.forFile(joinPath(toModelPath(dir), file));
  const template = newReviewTemplate(workspace.settings.templatesOf(settings), [previous?.review.meta.template, settings.config.defaultTemplate], uiLocale('auto', settings.config.locale, 'en'));
  return { file, text: scaffoldNewReview({ template, employee, cycle: target, date: localDay(new Date()), previous: previous?.review }) };
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
/** The text without its `date:` line, which a run across midnight may write differently. */
const undated = (text: string) => text.replace(/^date: .*$/m, 'date:');

test('new <file>: the next cycle\'s review beside it, exactly as the editor writes it', async () => {
  const dir = examples();
  const r = runCli(['new', 'reviews/2026-Q3/张伟.md'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'reviews/2026-Q4/张伟.md\n');
  assert.equal(r.stderr, '');
  const expected = await editorReview(dir, '张伟', '2026-Q4');
  assert.equal(expected.file, 'reviews/2026-Q4/张伟.md');
  assert.equal(undated(read(dir, expected.file)), undated(expected.text));
  // Last cycle's reviewer, a goal as target and an open action item carried over.
  assert.match(expected.text, /^reviewer: 王芳$/m);
  assert.match(expected.text, /name: 退货率.*target: 6\.5%/);
  assert.match(expected.text, /- \[ \] 与投放对齐千川投放时段/);
});

test('new <person>: the person\'s latest review is the previous one, names matched folded', async () => {
  const dir = examples();
  const expected = await editorReview(dir, 'Alex Chen');
  const r = runCli(['new', 'alex  CHEN'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'reviews/2026-Q4/Alex Chen.md\n');
  assert.equal(undated(read(dir, expected.file)), undated(expected.text));
  // 王磊's latest review is of 2026-Q2: his next one is 2026-Q3.
  const wang = runCli(['new', '王磊'], dir);
  assert.equal(wang.stdout, 'reviews/2026-Q3/王磊.md\n');
  assert.equal(undated(read(dir, 'reviews/2026-Q3/王磊.md')), undated((await editorReview(dir, '王磊', '2026-Q3')).text));
});

test('new --all: one review per person of the latest cycle; a second run overwrites nothing', () => {
  const dir = examples();
  const first = runCli(['new', '--all', '--cycle', '2027年第一季度'], dir);
  assert.equal(first.status, 0, first.stderr);
  const created = ['Alex Chen', '张伟', '李娜', '陈静'].map((p) => `reviews/2027-Q1/${p}.md`);
  assert.deepEqual(first.stdout.trimEnd().split('\n').sort(), [...created].sort());
  assert.deepEqual(readdirSync(join(dir, 'reviews/2027-Q1')).sort(), ['Alex Chen.md', '张伟.md', '李娜.md', '陈静.md'].sort(), '王磊 had no 2026-Q3 review');
  writeFileSync(join(dir, created[1]), 'my own edits\n');
  const again = runCli(['new', '--all', '--cycle', '2027-Q1'], dir);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.stdout, '');
  for (const file of created) assert.match(again.stderr, new RegExp(`^mdreview new: ${file} exists; not overwritten$`, 'm'));
  assert.equal(read(dir, created[1]), 'my own edits\n');
});

test('new --all without --cycle: the cycle after the latest', () => {
  const dir = examples();
  const r = runCli(['new', '--all'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trimEnd().split('\n').length, 4);
  assert.ok(r.stdout.split('\n').filter(Boolean).every((line) => line.startsWith('reviews/2026-Q4/')));
});

test('an unknown person is an error naming the likely one; with --cycle, a first review from the template', () => {
  const dir = examples();
  const typo = runCli(['new', '张卫'], dir);
  assert.equal(typo.status, 2);
  assert.equal(typo.stdout, '');
  assert.match(typo.stderr, /no review of "张卫" under the current folder \(did you mean "张伟"\?\); for a first review of a new person, give --cycle/);
  assert.ok(!existsSync(join(dir, 'reviews/2026-Q4')));
  assert.match(runCli(['new', '张卫', '--locale', 'zh'], dir).stderr, /当前目录下没有“张卫”的面谈（是否应为“张伟”？）/);

  const fresh = runCli(['new', 'Grace Hopper', '--cycle', '2027-Q1', '--reviewer', 'Kat Johnson', '--template', 'general'], dir);
  assert.equal(fresh.status, 0, fresh.stderr);
  assert.equal(fresh.stdout, 'reviews/2027-Q1/Grace Hopper.md\n');
  assert.match(fresh.stderr, /no review of Grace Hopper before 2027-Q1: reviews\/2027-Q1\/Grace Hopper\.md starts from the template general/);
  const text = read(dir, 'reviews/2027-Q1/Grace Hopper.md');
  assert.match(text, /^employee: Grace Hopper\nreviewer: Kat Johnson\ncycle: 2027-Q1\n/m);
  assert.match(text, /^template: general$/m);
});

test('the new reviews lint with the findings of an unfilled scaffold only', () => {
  const dir = examples();
  runCli(['new', 'reviews/2026-Q3/张伟.md'], dir);
  // The reviewer the editor would ask for (no earlier review names one).
  runCli(['new', 'Grace Hopper', '--cycle', '2026-Q4', '--reviewer', 'Kat Johnson'], dir);
  const { reports } = runJson(['reviews/2026-Q4'], dir);
  const rules = (name: string) => new Set(reports.find((r) => r.file.endsWith(`${name}.md`))!.findings.map((f) => f.ruleId));
  // A first review: its prompts, and no strength named yet.
  assert.deepEqual([...rules('Grace Hopper')].sort(), ['placeholder', 'positive-feedback-missing']);
  // A next review also has its KPIs' actuals to fill in and last cycle's goals to follow up.
  assert.deepEqual([...rules('张伟')].sort(), ['follow-up-missing', 'kpi-invalid', 'placeholder', 'positive-feedback-missing']);
  // A Chinese review: its findings are Chinese whatever LANG says.
  const zhang = reports.find((r) => r.file.endsWith('张伟.md'))!.findings;
  assert.ok(zhang.filter((f) => f.ruleId === 'kpi-invalid').every((f) => /没有实际值/.test(String(f.message))));
});

test('--dry-run prints each review and writes nothing', async () => {
  const dir = examples();
  const r = runCli(['new', '李娜', '--dry-run'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!existsSync(join(dir, 'reviews/2026-Q4')));
  const expected = await editorReview(dir, '李娜');
  assert.equal(undated(r.stdout), undated(`==> ${expected.file} <==\n${expected.text}\n`));
});

test('two reviews of the previous cycle: that person is an error, the others are created', () => {
  const dir = examples();
  cpSync(join(dir, 'reviews/2026-Q3/李娜.md'), join(dir, 'reviews/2026-Q3/李娜-copy.md'));
  const r = runCli(['new', '--all', '--cycle', '2026-Q4'], dir);
  assert.equal(r.status, 2);
  assert.equal(r.stdout.trimEnd().split('\n').length, 3);
  assert.match(r.stderr, /李娜 has 2 reviews for 2026-Q3 \(reviews\/2026-Q3\/李娜-copy\.md, reviews\/2026-Q3\/李娜\.md\); name the one to follow: mdreview new <file>/);
  // Named by its file, the previous review is clear.
  assert.equal(runCli(['new', 'reviews/2026-Q3/李娜.md'], dir).stdout, 'reviews/2026-Q4/李娜.md\n');
});

test('usage and reading errors exit 2 with a clear line', () => {
  const dir = examples();
  const cases: [string[], RegExp][] = [
    [['new'], /give the previous review's file or a person's name \(or --all\)/],
    [['new', '张伟', '--all'], /--all takes no review or person/],
    [['new', '张伟', '--cycle', 'soon'], /--cycle "soon" names no cycle/],
    [['new', 'missing.md'], /missing\.md: /],
    [['new', 'README.md'], /README\.md names no employee and cycle in its frontmatter/],
    [['new', 'reviews/2026-Q3/张伟.md', '--cycle', '2026-Q2'], /--cycle 2026-Q2 does not come after reviews\/2026-Q3\/张伟\.md \(2026-Q3\)/],
    [['new', '张伟', '--template', 'nope'], /unknown template "nope" \(known: livestream-ops, general\)/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args, dir);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
  }
  assert.ok(!existsSync(join(dir, 'reviews/2026-Q4')));
  const help = runCli(['new', '--help', '--locale', 'zh'], dir);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^用法：mdreview new/);
  assert.match(runCli(['--help'], dir).stdout, /^ {2}new /m);
});
