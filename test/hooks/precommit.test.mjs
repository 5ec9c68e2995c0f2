// The pre-commit framework's hook (.pre-commit-hooks.yaml) installed the way pre-commit installs it, from a commit of
// this checkout (its working changes included: they are committed to a scratch copy), and run on a repository of
// the examples. Both ways npm is asked to install the hook must give a working `mdreview`:
//   - the real `pre-commit run --all-files`, with a .pre-commit-config.yaml naming the scratch copy at its commit.
//     Debian's pre-commit (3.0.4, what CI installs) runs `npm install` in its clone, then `npm pack`, then
//     `npm install -g` of the tarball;
//   - the command pre-commit 4.6.1 and later run instead, `npm install --allow-git=root --install-links -g
//     git+file://<clone>` (npm prepares the clone without its devDependencies: scripts/prepare.mjs installs what
//     the build needs), then the hook's entry on the examples' Markdown files.
// Each must print the examples' findings (the placeholder error of 2026-Q3/李娜.md among them) and exit with 1.
// Nothing is left behind: the scratch folders, PRE_COMMIT_HOME and npm's prefix are temporary.
//
//   npm run test:hooks    (without pre-commit installed, only the second part runs; `npm test` passes
//                          --require-pre-commit, and its pretest step installs Debian's pre-commit)
// MDREVIEW_PRE_COMMIT names another pre-commit command, e.g. "python3 -m pre_commit".
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../../scripts/vscode-host.mjs';

const requirePreCommit = process.argv.includes('--require-pre-commit');
const [preCommit, ...preCommitArgs] = (process.env.MDREVIEW_PRE_COMMIT ?? 'pre-commit').split(/\s+/).filter(Boolean);

const failures = [];
const check = (ok, what, detail = '') => {
  console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  if (!ok) {
    failures.push(what);
    if (detail) console.log(detail.replace(/^/gm, '      '));
  }
};

