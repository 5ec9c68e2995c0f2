import * as vscode from 'vscode';

/**
 * A file watcher started on first use rather than during activation: activation stays cheap, and in
 * the browser host a watcher created while the extension host was still starting missed events.
 */
export class LazyWatcher implements vscode.Disposable {
  private watcher: vscode.FileSystemWatcher | undefined;

  /** `onCreateOrDelete`: called for created and deleted files; `onChange` for changed ones (and for all when alone). */
  constructor(
    private readonly glob: string,
    private readonly onCreateOrDelete: (uri: vscode.Uri) => void,
    private readonly onChange: (uri: vscode.Uri) => void = onCreateOrDelete,
  ) {}

  start() {
    if (this.watcher) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(this.glob);
    this.watcher.onDidCreate(this.onCreateOrDelete);
    this.watcher.onDidChange(this.onChange);
    this.watcher.onDidDelete(this.onCreateOrDelete);
  }

  dispose() {
    this.watcher?.dispose();
  }
}
