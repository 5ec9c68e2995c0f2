import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { diffCommand } from '../../../src/cli/commands/diff';
import { textconvCommand } from '../../../src/cli/commands/textconv';
import { git, NEW_PATH, OLD_PATH, review, run, tempDir, threeCycleRepo, write } from './repo';

const repo = threeCycleRepo();

test('diff --rev across a rename, with a KPI renamed by id (paths with spaces and CJK)', async () => {
  const r = await run(diffCommand, ['--rev', 'HEAD~3', NEW_PATH, '--locale', 'en'], repo);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`old: ${OLD_PATH}@HEAD~3`));
  assert.match(r.stdout, /# 张三: 2026-Q1 → 2026-Q3/);
  assert.match(r.stdout, /互动率 \(interaction-rate\): actual 4% → 4\.8% \(\+0\.8 pp, better\).*renamed from 互动占比/);
  assert.match(r.stdout, /销售转化率 \(conversion-rate\): actual 3\.5% → 3% \(-0\.5 pp, worse\)/);
  assert.match(r.stdout, /✗ missed: “将观看人数提升到 55000” — 观看人数 actual 52k 人 \/ target 55k 人/);
});

test('diff --rev in Chinese and as JSON', async () => {
  const zh = await run(diffCommand, ['--rev', 'HEAD~2', NEW_PATH, '--locale', 'zh'], repo);
  assert.match(zh.stdout, /# 张三：2026-Q2 → 2026-Q3/);
  assert.match(zh.stdout, /仍未完成：优化开场话术/);
  const json = await run(diffCommand, ['--rev', 'HEAD~2', NEW_PATH, '--format', 'json'], repo);
  const parsed = JSON.parse(json.stdout);
  assert.equal(parsed.diff.old.cycle, '2026-Q2');
  assert.deepEqual(parsed.diff.kpis.find((k: { id: string }) => k.id === 'viewers').actual, { old: 45000, new: 52000, delta: 7000 });
});

test('diff --previous finds the last commit whose cycle differs, skipping same-cycle commits', async () => {
  const r = await run(diffCommand, ['--previous', join(repo, NEW_PATH)], repo);
  assert.equal(r.code, 0, r.stderr);
  // Without --locale the summary speaks the review's language, words and figures alike.
  assert.match(r.stdout, new RegExp(`上一份: ${OLD_PATH}@[0-9a-f]{7}`));
  assert.match(r.stdout, /# 张三：2026-Q2 → 2026-Q3/);
  assert.match(r.stdout, /互动率（interaction-rate）：实际 4\.1% → 4\.8%（\+0\.7个百分点，变好）/);
  assert.match(r.stdout, /观看人数 实际 5\.2万人 \/ 目标 5\.5万人/);
  assert.doesNotMatch(r.stdout, /\b(actual|target|better|worse|pp)\b/);
});

test('a previous version with broken YAML degrades to a stated problem, not a crash', async () => {
  const root = tempDir('mdreview broken ');
  git(root, 'init', '-q');
  write(root, 'r.md', review('2026-Q1', '互动率', { viewers: 1, rate: '1%', conversion: '1%' }).replace('kpis:', 'kpis: [ {name: x'));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'broken');
  write(root, 'r.md', review('2026-Q2', '互动率', { viewers: 2, rate: '2%', conversion: '2%' }));
  const r = await run(diffCommand, ['--rev', 'HEAD', 'r.md'], root);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /上一份面谈：frontmatter 第 \d+ 行有 YAML 错误/);
  assert.match(r.stdout, /# 张三：2026-Q1 → 2026-Q2/);
});

test('diff --previous prefers another file of the person in the workspace, and refuses to guess between two', async () => {
  const root = tempDir('mdreview ws ');
  write(root, 'q2.md', review('2026-Q2', '互动率', { viewers: 1, rate: '1%', conversion: '1%' }));
  write(root, 'q3.md', review('2026-Q3', '互动率', { viewers: 2, rate: '2%', conversion: '2%' }));
  const ok = await run(diffCommand, ['--previous', 'q3.md'], root);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /q2\.md · 本次: q3\.md/);
  write(root, 'q2 copy.md', review('2026-Q2', '互动率', { viewers: 3, rate: '3%', conversion: '3%' }));
  const dup = await run(diffCommand, ['--previous', 'q3.md'], root);
  assert.equal(dup.code, 2);
  assert.match(dup.stderr, /张三 has 2 reviews for 2026-Q2: .*q2 copy\.md, .*q2\.md/);
  assert.match(dup.stderr, /previous cycle is ambiguous/);
});

