// `mdreview-git:` documents: a file's content at a git revision, read with `git show` through execFile.
// The uri keeps the file's own path (so the editor picks Markdown and shows the name) and carries the
// revision and the path the file had in it (different before a rename) in the query.
import * as vscode from 'vscode';
import type { Text } from '../../core/i18n';
import type { CliGit } from './cliGit';

export const GIT_SCHEME = 'mdreview-git';

interface GitRef {
  ref: string;
  /** Repository-relative path of the file at `ref`. */
  path: string;
}

/**
 * Why git is not run: a repository's config can make git run programs, so like the built-in git
 * extension we stay out of untrusted folders.
 */
export const UNTRUSTED: Text = { en: 'git history is not read in an untrusted workspace', zh: '不受信任的工作区中不读取 git 历史' };

/** The uri of `file` as it was at `ref` (where it was named `pathAtRef`). */
export function gitUri(file: vscode.Uri, ref: string, pathAtRef: string): vscode.Uri {
  return vscode.Uri.from({ scheme: GIT_SCHEME, path: file.path, query: JSON.stringify({ ref, path: pathAtRef } satisfies GitRef) });
}

/** The text of a `mdreview-git:` uri. Any extension or link can open one, so its query is checked like input. */
export async function readGitUri(uri: vscode.Uri, git: CliGit): Promise<string> {
  if (!vscode.workspace.isTrusted) throw new git.GitError('failed', UNTRUSTED);
  const { ref, path } = parseQuery(uri.query);
  const file = uri.with({ scheme: 'file', query: '' });
  const repo = await git.repoFile(file.fsPath);
  return git.showFile(repo, ref, path);
}

function parseQuery(query: string): GitRef {
  try {
    const { ref, path } = JSON.parse(query) as Partial<GitRef>;
    if (typeof ref === 'string' && typeof path === 'string') return { ref, path };
  } catch {
    // Reported below like any other malformed query.
  }
  throw new Error(`not a mdreview-git query: ${query.slice(0, 200)}`);
}

export function registerGitContent(load: () => Promise<CliGit>): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      try {
        return await readGitUri(uri, await load());
      } catch (e) {
        // A read-only document that says why is better than an editor that fails to open.
        const text = (e as { text?: { en: string; zh: string } }).text;
        return `<!-- ${text ? `${text.en} / ${text.zh}` : (e as Error).message} -->\n`;
      }
    },
  };
  return vscode.workspace.registerTextDocumentContentProvider(GIT_SCHEME, provider);
}
