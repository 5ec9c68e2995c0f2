// The Team Overview's data: one summary per review file, kept until the file changes, so a save
// recomputes one summary and the (cheap) aggregation instead of linting the workspace again. Person and
// cycle of every review come from the workspace's frontmatter sniff; only the shown cycle's reviews are
// linted (findings, SMART goals, follow-ups) and only the previous cycle's parsed (the change column and
// the missing people), from the parses the workspace model keeps for the linter's person histories.
// Linting 200 reviews with their histories takes seconds, so the report is first built from the sniff alone
// (rows pending) and rebuilt as each review's summary arrives.
import * as vscode from 'vscode';
import type { CycleReport } from '../../core/report/cycleReport';
import type { ReviewSummary } from '../../core/report/summary';
import { loadEngine } from '../engine';
import type { Services } from '../services';
import { readSettings } from '../settings';

interface Entry {
  summary: ReviewSummary;
  /** True when the summary carries lint findings (else it came from a parse alone). */
  linted: boolean;
}

export class OverviewData {
  private readonly entries = new Map<string, Entry>();
  /** Workspace-relative path of each row → its URI, for click-through. */
  private readonly uris = new Map<string, vscode.Uri>();
  /** Reviews forgotten since the last report: their person as now written is forgotten there too. */
  private readonly stale = new Set<string>();

  constructor(private readonly services: Services) {}

  /**
   * Forgets one review (saved, changed on disk or deleted) and the other reviews of its person, who read it as
   * history (follow-ups, regressions). Its person as now written is known only at the next `report`.
   */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const person = this.entries.get(key)?.summary.person;
    this.entries.delete(key);
    this.stale.add(key);
    if (person) this.forgetPerson(person);
  }

  /** Forgets the review at a workspace model path (the linter names changed files by path). */
  forgetPath(path: string): void {
    for (const uri of this.uris.values()) if (this.services.workspace.host.pathOf(uri) === path) this.forget(uri);
  }

  private forgetPerson(person: string): void {
    for (const [key, entry] of this.entries) if (entry.summary.person === person) this.entries.delete(key);
  }

  /** Forgets everything (settings, configs or templates changed). */
  clear(): void {
    this.entries.clear();
  }

  uriOf(file: string): vscode.Uri | undefined {
    return this.uris.get(file);
  }

  /**
   * The report of `cycle` (default: the latest cycle of any review). `progress` gets a report at once, with the
   * rows not summarised yet pending, and then again after each summary that arrives.
   */
  async report(cycle?: string, progress?: (partial: () => CycleReport) => void): Promise<CycleReport> {
    const engine = await loadEngine();
    const files = await this.services.workspace.reviewFiles();
    this.uris.clear();
    const placed = files.map((f) => {
      const file = vscode.workspace.asRelativePath(f.uri);
      this.uris.set(file, f.uri);
      return engine.placedSummary(file, f.employee, f.cycle, f.status);
    });
    for (const [i, f] of files.entries()) {
      const person = placed[i].person;
      if (person && this.stale.has(f.uri.toString())) this.forgetPerson(person);
    }
    this.stale.clear();
    const { cycle: chosen, previousCycle } = engine.buildCycleReport(placed, cycle);
    // Files the sniff could not place are parsed too (their YAML may still name a person and cycle), then
    // linted like the shown cycle's when it is theirs.
    const needed = (i: number) => !placed[i].person || !placed[i].cycle || placed[i].cycle === chosen || placed[i].cycle === previousCycle;
    const summaries: (ReviewSummary | undefined)[] = files.map((f, i) => (needed(i) ? this.cached(f.uri, placed[i].cycle === chosen) : undefined) ?? placed[i]);
    const build = () => engine.buildCycleReport(summaries.filter((s): s is ReviewSummary => !!s), chosen);
    progress?.(build);
    await Promise.all(
      files.map(async (f, i) => {
        if (!needed(i)) return;
        const parsed = await this.summary(f.uri, placed[i].cycle === chosen);
        summaries[i] = parsed?.cycle === chosen ? await this.summary(f.uri, true) : parsed;
        progress?.(build);
      }),
    );
    return build();
  }

  /** The kept summary of `uri` when it is good enough (linted, or `lint` not needed). */
  private cached(uri: vscode.Uri, lint: boolean): ReviewSummary | undefined {
    const entry = this.entries.get(uri.toString());
    return entry && (entry.linted || !lint) ? entry.summary : undefined;
  }

  private async summary(uri: vscode.Uri, lint: boolean): Promise<ReviewSummary | undefined> {
    const key = uri.toString();
    const cached = this.cached(uri, lint);
    if (cached) return cached;
    const file = vscode.workspace.asRelativePath(uri);
    const [engine, { config }] = await Promise.all([loadEngine(), this.services.workspace.settingsFor(uri)]);
    const severities = readSettings(uri).rules;
    let summary: ReviewSummary;
    if (lint) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      const outcome = open ? await this.services.linter.lintDocument(open) : await this.services.linter.lintText(uri, await this.services.workspace.text(uri));
      if (!outcome) return undefined;
      summary = { ...outcome.summary, file };
    } else {
      const doc = await this.services.workspace.parsed(uri);
      if (!doc) return undefined;
      summary = engine.summarizeReview(file, doc, [], { config, severities });
    }
    this.entries.set(key, { summary, linted: lint });
    return summary;
  }
}
