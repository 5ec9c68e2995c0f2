// Earlier reviews of a person, for the compare commands, the KPI CodeLens, the lint `history` and the
// KPI preview's cross-cycle trend: the workspace index first (cached by the shared ReviewIndex, which
// re-scans when files change), then the git history of the same file (cached until the index changes
// or the file is saved).
import * as vscode from 'vscode';
import type { Commit } from '../../cli/git';
import type { ReviewIndex } from '../../core/history/reviewIndex';
import type { HistoryVersion } from '../../core/history/previousInHistory';
import type { Text } from '../../core/i18n';
import type { Kpi } from '../../core/model';
import type { ParsedReview } from '../../core/parse/parse';
import { loadEngine } from '../engine';
import { fileHistory } from '../git/fileHistory';
import type { Services } from '../services';
import { readDocumentText, type IndexedReview } from '../workspace/reviewIndex';

/** Commits of a file read when looking for its earlier cycles in git: bounded work per file. */
const GIT_VERSIONS_READ = 60;

export type Previous =
  | { kind: 'workspace'; uri: vscode.Uri; review: ParsedReview }
  | { kind: 'git'; uri: vscode.Uri; review: ParsedReview; commit: Commit }
  | { kind: 'ambiguous'; employee: string; cycle: string; files: string[] }
  | { kind: 'none'; detail?: Text };

export class CompareHistory implements vscode.Disposable {
  private built: { source: IndexedReview[]; index: ReviewIndex } | undefined;
  private readonly gitCache = new Map<string, Promise<HistoryVersion<Commit>[]>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires when earlier reviews may have changed (workspace re-scanned, a file saved). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly services: Services) {
    this.subscriptions = [
      services.reviews.onDidChange(() => {
        this.gitCache.clear();
        this.changed.fire();
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (this.gitCache.delete(d.uri.toString())) this.changed.fire();
      }),
    ];
  }

  /** Parses review text with the templates of `uri`'s workspace folder. */
  async parser(uri: vscode.Uri): Promise<(text: string) => ParsedReview> {
    const [engine, templates] = await Promise.all([loadEngine(), this.services.templates.forFile(uri)]);
    return (text) => engine.parse(text, { templates });
  }

  /** The review as it is now: the editor's copy when open, else the file. */
  async current(uri: vscode.Uri): Promise<ParsedReview> {
    return (await this.parser(uri))(await readDocumentText(uri));
  }

  /** Starts (or joins) a workspace scan and builds the person → cycles index from it when it ends. */
  private refresh(): Promise<ReviewIndex> {
    return Promise.all([loadEngine(), this.services.reviews.all()]).then(([engine, reviews]) => {
      if (this.built?.source !== reviews) {
        const index = new engine.ReviewIndex();
        for (const r of reviews) index.set(r.uri.toString(), r.doc);
        this.built = { source: reviews, index };
      }
      return this.built.index;
    });
  }

  /** The workspace index with `doc` as the current content of `uri`; waits for a scan in progress. */
  async index(uri?: vscode.Uri, doc?: ParsedReview): Promise<ReviewIndex> {
    const index = await this.refresh();
    if (uri && doc) index.set(uri.toString(), doc);
    return index;
  }

  /** Earlier cycles of this file in git, newest first, one version per cycle (cached). */
  private gitCycles(uri: vscode.Uri, doc: ParsedReview): Promise<HistoryVersion<Commit>[]> {
    const key = uri.toString();
    let found = this.gitCache.get(key);
    if (!found) {
      found = (async () => {
        const history = await fileHistory(uri);
        if (!history.ok) return [];
        const [engine, parse] = await Promise.all([loadEngine(), this.parser(uri)]);
        const versions = await engine.cyclesInHistory(history.commits.slice(0, GIT_VERSIONS_READ), history.read, doc.meta.cycle, parse);
        return versions.filter((v) => engine.compareCycles(v.review.meta.cycle!, doc.meta.cycle!) < 0);
      })().catch(() => []);
      this.gitCache.set(key, found);
    }
    return found;
  }

  /**
   * Earlier reviews of the person, newest first: what the rules read as `history`. Cheap: before the
   * first workspace scan has finished it answers from git alone and the scan's end fires onDidChange.
   */
  async previousReviews(uri: vscode.Uri, doc?: ParsedReview): Promise<ParsedReview[]> {
    doc ??= await this.current(uri);
    const { employee, cycle } = doc.meta;
    if (!employee || !cycle) return [];
    void this.refresh().catch(() => undefined);
    const earlier = this.built?.index.earlier(employee, cycle) ?? [];
    if (earlier.length) return earlier.map((e) => e.review);
    return (await this.gitCycles(uri, doc)).map((v) => v.review);
  }

  /** Every earlier cycle's KPIs, newest first, for the KPI preview's trend across cycles. */
  async kpiHistory(uri: vscode.Uri): Promise<{ cycle: string; kpis: Kpi[] }[]> {
    const doc = await this.current(uri);
    await this.index(uri, doc);
    return (await this.previousReviews(uri, doc)).map((r) => ({ cycle: r.meta.cycle ?? '', kpis: r.kpis }));
  }

  /** The previous review for the compare command: workspace first, then git; ambiguity is reported, not resolved. */
  async previous(uri: vscode.Uri, doc: ParsedReview): Promise<Previous> {
    const { employee, cycle } = doc.meta;
    if (!employee || !cycle) return { kind: 'none' };
    const [engine, index] = await Promise.all([loadEngine(), this.index(uri, doc)]);
    const found = index.previous(employee, cycle);
    if (found) return { kind: 'workspace', uri: vscode.Uri.parse(found.key), review: found.review };
    const latest = index.reviewsOf(employee).filter((e) => engine.compareCycles(e.cycle, cycle) < 0).at(-1);
    const ambiguous = latest && index.duplicatesOf(employee, latest.cycle);
    if (ambiguous) return { kind: 'ambiguous', employee, cycle: ambiguous.cycle, files: ambiguous.keys.map((k) => vscode.workspace.asRelativePath(vscode.Uri.parse(k))) };
    const history = await fileHistory(uri);
    if (!history.ok) return { kind: 'none', detail: history.message };
    const hit = (await engine.cyclesInHistory(history.commits, history.read, cycle, await this.parser(uri), 1))[0];
    if (!hit) return { kind: 'none' };
    return { kind: 'git', uri: history.uriAt(hit.version), review: hit.review, commit: hit.version };
  }

  dispose() {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

let active: CompareHistory | undefined;

/** Makes `history` the one the exported functions below use (set by registerCompare). */
export function bindHistory(history: CompareHistory | undefined): void {
  active = history;
}

/** Earlier reviews of the same person as `uri`, newest first (empty when unknown): the lint `history`. */
export function previousReviews(uri: vscode.Uri, doc?: ParsedReview): Promise<ParsedReview[]> {
  return active ? active.previousReviews(uri, doc).catch(() => []) : Promise.resolve([]);
}

/** Every earlier cycle's KPIs of the person, newest first: the KPI preview's cross-cycle trend. */
export function getKpiHistory(uri: vscode.Uri): Promise<Array<{ cycle: string; kpis: Kpi[] }>> {
  return active ? active.kpiHistory(uri).catch(() => []) : Promise.resolve([]);
}
