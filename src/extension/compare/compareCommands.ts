// "Compare with Previous Cycle" and "Compare with Revision…": a diff editor (previous on the left,
// this review on the right, titled with both cycles) plus the comparison view beside it.
import * as vscode from 'vscode';
import type { Commit } from '../../node/git';
import type { ParsedReview } from '../../core/parse/parse';
import { fileHistory } from '../git/fileHistory';
import { loadEngine } from '../engine';
import type { CompareHistory } from './history';
import { uiLocale } from '../settings';
import { bothLanguages, s } from './strings';
import type { Locale, Text } from '../../core/i18n';
import type { ComparisonPanels } from './comparisonPanel';

/** The last segment of the uri's path; `Uri.path` always uses `/`, in the desktop and the browser alike. */
function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export const COMPARE_WITH_PREVIOUS = 'mdreview.compareWithPrevious';
export const COMPARE_WITH_REVISION = 'mdreview.compareWithRevision';

function targetOf(uri: unknown): vscode.Uri | undefined {
  return uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
}

/**
 * Opens the comparison view beside, then the diff in the active group (so the diff is the active tab). The view
 * and its text speak the review's language, whatever the UI's: `notes` are given in both and picked to match.
 */
async function openComparison(panels: ComparisonPanels, left: vscode.Uri, right: vscode.Uri, title: string, old: ParsedReview, now: ParsedReview, notes: Text[], language: Locale) {
  const engine = await loadEngine();
  const diff = engine.diffReviews(old, now);
  const said = notes.map((n) => n[language]);
  const markdown = engine.formatDiff(diff, language);
  panels.show({ view: engine.comparisonView(diff, old, now, said), markdown: said.length ? `${said.map((n) => `> ${n}`).join('\n>\n')}\n\n${markdown}` : markdown });
  await vscode.commands.executeCommand('vscode.diff', left, right, title, { viewColumn: vscode.ViewColumn.Active, preview: false });
}

/** A note when this review's own cycle has another review of the same person. */
async function duplicateNotes(history: CompareHistory, uri: vscode.Uri, doc: ParsedReview): Promise<Text[]> {
  const { employee, cycle } = doc.meta;
  if (!employee || !cycle) return [];
  const [engine, { duplicates }] = await Promise.all([loadEngine(), history.workspace.historyOf(uri, doc)]);
  const dup = duplicates.find((d) => d.cycle === engine.normalizeCycleId(cycle));
  return dup ? [bothLanguages('duplicateCurrent', { employee, cycle: dup.cycle, count: dup.keys.length, files: dup.keys.map((k) => vscode.workspace.asRelativePath(history.workspace.uriOf(k))).join(', ') })] : [];
}

/** Returns the left-hand uri of the opened diff (undefined when nothing was opened). */
export async function compareWithPrevious(history: CompareHistory, panels: ComparisonPanels, arg?: unknown): Promise<vscode.Uri | undefined> {
  const uri = targetOf(arg);
  if (!uri) {
    void vscode.window.showInformationMessage(s('noReview'));
    return undefined;
  }
  const doc = await history.current(uri);
  const { employee, cycle } = doc.meta;
  if (!employee || !cycle) {
    void vscode.window.showWarningMessage(s('noPerson'));
    return undefined;
  }
  const previous = await history.previous(uri, doc);
  if (previous.kind === 'ambiguous') {
    void vscode.window.showWarningMessage(s('ambiguous', { ...previous, count: previous.files.length, files: previous.files.join(', ') }));
    return undefined;
  }
  if (previous.kind === 'none') {
    void vscode.window.showInformationMessage(s('noPrevious', { employee, cycle, detail: previous.detail?.[uiLocale()] ?? '' }).trim());
    return undefined;
  }
  const title = `${employee}: ${previous.review.meta.cycle} ↔ ${cycle}`;
  await openComparison(panels, previous.uri, uri, title, previous.review, doc, await duplicateNotes(history, uri, doc), await history.localeOf(uri, doc));
  return previous.uri;
}

interface CommitItem extends vscode.QuickPickItem {
  commit: Commit;
}

/** `ref` (a commit hash or its prefix) skips the picker, for tests and keybindings. */
export async function compareWithRevision(history: CompareHistory, panels: ComparisonPanels, arg?: unknown, ref?: string): Promise<vscode.Uri | undefined> {
  const uri = targetOf(arg);
  if (!uri) {
    void vscode.window.showInformationMessage(s('noReview'));
    return undefined;
  }
  const log = await fileHistory(uri);
  if (!log.ok) {
    void vscode.window.showWarningMessage(s('noHistory', { detail: log.message[uiLocale()] }));
    return undefined;
  }
  const current = log.commits[0]?.path;
  let commit: Commit | undefined;
  if (ref) {
    commit = log.commits.find((c) => c.hash.startsWith(ref));
  } else {
    const items: CommitItem[] = log.commits.map((c) => ({
      label: `$(git-commit) ${c.short}  ${c.subject}`,
      description: c.date.slice(0, 10),
      detail: c.path !== current ? s('renamedFrom', { path: c.path }) : undefined,
      commit: c,
    }));
    const picked = await vscode.window.showQuickPick(items, { title: s('pickRevision', { file: fileName(uri) }), placeHolder: s('pickPlaceholder', { count: items.length }), matchOnDescription: true, matchOnDetail: true });
    commit = picked?.commit;
  }
  if (!commit) return undefined;
  const left = log.uriAt(commit);
  const [doc, parse, oldText] = await Promise.all([history.current(uri), history.parser(uri), log.read(commit)]);
  const old = parse(oldText ?? '');
  const name = fileName(uri);
  const cycles = old.meta.cycle && doc.meta.cycle ? ` · ${old.meta.cycle} ↔ ${doc.meta.cycle}` : '';
  await openComparison(panels, left, uri, `${name} (${commit.short}) ↔ ${name}${cycles}`, old, doc, [], await history.localeOf(uri, doc));
  return left;
}