// git with no user or system config, so the machine's settings cannot change the outcome.
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
function git(cwd, ...args) {
  const r = spawnSync('git', ['-c', 'init.defaultBranch=main', ...args], { cwd, env: gitEnv, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} in ${cwd}: ${r.stderr}`);
  return r.stdout;
}
const lsFiles = (cwd, ...args) => git(cwd, 'ls-files', '-z', ...args).split('\0').filter(Boolean);

/** Copies `files` (relative to `from`) to `to`, symlinks as symlinks; a tracked file deleted in the checkout is skipped. */
function copyFiles(from, to, files, rename = (f) => f) {
  for (const file of files) {
    let stat;
    try { stat = lstatSync(join(from, file)); } catch { continue; }
    const target = join(to, rename(file));
    mkdirSync(dirname(target), { recursive: true });
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(join(from, file)), target);
    else if (stat.isFile()) copyFileSync(join(from, file), target);
  }
}

/** Runs a command to its end; resolves with its exit code, its output (stdout and stderr together) and its time. */
function run(command, args, options) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 900_000);
    child.on('error', (error) => { output += String(error); });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output, seconds: ((Date.now() - started) / 1000).toFixed(0) });
    });
  });
}

/** The checks on what a run of the hook printed: the examples' findings, exit code 1. */
function checkFindings(label, r) {
  const out = `exit code ${r.status}\n${r.output.slice(-6000)}`;
  check(r.status === 1, `${label}: exits with 1 (${r.seconds}s)`, out);
  check(!/Executable `mdreview` not found|mdreview: (command )?not found|spawn \S*mdreview ENOENT/.test(r.output), `${label}: the mdreview executable is installed`, out);
  check(/2026-Q3\/李娜\.md[\s\S]*error\s+placeholder/.test(r.output), `${label}: the error-level finding is shown (placeholder in 2026-Q3/李娜.md)`, out);
  check(/kpi-claim-mismatch/.test(r.output) && /goal-smart/.test(r.output), `${label}: the other findings are shown (kpi-claim-mismatch, goal-smart)`, out);
}

const buildDirs = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('mdreview-build-')));
const buildDirsBefore = buildDirs();
const tmp = mkdtempSync(join(tmpdir(), 'mdreview-hooks-'));
try {
  // This checkout as it is, committed in a scratch repository: the `repo` and `rev` a user's config would name.
  const src = join(tmp, 'mdreview');
  copyFiles(repoRoot, src, lsFiles(repoRoot, '--cached', '--others', '--exclude-standard').filter((f) => f !== 'node_modules'));
  git(src, 'init', '-q');
  git(src, 'add', '-A');
  git(src, 'commit', '-q', '-m', 'mdreview as checked out');
  const rev = git(src, 'rev-parse', 'HEAD').trim();

  // A reviews repository: the examples, and a config using the hook.
  const reviews = join(tmp, 'reviews');
  copyFiles(repoRoot, reviews, lsFiles(repoRoot, 'examples'), (f) => f.slice('examples/'.length));
  writeFileSync(join(reviews, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(src)}\n    rev: ${rev}\n    hooks:\n      - id: mdreview\n`);
  git(reviews, 'init', '-q');
  git(reviews, 'add', '-A');
  git(reviews, 'commit', '-q', '-m', 'reviews');
  const markdown = lsFiles(reviews).filter((f) => /\.(md|markdown)$/.test(f));

  const version = spawnSync(preCommit, [...preCommitArgs, '--version'], { encoding: 'utf8' });
  const havePreCommit = version.status === 0;
  const runs = [];
  if (havePreCommit) {
    console.log(`pre-commit framework hook (${version.stdout.trim()}) at ${rev.slice(0, 7)}, on the examples`);
    runs.push(run(preCommit, [...preCommitArgs, 'run', '--all-files', '--color', 'never'], { cwd: reviews, env: { ...gitEnv, LANG: 'en_US.UTF-8', PRE_COMMIT_HOME: join(tmp, 'pre-commit-home') } })
      .then((r) => ['pre-commit run --all-files', r]));
  } else if (requirePreCommit) {
    check(false, `pre-commit is not installed (\`${preCommit} --version\`: ${version.error?.message ?? version.stderr}); scripts/install-vscode-host.sh installs Debian's`);
  } else {
    console.log(`pre-commit framework hook: pre-commit is not installed (apt-get install pre-commit, or pip install pre-commit), so \`pre-commit run\` is skipped; npm's install from git still runs`);
  }

  // What pre-commit 4.6.1 and later run in place of `npm pack`: an install from git, then the hook's entry.
  const prefix = join(tmp, 'npm-prefix');
  const npmEnv = { ...gitEnv, NPM_CONFIG_PREFIX: prefix, npm_config_prefix: prefix };
  const [hook] = parse(readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')).filter((h) => h.id === 'mdreview');
  const [bin, ...entryArgs] = hook.entry.split(' ');
  runs.push(run('npm', ['install', '--allow-git=root', '--install-links', '-g', '--no-audit', '--no-fund', `git+file://${src}`], { cwd: tmp, env: npmEnv })
    .then(async (install) => {
      if (install.status !== 0) return ['npm install --install-links -g git+file://…', install];
      const lint = await run(join(prefix, 'bin', bin), [...entryArgs, ...markdown], { cwd: reviews, env: { ...npmEnv, LANG: 'en_US.UTF-8' } });
      return ['npm install --install-links -g git+file://…, then the entry', { ...lint, seconds: `${install.seconds}+${lint.seconds}` }];
    }));

  for (const [label, r] of await Promise.all(runs)) {
    if (label.startsWith('pre-commit')) check(/^mdreview\.+Failed/m.test(r.output), `${label}: the mdreview hook ran and failed the run`, r.output.slice(-6000));
    checkFindings(label, r);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const left = [...buildDirs()].filter((n) => !buildDirsBefore.has(n));
check(left.length === 0, 'scripts/prepare.mjs left no temporary build folder behind', left.join('\n'));

if (failures.length) {
  console.log(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\nall checks passed');
