import * as vscode from 'vscode';
import type { ParsedReview } from '../../core/parse/parse';
import { loadEngine } from '../engine';
import { readSettings } from '../settings';
import { LazyWatcher } from './lazyWatcher';
import { isReview } from './reviewFiles';
import type { TemplateFiles } from './templateFiles';

export interface IndexedReview {
  uri: vscode.Uri;
  doc: ParsedReview;
}

const decoder = new TextDecoder();

/** The text of a file: the editor's copy when it is open (unsaved edits count), else what is on disk. */
export async function readDocumentText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * The reviews of the workspace (Markdown files that are reviews; `files.exclude` respected), parsed and
 * cached until the file changes. Feeds "New review" (people, latest cycle), "Lint workspace" and the
 * `history` the rules see (earlier reviews of the same person).
 */
export class ReviewIndex implements vscode.Disposable {
  private readonly parsed = new Map<string, Promise<IndexedReview | undefined>>();
  private scan: Promise<IndexedReview[]> | undefined;
  private ready: IndexedReview[] | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher = new LazyWatcher('**/*.md', (uri) => {
    this.parsed.delete(uri.toString());
    this.scan = undefined;
  });
  /** Fires when a scan finishes, so history-dependent findings can be refreshed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly templates: TemplateFiles,
    private readonly output: vscode.LogOutputChannel,
  ) {
    templates.onDidChange(() => {
      this.parsed.clear();
      this.scan = undefined;
    });
  }

  /** Every review of the workspace; `progress` is called once per Markdown file read. */
  all(progress?: (done: number, total: number) => void): Promise<IndexedReview[]> {
    this.watcher.start();
    if (!this.scan || progress) {
      this.scan = this.scanWorkspace(progress).then((list) => {
        this.ready = list;
        this.changed.fire();
        return list;
      });
    }
    return this.scan;
  }

  /** Earlier reviews of the same person, newest first, from the last finished scan (none before the first). */
  async historyOf(doc: ParsedReview, uri: vscode.Uri): Promise<ParsedReview[]> {
    const { employee, cycle } = doc.meta;
    if (!employee || !cycle) return [];
    // Never wait for a scan while the user types: use the last one, and refresh it when files changed
    // (a finished scan fires onDidChange, which re-lints with the fresh history).
    if (!this.scan) void this.all();
    if (!this.ready) return [];
    const engine = await loadEngine();
    return this.ready
      .filter((r) => r.uri.toString() !== uri.toString() && r.doc.meta.employee === employee && r.doc.meta.cycle && engine.compareCycles(r.doc.meta.cycle, cycle) < 0)
      .sort((a, b) => engine.compareCycles(b.doc.meta.cycle!, a.doc.meta.cycle!))
      .map((r) => r.doc);
  }

  private async scanWorkspace(progress?: (done: number, total: number) => void): Promise<IndexedReview[]> {
    // `undefined` excludes = the user's files.exclude; node_modules is never a place for reviews.
    const uris = (await vscode.workspace.findFiles('**/*.md')).filter((u) => !u.path.includes('/node_modules/'));
    const out: IndexedReview[] = [];
    let done = 0;
    await Promise.all(
      uris.map(async (uri) => {
        const review = await this.read(uri);
        if (review) out.push(review);
        progress?.(++done, uris.length);
      }),
    );
    return out.sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
  }

  private read(uri: vscode.Uri): Promise<IndexedReview | undefined> {
    const key = uri.toString();
    let review = this.parsed.get(key);
    if (!review) {
      review = (async () => {
        try {
          const text = await readDocumentText(uri);
          if (!isReview(uri, text, readSettings(uri).files)) return undefined;
          const [engine, templates] = await Promise.all([loadEngine(), this.templates.forFile(uri)]);
          return { uri, doc: engine.parse(text, { templates }) };
        } catch (e) {
          this.output.error(`${uri.fsPath}: ${(e as Error).message}`);
          return undefined;
        }
      })();
      this.parsed.set(key, review);
    }
    return review;
  }

  dispose() {
    this.watcher.dispose();
    this.changed.dispose();
  }
}