test('textconv: stable text, and git diff shows it through the diff driver', async () => {
  const r = await run(textconvCommand, [NEW_PATH], repo);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^# 基本信息\ncycle: 2026-Q3\nemployee: 张三\ntemplate: livestream-ops\n/);
  assert.match(r.stdout, /- 互动率 \[interaction-rate\]: 目标 5% \| 实际 4\.8% \| 达成率 96%/);
  const cli = resolve('dist/cli.js');
  assert.ok(existsSync(cli), 'dist/cli.js is built before the tests');
  write(repo, '.gitattributes', '*.md diff=mdreview\n');
  git(repo, 'config', 'diff.mdreview.textconv', `"${process.execPath}" "${cli}" textconv`);
  const patch = git(repo, 'diff', 'HEAD~3', 'HEAD', '-M', '--', '.');
  assert.match(patch, /^-- 观看人数 \[viewers\]: 目标 50000 人 \| 实际 40000 人 \| 达成率 80%$/m);
  assert.match(patch, /^\+- 观看人数 \[viewers\]: 目标 50000 人 \| 实际 52000 人 \| 达成率 104%$/m);
});

test('textconv of a temporary copy (as git passes it) uses the templates of the repository it runs in', async () => {
  const root = tempDir('mdreview tpl ');
  write(root, '.mdreview/templates/custom.md', '---\nid: custom\nlanguage: en\nsections:\n  - { id: wins, heading: Wins, aliases: [Highlights] }\n---\n## Wins\n');
  const copy = join(tempDir('mdreview tmp '), 'XXXX_r.md');
  write(dirname(copy), basename(copy), '---\nemployee: A\ncycle: 2026-Q1\ntemplate: custom\n---\n## Highlights\n\nShipped.\n');
  const r = await run(textconvCommand, [copy], root);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^### \[wins\] Highlights$/m);
});

test('the word-diff regex of docs/diff.md splits Chinese per character and keeps English words whole', () => {
  const docs = readFileSync(resolve('docs/diff.md'), 'utf8');
  const regex = /git config diff\.mdreview\.wordRegex '([^']+)'/.exec(docs)?.[1];
  assert.ok(regex, 'docs/diff.md gives the wordRegex');
  const root = tempDir('mdreview words ');
  git(root, 'init', '-q');
  write(root, '.gitattributes', '*.md diff=mdreview\n');
  git(root, 'config', 'diff.mdreview.wordRegex', regex);
  write(root, 'a.md', '晚间为峰值，互动率 4.1%。Revenue grew fast\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'a');
  write(root, 'a.md', '午间为谷值，互动率 4.8%。Revenue grew slowly\n');
  const words = git(root, 'diff', '--word-diff=plain', '--', 'a.md').trim().split('\n').at(-1);
  assert.equal(words, '[-晚-]{+午+}间为[-峰-]{+谷+}值，互动率 4.[-1-]{+8+}%。Revenue grew [-fast-]{+slowly+}');
});

test('a shallow clone gives a clear message, not a stack trace', async () => {
  const clone = join(tempDir('mdreview shallow '), 'clone 克隆');
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
  const rev = await run(diffCommand, ['--rev', 'HEAD~2', NEW_PATH], clone);
  assert.equal(rev.code, 2);
  assert.match(rev.stderr, /unknown revision "HEAD~2"; this is a shallow clone.*git fetch --unshallow/);
  const previous = await run(diffCommand, ['--previous', NEW_PATH], clone);
  assert.equal(previous.code, 2);
  assert.match(previous.stderr, /no earlier review of 张三 before 2026-Q3.*shallow clone/);
});

test('without git on the PATH, diff --rev fails with a clear message; plain diff and textconv still work', async () => {
  const env = { ...process.env, PATH: join(tempDir('mdreview nogit '), 'bin') };
  const r = await run(diffCommand, ['--rev', 'HEAD~1', NEW_PATH], repo, env);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /git is not installed or not on the PATH/);
  const zh = await run(diffCommand, ['--rev', 'HEAD~1', NEW_PATH, '--locale', 'zh'], repo, env);
  assert.match(zh.stderr, /未安装 git/);
  const plain = await run(diffCommand, [join(repo, NEW_PATH), join(repo, NEW_PATH)], repo, env);
  assert.equal(plain.code, 0);
  assert.equal((await run(textconvCommand, [NEW_PATH], repo, env)).code, 0);
});

test('usage and I/O failures exit 2 with a message', async () => {
  for (const args of [[], ['a.md'], ['--rev', 'HEAD', 'a.md', 'b.md'], ['--rev', 'x', '--previous', 'a.md'], ['--format', 'xml', 'a', 'b'], ['--bogus']]) {
    const r = await run(diffCommand, args, repo);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /mdreview diff: .*\n.*--help/, args.join(' '));
  }
  const missing = await run(diffCommand, ['nope.md', NEW_PATH], repo);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.md: no such file/);
  const unknown = await run(diffCommand, ['--rev', 'no-such-branch', NEW_PATH], repo);
  assert.match(unknown.stderr, /unknown revision "no-such-branch"/);
  const outside = await run(diffCommand, ['--rev', 'HEAD', 'x.md'], tempDir('mdreview outside '));
  assert.equal(outside.code, 2);
  assert.equal((await run(textconvCommand, [], repo)).code, 2);
});
