// A finding's rule link opens the rule's page rendered, offline: the link names the page in a read-only
// `mdreview-rule:` file system served from the extension's docs/, and package.json associates that scheme
// with VS Code's Markdown preview editor (a plain file link would open the Markdown source; a `command:` link
// no longer runs from a diagnostic in newer VS Code).
import * as vscode from 'vscode';

const SCHEME = 'mdreview-rule';
// Only the extension's documentation pages (relative links between them resolve inside docs/ too).
const DOC_PAGE = /^\/docs\/(?:[\w-]+\/)*[\w-]+\.md$/;

/** The rendered page of a doc at `path` (relative to the extension's root, e.g. docs/rules/goal-smart.md). */
export function ruleHelpUri(path: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, path: `/${path}` });
}

class RuleDocs implements vscode.FileSystemProvider {
  readonly onDidChangeFile = new vscode.EventEmitter<vscode.FileChangeEvent[]>().event;

  constructor(private readonly extensionUri: vscode.Uri) {}

  private source(uri: vscode.Uri): vscode.Uri {
    if (!DOC_PAGE.test(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    return vscode.Uri.joinPath(this.extensionUri, uri.path);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const stat = await vscode.workspace.fs.stat(this.source(uri));
    return { ...stat, permissions: vscode.FilePermission.Readonly };
  }

  readFile(uri: vscode.Uri): Thenable<Uint8Array> {
    return vscode.workspace.fs.readFile(this.source(uri));
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): never {
    throw vscode.FileSystemError.NoPermissions();
  }

  createDirectory(): never {
    throw vscode.FileSystemError.NoPermissions();
  }

  writeFile(): never {
    throw vscode.FileSystemError.NoPermissions();
  }

  delete(): never {
    throw vscode.FileSystemError.NoPermissions();
  }

  rename(): never {
    throw vscode.FileSystemError.NoPermissions();
  }
}

export function registerRuleHelp(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.workspace.registerFileSystemProvider(SCHEME, new RuleDocs(extensionUri), { isReadonly: true, isCaseSensitive: true });
}
