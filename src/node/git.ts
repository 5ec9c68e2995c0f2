// Git access for the CLI and the extension: always `execFile` with an argument array (no shell, so any path is safe),
// `core.quotepath=off` and NUL-separated output so paths with spaces and CJK come back as written.
// Every failure becomes a GitError with a bilingual message; nothing here throws anything else.
//
// A repository is workspace content, and its config can name programs for git to run. Every call goes
// through `runGit`, which overrides each such setting a read-only history lookup could reach, ends
// options before revisions and paths, and refuses revisions that look like options (`--output=<file>`).
import { execFile } from 'node:child_process';
import { devNull } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { messages, text, type Locale, type Text } from '../core/i18n';

export type GitFailure = 'not-installed' | 'not-a-repository' | 'unknown-revision' | 'not-in-revision' | 'failed';

export class GitError extends Error {
  constructor(
    readonly kind: GitFailure,
    readonly text: Text,
  ) {
    super(text.en);
  }
}

export interface Commit {
  hash: string;
  short: string;
  /** Author date, ISO 8601. */
  date: string;
  subject: string;
  /** The file's path in this commit, relative to the repository root (differs before a rename). */
  path: string;
}

/** How many commits of one file's history are read at most: bounded time however long the repository's history. */
export const MAX_LOG_ENTRIES = 200;
const MAX_BUFFER = 64 * 1024 * 1024;

/** A program name that cannot be found, so a signature check that still happens runs nothing. */
const NO_PROGRAM = join(devNull, 'mdreview-no-program');

/**
 * Settings of the repository's own config that make git run a program, each overridden on the command line
 * (which wins over every config file): signature checks (`log.showSignature` + `gpg.*program`), the pager,
 * the fsmonitor hook, hooks, and transports (a partial clone fetches missing objects, running `core.sshCommand`).
 * `diff.external` and textconv drivers are turned off per command with `--no-ext-diff --no-textconv`.
 */
const SAFE_CONFIG = [
  'core.quotepath=off',
  'core.fsmonitor=false',
  'core.pager=cat',
  `core.hooksPath=${NO_PROGRAM}`,
  'log.showSignature=false',
  `gpg.program=${NO_PROGRAM}`,
  `gpg.openpgp.program=${NO_PROGRAM}`,
  `gpg.x509.program=${NO_PROGRAM}`,
  `gpg.ssh.program=${NO_PROGRAM}`,
  'protocol.allow=never',
].flatMap((setting) => ['-c', setting]);

/** One git invocation: options come before `--end-of-options`, so nothing in `revisions` or `paths` is read as an option. */
export interface GitCall {
  command: string;
  options?: string[];
  revisions?: string[];
  /** Paths after `--`. */
  paths?: string[];
}

/** The command line for `call`; throws GitError for a revision that starts with `-`. */
export function gitArgs(call: GitCall): string[] {
  const { command, options = [], revisions = [], paths } = call;
  const bad = revisions.find((rev) => rev.startsWith('-'));
  if (bad !== undefined) throw new GitError('unknown-revision', text('"{rev}" is not a revision', '“{rev}”不是有效的版本', { rev: bad }));
  const operands = revisions.length > 0 || paths ? ['--end-of-options', ...revisions, ...(paths ? ['--', ...paths] : [])] : [];
  return ['--no-pager', ...SAFE_CONFIG, command, ...options, ...operands];
}

/** Environment for git: no optional lock files (a lookup writes nothing) and no prompts. `env` lets tests take git off the PATH. */
function gitEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' };
}

/** Runs `call` in `cwd` and resolves to its stdout. */
export function runGit(call: GitCall, cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    let args: string[];
    try {
      args = gitArgs(call);
    } catch (e) {
      return reject(e);
    }
    execFile('git', args, { cwd, env: gitEnv(env), maxBuffer: MAX_BUFFER, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !stderr) {
        return reject(new GitError('not-installed', text('git is not installed or not on the PATH; history features are unavailable', '未安装 git 或 git 不在 PATH 中，无法使用历史相关功能')));
      }
      const detail = (stderr || error.message).trim().split('\n')[0];
      if (/not a git repository/i.test(detail)) {
        return reject(new GitError('not-a-repository', text('not inside a git repository', '不在 git 仓库中')));
      }
      reject(new GitError('failed', text('git {args} failed: {detail}', 'git {args} 执行失败：{detail}', { args: call.command, detail })));
    });
  });
}

/** A file inside a repository: where git runs and how git names the file. */
export interface RepoFile {
  /** Folder to run git in (the file's own folder, so relative paths need no root lookup). */
  cwd: string;
  /** Path relative to the repository root, with `/`. */
  path: string;
  env: NodeJS.ProcessEnv;
}

