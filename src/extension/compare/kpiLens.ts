// A CodeLens over each KPI of the frontmatter: last cycle's value and the change, in the KPI's
// direction ("2026-Q2: 4.1% → +0.7% (better)"); clicking it opens the comparison with that cycle.
import * as vscode from 'vscode';
import { COMPARE_WITH_PREVIOUS } from './compareCommands';
import { loadEngine } from '../engine';
import type { CompareHistory } from './history';
import { s } from './strings';

export class KpiHistoryLens implements vscode.CodeLensProvider {
  readonly onDidChangeCodeLenses: vscode.Event<void>;

  constructor(
    private readonly history: CompareHistory,
    private readonly isReview: (document: vscode.TextDocument) => boolean,
  ) {
    this.onDidChangeCodeLenses = history.onDidChange;
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!this.isReview(document)) return [];
    // The frontmatter alone (KPIs, person, cycle): VS Code asks again after every edit, on the main thread.
    const [compare, parse] = await Promise.all([loadEngine(), this.history.parser(document.uri, true)]);
    const doc = parse(document.getText());
    if (doc.kpis.length === 0) return [];
    const previous = (await this.history.previousReviews(document.uri, doc))[0];
    if (!previous) return [];
    const cycle = previous.meta.cycle ?? '?';
    // Words and figures in the review's language (12万 in a Chinese review), as its findings are.
    const locale = await this.history.localeOf(document.uri, doc);
    const { pairs, added } = compare.matchKpis(previous.kpis, doc.kpis);
    const lens = (line: number, title: string) =>
      new vscode.CodeLens(new vscode.Range(line, 0, line, 0), { title, tooltip: s('compareTooltip', {}, locale), command: COMPARE_WITH_PREVIOUS, arguments: [document.uri] });
    const out: vscode.CodeLens[] = [];
    for (const { old, new: kpi } of pairs) {
      const before = old.actual?.value;
      const after = kpi.actual?.value;
      if (before === undefined) continue;
      const value = compare.formatValue(before, kpi.unit, locale);
      const trend = compare.trendOf(before, after, kpi.better);
      if (after === undefined || trend === 'same' || trend === 'unknown') {
        out.push(lens(kpi.range.start.line, after === before ? s('lensSame', { cycle, value }, locale) : `${cycle}: ${value}`));
        continue;
      }
      const delta = after - before;
      const signed = compare.formatDelta(delta, kpi.unit, locale);
      out.push(lens(kpi.range.start.line, s('lensPrevious', { cycle, value, delta: signed, trend: s(trend, {}, locale) }, locale)));
    }
    for (const kpi of added) out.push(lens(kpi.range.start.line, s('lensNew', { cycle }, locale)));
    return out;
  }
}
