import * as vscode from 'vscode';
import type { TemplateRegistry } from '../../core/templates/template';
import { loadEngine } from '../engine';
import { LazyWatcher } from './lazyWatcher';

const decoder = new TextDecoder();
const TEMPLATE_DIR = ['.mdreview', 'templates'];

/**
 * The templates of each workspace folder: the built-ins plus `.mdreview/templates/*.md`. Read with
 * `workspace.fs` (data only: nothing from the workspace runs). Errors in a template file are logged.
 */
export class TemplateFiles implements vscode.Disposable {
  private readonly byFolder = new Map<string, Promise<TemplateRegistry>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher = new LazyWatcher('**/.mdreview/templates/*.md', (uri) => {
    this.output.info(`template changed: ${uri.fsPath}`);
    this.byFolder.clear();
    this.changed.fire();
  });
  readonly onDidChange = this.changed.event;

  constructor(private readonly output: vscode.LogOutputChannel) {}

  forFile(uri: vscode.Uri): Promise<TemplateRegistry> {
    return this.forFolder(vscode.workspace.getWorkspaceFolder(uri));
  }

  forFolder(folder: vscode.WorkspaceFolder | undefined): Promise<TemplateRegistry> {
    this.watcher.start();
    const key = folder?.uri.toString() ?? '';
    let registry = this.byFolder.get(key);
    if (!registry) {
      registry = this.read(folder);
      this.byFolder.set(key, registry);
    }
    return registry;
  }

  private async read(folder: vscode.WorkspaceFolder | undefined): Promise<TemplateRegistry> {
    const engine = await loadEngine();
    const files: { path: string; text: string }[] = [];
    if (folder) {
      const dir = vscode.Uri.joinPath(folder.uri, ...TEMPLATE_DIR);
      let entries: [string, vscode.FileType][] = [];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        // No template folder: the built-ins only.
      }
      for (const [name, type] of entries) {
        if (type !== vscode.FileType.File || !/\.md$/i.test(name)) continue;
        const uri = vscode.Uri.joinPath(dir, name);
        try {
          files.push({ path: `${TEMPLATE_DIR.join('/')}/${name}`, text: decoder.decode(await vscode.workspace.fs.readFile(uri)) });
        } catch (e) {
          this.output.error(`${uri.fsPath}: ${(e as Error).message}`);
        }
      }
    }
    const registry = new engine.TemplateRegistry(files);
    for (const e of registry.errors) this.output.error(e);
    return registry;
  }

  dispose() {
    this.watcher.dispose();
    this.changed.dispose();
  }
}