/** Locates `file` in its repository. Rejects with GitError when git is missing or the file is outside a repository. */
export async function repoFile(file: string, env: NodeJS.ProcessEnv = process.env): Promise<RepoFile> {
  const cwd = dirname(file);
  const prefix = (await runGit({ command: 'rev-parse', options: ['--show-prefix'] }, cwd, env)).replace(/\r?\n$/, '');
  return { cwd, path: prefix + basename(file), env };
}

export async function isShallow(repo: RepoFile): Promise<boolean> {
  return (await runGit({ command: 'rev-parse', options: ['--is-shallow-repository'] }, repo.cwd, repo.env).catch(() => '')).trim() === 'true';
}

// Joins two clauses of one sentence.
const t = messages({ clauseSeparator: { en: '; ', zh: '；' } });

const SHALLOW_HINT = text(
  'this is a shallow clone, so older history is missing; run `git fetch --unshallow` to get it',
  '这是浅克隆（shallow clone），缺少更早的历史；可运行 `git fetch --unshallow` 获取',
);

/** The message for history that was not found, with the shallow-clone hint when that is the reason. */
export async function missingHistory(repo: RepoFile, message: Text): Promise<GitError> {
  const shallow = await isShallow(repo);
  const both = (l: Locale) => (shallow ? `${message[l]}${t(l, 'clauseSeparator')}${SHALLOW_HINT[l]}` : message[l]);
  return new GitError('unknown-revision', { en: both('en'), zh: both('zh') });
}

/**
 * The commits that touched the file, newest first, following renames, at most `max` of them. Reads only
 * this file's history (`git log --follow -- <file>`), so a repository with thousands of commits stays fast.
 */
export async function fileLog(repo: RepoFile, max = MAX_LOG_ENTRIES): Promise<Commit[]> {
  const out = await runGit(
    { command: 'log', options: ['--follow', '--no-show-signature', '--no-ext-diff', '--no-textconv', `--max-count=${max}`, '-z', '--name-only', '--format=%x1e%H%x1f%h%x1f%aI%x1f%s'], paths: [`:(top,literal)${repo.path}`] },
    repo.cwd,
    repo.env,
  );
  const commits: Commit[] = [];
  for (const chunk of out.split('\x1e').slice(1)) {
    const [header, names = ''] = chunk.split('\0');
    const [hash, short, date, ...subject] = header.split('\x1f');
    const path = names.replace(/^\n/, '');
    if (hash && path) commits.push({ hash, short, date, subject: subject.join('\x1f'), path });
  }
  return commits;
}

/** The full hash of a revision; rejects with a clear message (and the shallow hint) when it does not exist. */
export async function resolveRevision(repo: RepoFile, rev: string): Promise<string> {
  try {
    return (await runGit({ command: 'rev-parse', options: ['--verify', '--quiet'], revisions: [`${rev}^{commit}`] }, repo.cwd, repo.env)).trim();
  } catch (e) {
    if (e instanceof GitError && e.kind !== 'failed') throw e;
    throw await missingHistory(repo, text('unknown revision "{rev}"', '找不到版本“{rev}”', { rev }));
  }
}

/** The file's content at a revision (bounded by the 64 MB buffer); `path` is repository-relative. */
export async function showFile(repo: RepoFile, hash: string, path: string): Promise<string> {
  try {
    return await runGit({ command: 'cat-file', options: ['blob'], revisions: [`${hash}:${path}`] }, repo.cwd, repo.env);
  } catch (e) {
    if (e instanceof GitError && e.kind !== 'failed') throw e;
    throw new GitError('not-in-revision', text('{path} does not exist in {rev}', '{rev} 中不存在 {path}', { path, rev: hash.slice(0, 12) }));
  }
}

/**
 * The file's content at `rev`, under the name it had then: a revision before a rename is looked up
 * through the rename-following log, so `diff --rev` works across renames.
 */
export async function fileAtRevision(repo: RepoFile, rev: string): Promise<{ text: string; hash: string; path: string }> {
  const hash = await resolveRevision(repo, rev);
  const direct = await showFile(repo, hash, repo.path).then(
    (t) => t,
    () => undefined,
  );
  if (direct !== undefined) return { text: direct, hash, path: repo.path };
  for (const commit of await fileLog(repo)) {
    const isAncestor = await runGit({ command: 'merge-base', options: ['--is-ancestor'], revisions: [commit.hash, hash] }, repo.cwd, repo.env).then(
      () => true,
      () => false,
    );
    if (isAncestor) return { text: await showFile(repo, hash, commit.path), hash, path: commit.path };
  }
  throw await missingHistory(repo, text('{path} has no version at {rev}', '{path} 在 {rev} 没有版本', { path: repo.path, rev }));
}
