// A repository is workspace content: its config and its refs must not make mdreview run a program or
// write a file. Each hostile setting points at one script that records that it ran; the suite checks
// the record stays empty and the repository's files are byte-for-byte what they were.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { diffCommand } from '../../../src/cli/commands/diff';
import { fileAtRevision, fileLog, repoFile, resolveRevision, runGit, showFile } from '../../../src/node/git';
import { git, review, run, tempDir, write } from './repo';

const HOOKS = ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction', 'post-rewrite', 'fsmonitor-watchman', 'pre-auto-gc'];

/** A commit of `r.md` with a (fake) signature header, so `log.showSignature` would make git call `gpg.program`. */
function signedCommit(root: string, message: string): void {
  git(root, 'add', '-A');
  const tree = git(root, 'write-tree').trim();
  const parent = git(root, 'rev-parse', 'HEAD').trim();
  const body = `tree ${tree}\nparent ${parent}\nauthor Test <t@example.invalid> 1700000000 +0000\ncommitter Test <t@example.invalid> 1700000000 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\n${message}\n`;
  const hash = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: root, input: body, encoding: 'utf8' }).trim();
  git(root, 'update-ref', 'HEAD', hash);
}

/** Q1, a signed Q2 under an old name, then a signed rename with Q3; every executable setting armed. */
function hostileRepo(): { root: string; ran: string } {
  const root = tempDir('mdreview hostile 仓库 ');
  const ran = join(tempDir('mdreview hostile record '), 'ran.txt');
  const script = join(root, 'evil.sh');
  writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> '${ran}'\ncat\n`);
  chmodSync(script, 0o755);
  git(root, 'init', '-q', '-b', 'main');
  write(root, 'old.md', review('2026-Q1', '互动率', { viewers: 1, rate: '1%', conversion: '1%' }));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'Q1');
  write(root, 'old.md', review('2026-Q2', '互动率', { viewers: 2, rate: '2%', conversion: '2%' }));
  signedCommit(root, 'Q2, signed');
  git(root, 'mv', 'old.md', 'r.md');
  write(root, 'r.md', review('2026-Q3', '互动率', { viewers: 3, rate: '3%', conversion: '3%' }));
  signedCommit(root, 'Q3, renamed and signed');
  write(root, '.gitattributes', '* diff=evil filter=evil merge=evil\n');
  mkdirSync(join(root, 'hooks'));
  for (const hook of HOOKS) {
    writeFileSync(join(root, 'hooks', hook), `#!/bin/sh\n'${script}' ${hook}\n`);
    chmodSync(join(root, 'hooks', hook), 0o755);
  }
  const settings: Record<string, string> = {
    'log.showSignature': 'true',
    'gpg.program': script,
    'gpg.openpgp.program': script,
    'core.pager': script,
    'pager.log': script,
    'pager.cat-file': script,
    'core.fsmonitor': script,
    'core.hooksPath': join(root, 'hooks'),
    'core.sshCommand': script,
    'diff.external': script,
    'diff.evil.textconv': script,
    'diff.evil.command': script,
    'filter.evil.smudge': script,
    'filter.evil.clean': script,
    'filter.evil.process': script,
  };
  for (const [key, value] of Object.entries(settings)) git(root, 'config', key, value);
  return { root, ran };
}

/** Every file under `dir` with its size and modification time: what "nothing was written" compares. */
function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((f) => {
      const s = statSync(join(dir, f));
      return `${f} ${s.size} ${s.mtimeMs}`;
    });
}

const diff = (args: string[], cwd: string) => run(diffCommand, args, cwd);

test('the hostile repository is armed: plain git log runs its gpg.program', () => {
  const { root, ran } = hostileRepo();
  execFileSync('git', ['log', '--follow', '--format=%H', '--', 'r.md'], { cwd: root });
  assert.ok(existsSync(ran), 'the control run should have executed the script');
});

test('diff --previous, diff --rev before a rename and the history reads run nothing and write nothing', async () => {
  const { root, ran } = hostileRepo();
  const before = snapshot(root);
  const previous = await diff(['--previous', 'r.md'], root);
  assert.equal(previous.code, 0, previous.stderr);
  assert.match(previous.stdout, /2026-Q2 → 2026-Q3/);
  const rev = await diff(['--rev', 'HEAD~2', 'r.md'], root);
  assert.equal(rev.code, 0, rev.stderr);
  assert.match(rev.stdout, /上一份: old\.md@HEAD~2/);
  const repo = await repoFile(join(root, 'r.md'));
  const commits = await fileLog(repo);
  assert.equal(commits.length, 3);
  assert.match(await showFile(repo, commits[1].hash, commits[1].path), /cycle: 2026-Q2/);
  assert.match((await fileAtRevision(repo, 'HEAD~1')).text, /cycle: 2026-Q2/);
  assert.equal(existsSync(ran) ? readFileSync(ran, 'utf8') : '', '', 'no program of the repository ran');
  assert.deepEqual(snapshot(root), before, 'no file of the repository changed');
});

test('a revision that looks like an option is refused and writes no file', async () => {
  const { root, ran } = hostileRepo();
  const target = join(root, 'written.txt');
  const repo = await repoFile(join(root, 'r.md'));
  const hostile = [`--output=${target}`, '-o', `--output=${target}:r.md`];
  for (const ref of hostile) {
    await assert.rejects(showFile(repo, ref, 'r.md'), /is not a revision/);
    await assert.rejects(resolveRevision(repo, ref), /is not a revision/);
    await assert.rejects(runGit({ command: 'show', revisions: [ref] }, root), /is not a revision/);
  }
  const cli = await diff([`--rev=--output=${target}`, 'r.md'], root);
  assert.equal(cli.code, 2);
  assert.match(cli.stderr, /is not a revision/);
  // A path that starts with `-` stays a path: it comes after `--end-of-options` and `--`.
  await assert.rejects(showFile(repo, 'HEAD', `--output=${target}`), /does not exist in HEAD/);
  assert.equal(existsSync(target), false);
  assert.equal(existsSync(ran), false);
  rmSync(root, { recursive: true, force: true });
});
