import * as vscode from 'vscode';
import type { Config } from '../../core/config/config';
import { localeOf } from '../../core/i18n';
import type { IndexedReview, ReviewIndex } from '../../core/history/reviewIndex';
import type { ParsedReview } from '../../core/parse/parse';
import type { TemplateRegistry } from '../../core/templates/template';
import type { SettingsProblem } from '../../core/workspace/settings';
import type { PersonHistory, ReviewFile, Workspace } from '../../core/workspace/workspace';
import { loadEngine } from '../engine';
import { LazyWatcher } from './lazyWatcher';
import { VscodeWorkspaceHost } from './vscodeHost';

/** An earlier review with its URI. */
export interface ReviewAt {
  uri: vscode.Uri;
  review: ParsedReview;
}

/**
 * The editor's handle on the core workspace model (src/core/workspace): the same config search, templates and
 * person history as `mdreview lint`. Every feature asks this one object. It follows the workspace: edits and
 * file events forget what was read, and `onDidChange` fires when reviews, configs or templates changed on disk.
 */
export class ReviewWorkspace implements vscode.Disposable {
  readonly host = new VscodeWorkspaceHost();
  private model: Promise<Workspace> | undefined;
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /**
   * Fires when a review, config or template file was created, changed or deleted: with the review's path, or
   * undefined when everything may have changed (configs, templates, workspace folders).
   */
  readonly onDidChange = this.changed.event;
  private readonly forgotten = new vscode.EventEmitter<{ path: string | undefined; listing: boolean }>();
  /** Fires when what was read from `path` (or everything) is out of date, editor edits included; see Workspace.changed. */
  readonly onDidForget = this.forgotten.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly output: vscode.LogOutputChannel) {
    const everything = () => this.changedEverything();
    const file = (listing: boolean) => (uri: vscode.Uri) => {
      const path = this.host.pathOf(uri);
      this.forget(path, listing);
      this.changed.fire(path);
    };
    this.subscriptions = [
      new LazyWatcher('**/.mdreviewrc.{json,yaml,yml}', everything),
      new LazyWatcher('**/.mdreview/templates/*.md', everything),
      new LazyWatcher('**/*.md', file(true), file(false)),
      vscode.workspace.onDidChangeWorkspaceFolders(everything),
      // Unsaved edits count as the file's text; they change no other review's result until saved.
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.forget(this.host.pathOf(e.document.uri), false)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(this.host.pathOf(d.uri), false)),
    ];
  }

  /**
   * Everything may have changed (a config, a template, the folders): read it all again and say so. Also called
   * right after mdreview itself saved a template, so the result does not wait for the file watcher.
   */
  changedEverything(): void {
    this.forget(undefined, true);
    this.changed.fire(undefined);
  }

  /** Tells every model of the workspace (this one, the lint worker's) what to read again; see Workspace.changed. */
  private forget(path: string | undefined, listing: boolean) {
    void this.model?.then((m) => m.changed(path, listing));
    this.forgotten.fire({ path, listing });
  }

  /** The core model, shared by every feature of this extension host (the web extension lints with it too). */
  workspace(): Promise<Workspace> {
    this.watch();
    this.model ??= loadEngine().then((engine) => new engine.Workspace(this.host, { fallbackRoot: '/' }));
    return this.model;
  }

  /** Starts following file events (the watchers cost nothing until a feature reads the workspace). */
  watch(): void {
    for (const s of this.subscriptions) if (s instanceof LazyWatcher) s.start();
  }

  /**
   * The config and templates that apply at `uri`, and the config file (or where a new one would go); broken config
   * and template files are logged once.
   */
  async settingsFor(uri: vscode.Uri): Promise<{ config: Config; templates: TemplateRegistry; configFile: vscode.Uri }> {
    const model = await this.workspace();
    const settings = await model.settings.forFile(this.host.pathOf(uri));
    this.report(model.settings.problems);
    const configFile = this.host.uriOf(settings.configPath ?? `${settings.root.replace(/\/$/, '')}/.mdreviewrc.yaml`);
    return { config: settings.config, templates: model.settings.templatesOf(settings), configFile };
  }

  /** Logs broken config and template files, each message once. */
  report(problems: readonly SettingsProblem[]): void {
    const locale = localeOf(vscode.env.language);
    for (const p of problems) {
      for (const m of p.messages) {
        const key = `${p.path}\u0000${m.en}`;
        if (!this.reported.has(key)) this.output.error(`${p.path}: ${m[locale]}`);
        this.reported.add(key);
      }
    }
  }

  /** A parser of review text with the config and templates that apply at `uri`; `lazily`: see Workspace.parser. */
  async parser(uri: vscode.Uri, lazily = false): Promise<(text: string) => ParsedReview> {
    return (await this.workspace()).parser(this.host.pathOf(uri), lazily);
  }

  /** The text of `uri`: the editor's copy when open, else the file. */
  async text(uri: vscode.Uri): Promise<string> {
    return (await this.host.readText(this.host.pathOf(uri))) ?? '';
  }

  /**
   * Every review of the workspace; `progress` is called once per Markdown file read. `fresh`: list the files
   * again rather than trust file events still on their way (an explicit "lint the workspace").
   */
  async reviews(progress?: (done: number, total: number) => void, fresh = false): Promise<vscode.Uri[]> {
    const model = await this.workspace();
    if (fresh) model.rescan();
    return (await model.reviews(progress)).map((f) => this.host.uriOf(f.path));
  }

  /** Every review of the workspace with the person and cycle its frontmatter names, read without parsing. */
  async reviewFiles(): Promise<(Omit<ReviewFile, 'path'> & { uri: vscode.Uri })[]> {
    return (await (await this.workspace()).reviews()).map(({ path, ...named }) => ({ uri: this.host.uriOf(path), ...named }));
  }

  /** The review at `uri` parsed, shared with the person histories the linter reads; undefined when unreadable. */
  async parsed(uri: vscode.Uri): Promise<ParsedReview | undefined> {
    return (await this.workspace()).parsed(this.host.pathOf(uri));
  }

  /** Everyone with a review, by name as first written. */
  async people(): Promise<string[]> {
    return (await this.workspace()).people();
  }

  /** The earlier reviews of the person `doc` (the current text of `uri`) is about: what the rules read as history. */
  async historyOf(uri: vscode.Uri, doc: ParsedReview): Promise<PersonHistory> {
    return (await this.workspace()).historyOf(this.host.pathOf(uri), doc);
  }

  /** The person's reviews on disk, in an index keyed by model path (see `at`). */
  async personIndex(employee: string): Promise<ReviewIndex> {
    return (await this.workspace()).personIndex(employee);
  }

  /** An indexed review with its URI. */
  at(entry: IndexedReview): ReviewAt {
    return { uri: this.host.uriOf(entry.key), review: entry.review };
  }

  /** The URI of a key of `historyOf` / `personIndex`. */
  uriOf(key: string): vscode.Uri {
    return this.host.uriOf(key);
  }

  dispose() {
    this.changed.dispose();
    this.forgotten.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
