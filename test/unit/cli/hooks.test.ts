import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { CLEAN_EN, NO_REVIEWER_EN, shimBin, workspace } from './helpers';

const ROOT = resolve(__dirname, '../../..');

const BIN = shimBin();

/** Runs git in `cwd` with no user or system config, so the machine's settings cannot change the outcome. */
function git(cwd: string, ...args: string[]) {
  const env = { PATH: `${BIN}${delimiter}${process.env.PATH}`, HOME: cwd, LANG: 'en_US.UTF-8', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', MDREVIEW: 'mdreview' };
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, env, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** A repository with the documented plain hook installed, running this checkout's CLI. */
function repoWithHook(files: Record<string, string>): string {
  const dir = workspace(files);
  assert.equal(git(dir, 'init', '-q').status, 0);
  copyFileSync(join(ROOT, 'docs/hooks/pre-commit'), join(dir, '.git/hooks/pre-commit'));
  return dir;
}

describe('git pre-commit hook (docs/hooks/pre-commit)', () => {
  it('refuses a commit of a review with an error, accepts it once fixed; a README beside it is not linted', () => {
    const dir = repoWithHook({ 'README.md': '# Team reviews\n', 'reviews/2026-Q3/Alex Chen.md': NO_REVIEWER_EN });
    git(dir, 'add', '.');
    const refused = git(dir, 'commit', '-q', '-m', 'draft');
    assert.notEqual(refused.status, 0, refused.output);
    assert.match(refused.output, /Alex Chen\.md[\s\S]*frontmatter/);
    assert.doesNotMatch(refused.output, /README/);
    assert.equal(git(dir, 'rev-parse', '--verify', '-q', 'HEAD').status, 1, 'nothing was committed');

    writeFileSync(join(dir, 'reviews/2026-Q3/Alex Chen.md'), CLEAN_EN);
    git(dir, 'add', '.');
    const passed = git(dir, 'commit', '-q', '-m', 'review');
    assert.equal(passed.status, 0, passed.output);
  });

  it('linting only the staged review still gets the cross-cycle rules: last cycle\'s review is found in the repository', () => {
    const q2 = readFileSync(join(ROOT, 'examples/reviews/2026-Q2/Alex Chen.md'), 'utf8');
    // This team makes an unfollowed item block the commit (by default it is a warning).
    const dir = repoWithHook({ '.mdreviewrc.yaml': 'rules:\n  follow-up-missing: error\n', 'reviews/2026-Q2/Alex Chen.md': q2 });
    git(dir, 'add', '.');
    const first = git(dir, 'commit', '-q', '-m', 'Q2');
    assert.equal(first.status, 0, first.output);

    // The Q3 review is clean on its own but never mentions Q2's action items and goals.
    writeFileSync(join(dir, 'reviews/2026-Q3.md'), CLEAN_EN);
    git(dir, 'add', 'reviews/2026-Q3.md');
    const refused = git(dir, 'commit', '-q', '-m', 'Q3');
    assert.notEqual(refused.status, 0, refused.output);
    assert.match(refused.output, /follow-up-missing/);
    assert.match(refused.output, /2026-Q2/);
  });

  it('a commit without Markdown runs no lint (an empty file list must not lint the whole repository)', () => {
    const dir = repoWithHook({ 'old/broken.md': NO_REVIEWER_EN, 'notes.txt': 'x\n' });
    git(dir, 'add', 'notes.txt');
    const r = git(dir, 'commit', '-q', '-m', 'notes');
    assert.equal(r.status, 0, r.output);
  });
});

describe('pre-commit framework hook (.pre-commit-hooks.yaml)', () => {
  it('declares a node hook that runs the package bin on staged Markdown, reviews only', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    const hook = hooks.find((h) => h.id === 'mdreview')!;
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
    const [bin, ...args] = String(hook.entry).split(' ');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.ok(pkg.bin[bin], `${bin} is the package's bin`);
    assert.deepEqual(args, ['lint', '--only-reviews']);
    // pre-commit installs the hook from a git clone (npm runs `prepare` there, with or without devDependencies) or
    // with `npm pack` (old pre-commit): test/hooks/precommit.test.mjs installs it both ways.
    assert.equal(pkg.scripts.prepare, 'node scripts/prepare.mjs', 'npm builds the bundles when it installs from git and on npm pack');
    assert.match(readFileSync(join(ROOT, '.npmrc'), 'utf8'), /^foreground-scripts=false$/m, 'npm pack prints only the tarball\'s name');
  });

  it('npm pack ships the CLI bundles and rule docs, and nothing of the sources or tests', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = (JSON.parse(r.stdout)[0].files as { path: string }[]).map((f) => f.path);
    for (const f of ['dist/cli.js', 'dist/lintWorker.js', 'docs/rules/frontmatter.md', 'package.json']) assert.ok(files.includes(f), f);
    assert.deepEqual(files.filter((f) => /^(src|test|dist-test|node_modules)\//.test(f) || f.endsWith('.map')), []);
  });
});
