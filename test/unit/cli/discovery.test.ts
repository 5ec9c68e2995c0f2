import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLEAN_EN, CLI, DRAFT_ZH, NO_REVIEWER_EN, runCli, runJson, workspace } from './helpers';

const files = (r: { reports: { file: string }[] }) => r.reports.map((x) => x.file);

describe('mdreview lint: which files', () => {
  it('by default lints reviews only, skipping .gitignore, node_modules and config ignores', () => {
    const dir = workspace({
      'README.md': '# Team handbook\n\nNot a review.\n',
      'notes.md': '---\ntitle: notes\n---\n\ntext\n',
      'reviews/alex.md': CLEAN_EN,
      'reviews/zh.md': DRAFT_ZH,
      'reviews/scaffold.md': '---\ntemplate: general\n---\n\n## 1. Goal attainment\n',
      'drafts/old.md': CLEAN_EN,
      'archive/2019.md': CLEAN_EN,
      'node_modules/pkg/review.md': CLEAN_EN,
      '.gitignore': 'drafts/\n',
      '.mdreviewrc.json': '{"ignore": ["archive/**"]}',
    });
    assert.deepEqual(files(runJson([], dir)), ['reviews/alex.md', 'reviews/scaffold.md', 'reviews/zh.md']);
  });

  it('lints files named explicitly even when they are not reviews or are ignored', () => {
    const dir = workspace({ 'README.md': '# Handbook\n', 'drafts/old.md': CLEAN_EN, '.gitignore': 'drafts/\n' });
    assert.deepEqual(files(runJson(['README.md', 'drafts/old.md'], dir)), ['README.md', 'drafts/old.md']);
  });

  it('a folder named on the command line is walked even when a .gitignore above ignores it', () => {
    const dir = workspace({ 'bench/a.md': CLEAN_EN, 'bench/skip/b.md': CLEAN_EN, '.gitignore': '/bench/\n', 'bench/.gitignore': 'skip/\n' });
    assert.deepEqual(files(runJson(['bench'], dir)), ['bench/a.md']);
    assert.deepEqual(files(runJson([], dir)), []);
  });

  it('globs lint every match, and the config `files` globs mark reviews without frontmatter keys', () => {
    const dir = workspace({
      'team/plain.md': '# 1:1 notes\n\n## 1. Goal attainment\n',
      'team/other.md': '# other\n',
      '.mdreviewrc.yaml': 'files:\n  - "team/plain.md"\n',
    });
    assert.deepEqual(files(runJson(['team/*.md'], dir)), ['team/other.md', 'team/plain.md']);
    assert.deepEqual(files(runJson([], dir)), ['team/plain.md']);
    assert.equal(runCli(['lint', 'nothing/*.md'], dir).status, 2);
  });

  it('the nearest config wins', () => {
    const dir = workspace({
      '.mdreviewrc.json': '{"rules": {"action-owner": "error"}}',
      'a/zh.md': DRAFT_ZH,
      'b/.mdreviewrc.yaml': 'rules:\n  action-owner: "off"\n',
      'b/zh.md': DRAFT_ZH,
    });
    const r = runJson([], dir);
    const owner = (file: string) => r.reports.find((x) => x.file === file)!.findings.filter((f) => f.ruleId === 'action-owner');
    assert.equal(owner('a/zh.md')[0].severity, 'error');
    assert.deepEqual(owner('b/zh.md'), []);
    assert.equal(r.status, 1);
  });

  it('--config replaces discovery for every file', () => {
    const dir = workspace({ 'a/zh.md': DRAFT_ZH, 'a/.mdreviewrc.json': '{"rules": {"action-owner": "error"}}', 'strict.json': '{"rules": {"action-owner": "off"}}' });
    const r = runJson(['--config', 'strict.json'], dir);
    assert.ok(r.reports[0].findings.every((f) => f.ruleId !== 'action-owner'));
  });

  it('a --config file that does not exist is an exit-2 config error naming it, not silently no config', () => {
    const dir = workspace({ 'a/zh.md': DRAFT_ZH });
    const r = runJson(['--config', 'strct.json'], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /strct\.json: .*does not exist/);
    assert.ok(r.reports.some((x) => x.findings.some((f) => f.ruleId === 'config-error')));
  });

  it('a broken config is an exit-2 error naming the file; its files are still linted', () => {
    const dir = workspace({ 'a/.mdreviewrc.json': '{"rules": {"action-owner": "loud"}}', 'a/alex.md': NO_REVIEWER_EN, 'b/alex.md': NO_REVIEWER_EN });
    const r = runJson([], dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.mdreviewrc\.json/);
    assert.deepEqual(files(r).slice(0, 2), ['a/alex.md', 'b/alex.md']);
    assert.ok(r.reports[0].findings.some((f) => f.ruleId === 'frontmatter'));
    assert.ok(r.reports.some((x) => x.findings.some((f) => f.ruleId === 'config-error')));
  });

  it('config and template problems name the file relative to the current folder, in English and Chinese', () => {
    const dir = workspace({
      'team/.mdreviewrc.json': '{"rules": {"action-owner": "loud"}}',
      'team/.mdreview/templates/bad.md': 'no frontmatter\n',
      'team/a.md': NO_REVIEWER_EN,
    });
    const problems = (r: ReturnType<typeof runJson>) => r.reports.filter((x) => x.findings.some((f) => f.ruleId === 'config-error')).map((x) => [x.file, x.findings[0].message]);
    assert.deepEqual(problems(runJson([], dir)), [
      ['team/.mdreviewrc.json', 'invalid config or template: /rules/action-owner must be equal to one of the allowed values (off, info, warning, error)'],
      ['team/.mdreview/templates/bad.md', 'invalid config or template: a template needs YAML frontmatter listing its sections'],
    ]);
    const zh = runJson(['--locale', 'zh'], dir);
    assert.deepEqual(problems(zh), [
      ['team/.mdreviewrc.json', '配置或模板文件有误：/rules/action-owner 应当是预设定的枚举值之一 (off, info, warning, error)'],
      ['team/.mdreview/templates/bad.md', '配置或模板文件有误：模板需要列出各部分的 YAML 头信息'],
    ]);
    assert.match(zh.stderr, /^mdreview: team\/\.mdreviewrc\.json: 配置或模板文件有误/m);
  });

  it('workspace templates at the config root decide the sections', () => {
    const template = '---\nid: general\nlanguage: en\nsections:\n  - { id: wins, heading: Wins, required: true }\n---\n## Wins\n';
    const review = '---\nemployee: A\nreviewer: B\ncycle: 2026-Q1\ntemplate: general\n---\n\n## Something else\n\ntext\n';
    const dir = workspace({ '.mdreviewrc.json': '{}', '.mdreview/templates/general.md': template, 'r/a.md': review });
    const missing = runJson([], dir).reports[0].findings.filter((f) => f.ruleId === 'section-missing');
    assert.deepEqual(missing.map((f) => (f.data as { section: string }).section), ['wins']);
  });

  it("a person's earlier reviews in the same run are the history of the later one", () => {
    const q2 = CLEAN_EN.replace('cycle: 2026-Q3', 'cycle: 2026-Q2').replace('Write a checklist for live unboxing segments', 'Set up a co-streaming pilot with two partners');
    const dir = workspace({ 'q2/alex.md': q2, 'q3/alex.md': CLEAN_EN, 'q3/other.md': CLEAN_EN.replace('Alex Chen', 'Kim Park') });
    for (const threads of ['0', '2']) {
      const r = runJson(['--threads', threads], dir);
      const followUps = (file: string) => r.reports.find((x) => x.file === file)!.findings.filter((f) => f.ruleId === 'follow-up-missing');
      assert.ok(followUps('q3/alex.md').some((f) => /co-streaming/.test(f.message as string)), `threads ${threads}`);
      assert.deepEqual(followUps('q2/alex.md'), []);
      assert.deepEqual(followUps('q3/other.md'), []);
    }
  });

  it('linting one file finds the earlier reviews of that person in its repository, as a pre-commit hook needs', () => {
    const q2 = CLEAN_EN.replace('cycle: 2026-Q3', 'cycle: 2026-Q2').replace('Write a checklist for live unboxing segments', 'Set up a co-streaming pilot with two partners');
    const q1 = q2.replace('cycle: 2026-Q2', 'cycle: 2026-Q1');
    const dir = workspace({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'reviews/2026-Q1/alex.md': q1,
      'reviews/2026-Q2/ALEX.md': q2.replace('employee: Alex Chen', 'employee: alex  chen'),
      'reviews/2026-Q3/alex.md': CLEAN_EN,
      'reviews/2026-Q3/kim.md': CLEAN_EN.replace('Alex Chen', 'Kim Park'),
      'ignored/alex-q2-draft.md': q2.replace('co-streaming', 'draft-only'),
      '.gitignore': 'ignored/\n',
    });
    const findings = (r: ReturnType<typeof runJson>, file: string) => r.reports.find((x) => x.file === file)!.findings;
    const alone = runJson(['reviews/2026-Q3/alex.md'], dir);
    const whole = runJson([], dir);
    const followUps = findings(alone, 'reviews/2026-Q3/alex.md').filter((f) => f.ruleId === 'follow-up-missing');
    assert.ok(followUps.some((f) => /co-streaming/.test(f.message as string)), 'the folded name matches the Q2 review');
    assert.ok(!followUps.some((f) => /draft-only/.test(f.message as string)), '.gitignored files are no history');
    assert.deepEqual(findings(alone, 'reviews/2026-Q3/alex.md'), findings(whole, 'reviews/2026-Q3/alex.md'), 'one file alone gets what the whole run gives it');
    assert.deepEqual(alone.reports.map((x) => x.file), ['reviews/2026-Q3/alex.md'], 'history files are read, never reported');
    assert.deepEqual(findings(runJson(['reviews/2026-Q3/kim.md'], dir), 'reviews/2026-Q3/kim.md').filter((f) => f.ruleId === 'follow-up-missing'), []);
  });

  it('a folder with a config of its own is a set of reviews apart: a namesake outside it is no history', () => {
    const q2 = CLEAN_EN.replace('cycle: 2026-Q3', 'cycle: 2026-Q2').replace('Write a checklist for live unboxing segments', 'Set up a co-streaming pilot with two partners');
    const dir = workspace({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'fixtures/alex-q2.md': q2,
      'team/.mdreviewrc.json': '{}',
      'team/2026-Q3/alex.md': CLEAN_EN,
      'other/2026-Q3/alex.md': CLEAN_EN,
    });
    const followUps = (r: ReturnType<typeof runJson>, file: string) => r.reports.find((x) => x.file === file)!.findings.filter((f) => f.ruleId === 'follow-up-missing');
    for (const args of [['team'], ['team/2026-Q3/alex.md'], [], ['--threads', '0']]) {
      const r = runJson(args, dir);
      assert.deepEqual(followUps(r, 'team/2026-Q3/alex.md'), [], `${args.join(' ')}: the team's review has no history in the team's folder`);
    }
    assert.ok(followUps(runJson([], dir), 'other/2026-Q3/alex.md').some((f) => /co-streaming/.test(f.message as string)), 'without a config of its own the repository is one set');
    assert.ok(followUps(runJson(['other/2026-Q3/alex.md'], dir), 'other/2026-Q3/alex.md').some((f) => /co-streaming/.test(f.message as string)));
  });

  it('a duplicate earlier cycle is no history: the rules see none rather than a guess', () => {
    const q2 = CLEAN_EN.replace('cycle: 2026-Q3', 'cycle: 2026-Q2').replace('Write a checklist for live unboxing segments', 'Set up a co-streaming pilot with two partners');
    const dir = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'a/alex.md': q2, 'b/alex.md': q2, 'q3/alex.md': CLEAN_EN });
    const r = runJson(['q3/alex.md'], dir);
    assert.deepEqual(r.reports[0].findings.filter((f) => f.ruleId === 'follow-up-missing'), []);
  });

  it('worker threads give the same results, in input order, as a single thread', () => {
    const entries: Record<string, string> = {};
    for (let i = 0; i < 40; i++) entries[`r/${String(i).padStart(2, '0')}.md`] = i % 2 ? DRAFT_ZH : NO_REVIEWER_EN.replace('Alex Chen', `Person ${i}`);
    const dir = workspace(entries);
    const single = runCli(['lint', '--format', 'json', '--threads', '0'], dir);
    const parallel = runCli(['lint', '--format', 'json', '--threads', '2'], dir);
    assert.equal(parallel.stdout, single.stdout);
    assert.equal(parallel.stderr, '', 'the workers finish without falling back to one thread');
    assert.equal(JSON.parse(parallel.stdout).length, 40);
  });

  it('a worker that cannot start leaves the run to the main thread, with the same results', () => {
    const entries: Record<string, string> = {};
    for (let i = 0; i < 70; i++) entries[`r/${String(i).padStart(2, '0')}.md`] = i % 2 ? DRAFT_ZH : NO_REVIEWER_EN.replace('Alex Chen', `Person ${i}`);
    const dir = workspace(entries);
    // The bin copied alone: dist/lintWorker.js is not beside it.
    const bin = join(mkdtempSync(join(tmpdir(), 'mdreview-lone-bin-')), 'cli.js');
    copyFileSync(CLI, bin);
    const single = runCli(['lint', '--format', 'json', '--threads', '0'], dir);
    const lone = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', '--threads', '1'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' }, timeout: 60_000 });
    assert.equal(lone.stdout, single.stdout);
    assert.match(lone.stderr, /worker threads failed .*; linting in one thread/);
    assert.equal(lone.status, single.status);
  });
});
