// Issue 14, file system: devices and FIFOs are never read, symlink loops list each file once, links out of the
// folder are reported (followed only with --follow-symlinks), unlistable folders are reported, and a run over
// 20,000 files works with 256 open files allowed. Every spawn has a timeout: a FIFO opened blocking would hang.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { walk } from '../../../src/node/walk';
import { CLEAN_EN, CLI, runCli, runJson, workspace } from './helpers';

const DEVICE = '/dev/zero';
const posixOnly = process.platform === 'win32' || !existsSync(DEVICE) ? 'needs /dev/zero and mkfifo' : false;
const ioFindings = (r: ReturnType<typeof runJson>) => r.reports.flatMap((x) => x.findings.filter((f) => f.ruleId === 'io-error').map((f) => `${x.file}: ${f.severity}: ${f.message}`));
const mkfifo = (path: string) => assert.equal(spawnSync('mkfifo', [path]).status, 0, 'mkfifo');

describe('mdreview lint: hostile file system', { skip: posixOnly }, () => {
  it('a FIFO and a link to a device are not read: a warning in a folder walk, an error when named', () => {
    const dir = workspace({ 'a.md': CLEAN_EN });
    mkfifo(join(dir, 'pipe.md'));
    symlinkSync(DEVICE, join(dir, 'zero.md'));
    const walked = runJson(['--follow-symlinks'], dir);
    assert.deepEqual(ioFindings(walked).sort(), ['pipe.md: warning: not a regular file (a device, FIFO or socket); not read', 'zero.md: warning: not a regular file (a device, FIFO or socket); not read']);
    assert.equal(walked.status, 0);
    const named = runJson(['pipe.md', 'zero.md', 'a.md'], dir);
    assert.equal(named.status, 2);
    assert.deepEqual(named.reports.map((r) => [r.file, r.findings[0]?.ruleId ?? 'clean']), [['pipe.md', 'io-error'], ['zero.md', 'io-error'], ['a.md', 'clean']]);
  });

  it('a .gitignore, a config or a template that is a device gives a finding, and the run finishes', () => {
    const gitignore = workspace({ 'a.md': CLEAN_EN });
    symlinkSync(DEVICE, join(gitignore, '.gitignore'));
    assert.match(ioFindings(runJson([], gitignore)).join('\n'), /\.gitignore: warning: \.gitignore not read, its rules are not applied: not a regular file/);

    const config = workspace({ 'a.md': CLEAN_EN });
    symlinkSync(DEVICE, join(config, '.mdreviewrc.json'));
    const r = runJson([], config);
    assert.equal(r.status, 2);
    assert.match(JSON.stringify(r.reports), /config-error.*not a regular file/);

    const template = workspace({ 'a.md': CLEAN_EN, '.mdreview/templates/general.md': '# general\n' });
    mkfifo(join(template, '.mdreview/templates/pipe.md'));
    const pipe = runJson([], template).reports.find((x) => x.file === '.mdreview/templates/pipe.md');
    assert.match(String(pipe?.findings[0].message), /^invalid config or template: not a regular file/);
  });

  it('a symlink loop lints each file once, under its own name', () => {
    const dir = workspace({ 'a.md': CLEAN_EN, 'sub/b.md': CLEAN_EN.replace('Alex Chen', 'Kim Lee') });
    symlinkSync('..', join(dir, 'sub/loop'));
    assert.deepEqual(runJson([], dir).reports.map((r) => r.file), ['a.md', 'sub/b.md']);
  });

  it('links inside a folder reached through a link: a file once, a link out of the folder reported, not followed', async () => {
    const outside = workspace({ 'secret.md': CLEAN_EN });
    const dir = workspace({ 't.md': CLEAN_EN, 'real/.keep': '' });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'real/escape.md'));
    symlinkSync('../t.md', join(dir, 'real/a.md'));
    symlinkSync('real', join(dir, 'alias'));
    const walked = await walk(['**/*.md'], dir, { followSymlinks: false });
    assert.deepEqual(walked.files, [join(dir, 't.md')]);
    assert.deepEqual(walked.outside.map((o) => o.link), [join(dir, 'real/escape.md')]);
  });

  it('a file linked under a second name in the folder is linted once, and a file link out of the folder is reported', () => {
    const outside = workspace({ 'o.md': CLEAN_EN });
    const dir = workspace({ 'a.md': CLEAN_EN });
    symlinkSync(join(dir, 'a.md'), join(dir, 'z-alias.md'));
    symlinkSync(join(outside, 'o.md'), join(dir, 'b.md'));
    const r = runJson([], dir);
    assert.deepEqual(r.reports.map((x) => x.file), ['a.md', 'b.md']);
    assert.match(ioFindings(r)[0], /^b\.md: warning: symbolic link to .*o\.md, outside the folder; not followed/);
  });

  it('a link out of the folder is reported and not followed, unless --follow-symlinks', () => {
    const outside = workspace({ 'o.md': CLEAN_EN });
    const dir = workspace({ 'a.md': CLEAN_EN });
    symlinkSync(outside, join(dir, 'shared'));
    const r = runJson([], dir);
    assert.deepEqual(r.reports.map((x) => x.file), ['a.md', 'shared']);
    assert.match(ioFindings(r)[0], /^shared: warning: symbolic link to .*, outside the folder; not followed \(--follow-symlinks follows it\)$/);
    assert.equal(r.status, 0);
    assert.deepEqual(runJson(['--follow-symlinks'], dir).reports.map((x) => x.file), ['a.md', 'shared/o.md']);
    assert.match(runCli(['lint', '--help'], dir).stdout, /--follow-symlinks/);
    assert.match(runCli(['lint', '--help'], dir, { LANG: 'zh_CN.UTF-8' }).stdout, /--follow-symlinks {3}跟随/);
  });

  it('20,000 files lint with `ulimit -n 256`', { timeout: 240_000 }, () => {
    const dir = workspace({ 'a.md': CLEAN_EN });
    for (let d = 0; d < 100; d++) {
      mkdirSync(join(dir, `d${d}`));
      for (let i = 0; i < 200; i++) writeFileSync(join(dir, `d${d}`, `n${i}.md`), '# notes\n');
    }
    const r = spawnSync('bash', ['-c', `ulimit -n 256 && exec "$0" "$1" lint --format json .`, process.execPath, CLI], { cwd: dir, encoding: 'utf8', timeout: 200_000, maxBuffer: 1 << 26 });
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
    assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((x) => x.file), ['a.md'], 'every file read (only the review is reported)');
  });
});

