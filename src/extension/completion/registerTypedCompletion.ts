// Completion while a review is typed: people after `@` (the employee, the reviewer, everyone with a review), KPI
// names from the review and its team template, and relative dates turned into the day they name (本月底 → 2026-12-31).
// Markdown has quick suggestions off, so the list opens by itself only where one of these is begun.
import * as vscode from 'vscode';
import { relativeDateAtEnd } from '../../core/language/relativeDates';
import { kpiNamesAt, mentionAt } from '../../core/scaffold/typedCompletions';
import { REVIEW_SELECTOR } from '../documentSelector';
import type { Services } from '../services';
import { readSettings } from '../settings';
import { l } from '../strings';
import { isReview } from '../workspace/reviewFiles';

const item = (label: string, detail: string, kind: vscode.CompletionItemKind, range: vscode.Range, sort: string) => {
  const completion = new vscode.CompletionItem({ label, description: detail }, kind);
  completion.range = range;
  completion.sortText = sort;
  return completion;
};

class TypedCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly services: Services) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const text = document.getText();
    if (!isReview(document.uri, text, readSettings(document.uri).files)) return undefined;
    const before = document.lineAt(position.line).text.slice(0, position.character);
    const from = (start: number) => new vscode.Range(position.line, start, position.line, position.character);
    const head = (await this.services.workspace.parser(document.uri, true))(text);
    const mention = mentionAt(before);
    if (mention) {
      const people = [head.meta.employee, head.meta.reviewer, ...(await this.services.workspace.people())].map((p) => p?.trim()).filter((p): p is string => !!p);
      return [...new Set(people)].map((name, i) => item(name, l('completionPerson'), vscode.CompletionItemKind.User, from(mention.start), String(i).padStart(4, '0')));
    }
    const items: vscode.CompletionItem[] = [];
    const relative = relativeDateAtEnd(before, new Date());
    if (relative) {
      const date = item(relative.date, `${relative.text} → ${relative.date}`, vscode.CompletionItemKind.Constant, from(relative.index), '0');
      date.filterText = relative.text;
      items.push(date);
    }
    const names = [...head.kpis.map((k) => k.name), ...head.template.kpis];
    for (const match of kpiNamesAt(before, names)) {
      const name = item(match.name, l('completionKpi'), vscode.CompletionItemKind.Value, from(match.start), `1${match.name}`);
      name.filterText = before.slice(match.start);
      items.push(name);
    }
    return items;
  }
}

/** True when the text just typed ends with something the provider completes. */
function begunAt(document: vscode.TextDocument, position: vscode.Position, kpiNames: string[]): boolean {
  const before = document.lineAt(position.line).text.slice(0, position.character);
  return /@$/u.test(before) || !!relativeDateAtEnd(before, new Date()) || kpiNamesAt(before, kpiNames).length > 0;
}

/**
 * KPI names per document, read again only when its frontmatter changed: the trigger runs on every keystroke and
 * most keystrokes are in the body.
 */
function kpiNamesByFrontmatter(services: Services): { names: (document: vscode.TextDocument, text: string) => Promise<string[]>; forget: vscode.Disposable } {
  const known = new Map<string, { frontmatter: string; names: string[] }>();
  const forget = vscode.workspace.onDidCloseTextDocument((document) => known.delete(document.uri.toString()));
  const names = async (document: vscode.TextDocument, text: string) => {
    const closing = text.startsWith('---') ? text.indexOf('\n---', 3) : 0;
    // An unclosed frontmatter is all of the text, read again each time.
    const frontmatter = closing < 0 ? text : text.slice(0, closing);
    const key = document.uri.toString();
    const cached = known.get(key);
    if (cached?.frontmatter === frontmatter) return cached.names;
    const head = (await services.workspace.parser(document.uri, true))(text);
    const read = [...head.kpis.map((k) => k.name), ...head.template.kpis];
    known.set(key, { frontmatter, names: read });
    return read;
  };
  return { names, forget };
}

export function registerTypedCompletion(services: Services): vscode.Disposable {
  const provider = vscode.languages.registerCompletionItemProvider(REVIEW_SELECTOR, new TypedCompletion(services), '@');
  const kpiNames = kpiNamesByFrontmatter(services);
  const trigger = vscode.workspace.onDidChangeTextDocument(async (e) => {
    const editor = vscode.window.activeTextEditor;
    const change = e.contentChanges[0];
    if (!editor || editor.document !== e.document || e.contentChanges.length !== 1 || !change.text || /[\n@]/.test(change.text)) return;
    const end = e.document.positionAt(e.document.offsetAt(change.range.start) + change.text.length);
    const text = e.document.getText();
    if (!isReview(e.document.uri, text, readSettings(e.document.uri).files)) return;
    if (begunAt(e.document, end, await kpiNames.names(e.document, text))) void vscode.commands.executeCommand('editor.action.triggerSuggest');
  });
  return vscode.Disposable.from(provider, trigger, kpiNames.forget);
}
