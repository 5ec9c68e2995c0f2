// The workspace model's host in the editor: files through `workspace.fs` (virtual and browser workspaces work),
// the editor's copy of open files (unsaved edits count), `files.exclude` respected, and the workspace folder as
// the end of the config search. Model paths are URI paths; each maps back to a URI of its workspace folder.
import * as vscode from 'vscode';
import { text } from '../../core/i18n';
import type { WorkspaceHost } from '../../core/workspace/host';
import { isInside, MAX_FILE_BYTES, NOT_A_REGULAR_FILE, UnreadableFile } from '../../core/workspace/host';

const decoder = new TextDecoder();
const TOO_LARGE = text('larger than the 10 MB limit; not read', '超过 10 MB 上限，未读取');

export class VscodeWorkspaceHost implements WorkspaceHost {
  /** URIs of paths outside every workspace folder (e.g. a review opened on its own), as first seen. */
  private readonly outside = new Map<string, vscode.Uri>();

  /** The model path of a URI. */
  pathOf(uri: vscode.Uri): string {
    if (!vscode.workspace.getWorkspaceFolder(uri)) this.outside.set(uri.path, uri);
    return uri.path;
  }

  /** The URI of a model path. */
  uriOf(path: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.find((f) => isInside(path, f.uri.path));
    return folder ? folder.uri.with({ path }) : (this.outside.get(path) ?? vscode.Uri.file(path));
  }

  async readText(path: string): Promise<string | undefined> {
    const uri = this.uriOf(path);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      // `workspace.fs` cannot read part of a file: refuse devices, FIFOs and huge files before reading.
      const info = await vscode.workspace.fs.stat(uri);
      if ((info.type & vscode.FileType.File) === 0) throw new UnreadableFile(NOT_A_REGULAR_FILE);
      if (info.size > MAX_FILE_BYTES) throw new UnreadableFile(TOO_LARGE);
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
  }

  async listFiles(folder: string): Promise<string[]> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.uriOf(folder));
      return entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
    } catch {
      return [];
    }
  }

  rootOf(path: string): string | undefined {
    return vscode.workspace.getWorkspaceFolder(this.uriOf(path))?.uri.path;
  }

  async markdownFiles(): Promise<string[]> {
    // `undefined` excludes = the user's files.exclude; node_modules is never a place for reviews.
    const uris = await vscode.workspace.findFiles('**/*.md');
    return uris.filter((u) => !u.path.includes('/node_modules/')).map((u) => this.pathOf(u));
  }
}