describe('unlistable folders', () => {
  it('the walk reports a folder it cannot list (simulated EACCES)', async () => {
    const dir = workspace({ 'a.md': CLEAN_EN, 'locked/b.md': CLEAN_EN });
    const fs = await import('node:fs');
    const readdir = ((path: string, options: object, callback: (e: NodeJS.ErrnoException | null, entries?: unknown[]) => void) => {
      if (path.replace(/\/$/, '').endsWith('locked')) return callback(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }), []);
      return fs.readdir(path, options as { withFileTypes: true }, callback as never);
    }) as unknown as typeof fs.readdir;
    const found = await walk(['**/*.md'], dir, { followSymlinks: false, fs: { readdir } });
    assert.deepEqual(found.files, [join(dir, 'a.md')]);
    assert.deepEqual(found.unlistable, [{ folder: join(dir, 'locked'), code: 'EACCES' }]);
  });

  // root reads any folder: as root the CLI runs as `nobody` (the test needs root for nothing else).
  const asRoot = process.getuid?.() === 0;
  const skip = process.platform === 'win32' ? 'POSIX permissions' : asRoot && !existsSync('/usr/sbin/runuser') ? 'root without runuser' : false;
  it('mdreview lint reports an unreadable folder as a warning (run as a user without the permission)', { skip }, () => {
    const dir = workspace({ 'a.md': CLEAN_EN, 'locked/b.md': CLEAN_EN });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const command = asRoot ? ['/usr/sbin/runuser', '-u', 'nobody', '--', process.execPath, CLI] : [process.execPath, CLI];
      const r = spawnSync(command[0], [...command.slice(1), 'lint', '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
      const reports = JSON.parse(r.stdout) as { file: string; findings: { ruleId: string; severity: string; message: string }[] }[];
      assert.deepEqual(reports.map((x) => [x.file, x.findings.filter((f) => f.ruleId === 'io-error').map((f) => `${f.severity}: ${f.message}`)]), [
        ['a.md', []],
        ['locked', ['warning: folder cannot be listed (EACCES); its files were not linted']],
      ]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});
