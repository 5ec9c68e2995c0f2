// The commits of one file for "Compare with Revision…" and "previous cycle from git": our own
// `git log --follow` first, because it follows renames (the git extension's `log({ path })` does not);
// the git extension's API when our git cannot run (e.g. git is not on the extension host's PATH).
import * as vscode from 'vscode';
import type { Commit } from '../../node/git';
import type { Text } from '../../core/i18n';
import { loadGit } from './cliGit';
import { gitApi } from './gitApi';
import { gitUri, UNTRUSTED } from './gitContent';

export type FileHistory =
  | {
      ok: true;
      commits: Commit[];
      renamesFollowed: boolean;
      /** The document of the file at a commit (a `mdreview-git:` uri, or the git extension's). */
      uriAt(commit: Commit): vscode.Uri;
      /** The file's text at a commit; undefined when it cannot be read. */
      read(commit: Commit): Promise<string | undefined>;
    }
  | { ok: false; message: Text };

export const MAX_ENTRIES = 200;

function failureText(e: unknown): Text {
  const text = (e as { text?: Text }).text;
  return text ?? { en: (e as Error).message, zh: (e as Error).message };
}

export async function fileHistory(file: vscode.Uri): Promise<FileHistory> {
  if (file.scheme !== 'file') return { ok: false, message: { en: 'git history is only available for files on disk', zh: '只有磁盘上的文件才能读取 git 历史' } };
  if (!vscode.workspace.isTrusted) return { ok: false, message: UNTRUSTED };
  try {
    const git = await loadGit();
    const repo = await git.repoFile(file.fsPath);
    const commits = await git.fileLog(repo, MAX_ENTRIES);
    if (commits.length === 0) return { ok: false, message: (await git.missingHistory(repo, { en: 'this file has no committed history', zh: '此文件还没有提交历史' })).text };
    const read = (c: Commit) => git.showFile(repo, c.hash, c.path).catch(() => undefined);
    return { ok: true, commits, renamesFollowed: true, uriAt: (c) => gitUri(file, c.hash, c.path), read };
  } catch (e) {
    return (await apiHistory(file)) ?? { ok: false, message: failureText(e) };
  }
}

async function apiHistory(file: vscode.Uri): Promise<FileHistory | undefined> {
  const api = await gitApi();
  const repository = api?.getRepository(file);
  if (!api || !repository) return undefined;
  // Both uris come from the file scheme, whose `path` uses `/` everywhere: the repository path is what follows the root.
  const root = repository.rootUri.path.replace(/\/$/, '');
  const path = file.path.startsWith(`${root}/`) ? file.path.slice(root.length + 1) : file.path;
  try {
    const entries = await repository.log({ path: file.fsPath, maxEntries: MAX_ENTRIES });
    if (entries.length === 0) return undefined;
    return {
      ok: true,
      renamesFollowed: false,
      commits: entries.map((c) => ({ hash: c.hash, short: c.hash.slice(0, 7), date: c.authorDate?.toISOString() ?? '', subject: c.message.split('\n')[0], path })),
      uriAt: (c) => api.toGitUri(file, c.hash),
      read: (c) => textOf(api.toGitUri(file, c.hash)),
    };
  } catch {
    return undefined;
  }
}

/** The text of a document uri (ours or the git extension's); undefined when it cannot be opened. */
export async function textOf(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return (await vscode.workspace.openTextDocument(uri)).getText();
  } catch {
    return undefined;
  }
}
