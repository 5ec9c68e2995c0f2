// The built-in git extension's API (vscode.git, getAPI(1)), typed for the little we use. It may be
// absent (disabled, virtual workspace) or not yet have opened the repository: callers fall back.
import * as vscode from 'vscode';

export interface ApiCommit {
  hash: string;
  message: string;
  authorDate?: Date;
}

interface ApiRepository {
  readonly rootUri: vscode.Uri;
  log(options?: { path?: string; maxEntries?: number }): Promise<ApiCommit[]>;
}

interface GitApi {
  getRepository(uri: vscode.Uri): ApiRepository | null;
  toGitUri(uri: vscode.Uri, ref: string): vscode.Uri;
}

/** The git extension's API, activating the extension if needed; undefined when it is unavailable. */
export async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<{ enabled: boolean; getAPI(version: 1): GitApi }>('vscode.git');
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    return exports.enabled ? exports.getAPI(1) : undefined;
  } catch {
    return undefined;
  }
}
