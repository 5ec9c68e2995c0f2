import * as vscode from 'vscode';
import type { Config } from '../../core/config/config';
import { loadEngine } from '../engine';
import { LazyWatcher } from './lazyWatcher';

const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * The `.mdreviewrc.json/.yaml` nearest a review, looked up through `workspace.fs` (so virtual workspaces
 * work) from the file's folder up to its workspace folder. Cached per folder; any change to a config
 * file clears the cache and fires `onDidChange`.
 */
export class ConfigFiles implements vscode.Disposable {
  private readonly byFolder = new Map<string, Promise<Config | undefined>>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher = new LazyWatcher('**/.mdreviewrc.{json,yaml,yml}', (uri) => {
    this.output.info(`config file changed: ${uri.fsPath}`);
    this.byFolder.clear();
    this.changed.fire();
  });
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {}

  /** The config that applies to `uri`, or undefined when there is none (or it is broken: errors are logged). */
  forFile(uri: vscode.Uri): Promise<Config | undefined> {
    this.watcher.start();
    const root = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (!root) return Promise.resolve(undefined);
    return this.inFolder(vscode.Uri.joinPath(uri, '..'), root);
  }

  private inFolder(folder: vscode.Uri, root: vscode.Uri): Promise<Config | undefined> {
    const key = folder.toString();
    let found = this.byFolder.get(key);
    if (!found) {
      found = this.readFolder(folder).then((own) => {
        if (own || folder.path.length <= root.path.length || folder.path === '/') return own;
        return this.inFolder(vscode.Uri.joinPath(folder, '..'), root);
      });
      this.byFolder.set(key, found);
    }
    return found;
  }

  private async readFolder(folder: vscode.Uri): Promise<Config | undefined> {
    const engine = await loadEngine();
    // All names at once: in a browser every read is a round trip (to the server or the GitHub API), and most miss.
    const files = engine.CONFIG_FILE_NAMES.map((name) => vscode.Uri.joinPath(folder, name));
    const texts = await Promise.all(files.map(readText));
    for (const [i, name] of engine.CONFIG_FILE_NAMES.entries()) {
      const file = files[i];
      const text = texts[i];
      if (text === undefined) continue;
      const { config, errors } = engine.parseConfig(text, name);
      for (const e of errors) this.reportOnce(`${file.toString()} ${e}`, () => this.output.error(`${file.fsPath}: ${e}`));
      return errors.length ? undefined : config;
    }
    return undefined;
  }

  private reportOnce(key: string, report: () => void) {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    report();
  }

  dispose() {
    this.watcher.dispose();
    this.changed.dispose();
  }
}
