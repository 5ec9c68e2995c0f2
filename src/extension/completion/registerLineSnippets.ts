import * as vscode from 'vscode';
import { fillSnippet, lineSnippets, matchLineSnippets, snippetValues } from '../../core/scaffold/lineSnippets';
import en from '../../../snippets/lines.en.code-snippets';
import zh from '../../../snippets/lines.zh.code-snippets';
import { proseLanguage } from '../../core/language/proseLanguage';
import { REVIEW_SELECTOR } from '../documentSelector';
import { readSettings } from '../settings';
import { isReview } from '../workspace/reviewFiles';

// Not contributed as static snippets: VS Code would list each one twice, once unfilled.
const SNIPPETS = lineSnippets({ zh, en });
// Up to the first non-space run at the start of a line: the word typed so far.
const LINE_START = /^\s*(\S*)$/;
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** A top-level scalar of the frontmatter (`employee: 李娜`), quotes removed. */
function frontmatterValue(text: string, key: string): string | undefined {
  const yaml = FRONTMATTER.exec(text)?.[1];
  const raw = yaml && new RegExp(`^${key}[ \\t]*:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(yaml)?.[1];
  return raw ? raw.replace(/^(["'])(.*)\1$/, '$2').trim() || undefined : undefined;
}

/** The word typed at the start of the line before `position`, or undefined when the cursor is past other text. */
function typedAtLineStart(document: vscode.TextDocument, position: vscode.Position): string | undefined {
  return LINE_START.exec(document.lineAt(position.line).text.slice(0, position.character))?.[1];
}

/**
 * Section, goal, action and follow-up snippets at the start of a line in a review, filled from the
 * review (person, cycle → due date). VS Code turns quick suggestions off in Markdown, so typing a
 * word that names one of them (目标, goal, 行动项, action, 跟进…) opens the list; Ctrl+Space always does.
 */
export function registerLineSnippets(): vscode.Disposable {
  const provider = vscode.languages.registerCompletionItemProvider(REVIEW_SELECTOR, {
    provideCompletionItems(document, position) {
      const typed = typedAtLineStart(document, position);
      const text = document.getText();
      if (typed === undefined || !isReview(document.uri, text, readSettings(document.uri).files)) return undefined;
      const values = snippetValues({
        path: vscode.workspace.asRelativePath(document.uri, false),
        employee: frontmatterValue(text, 'employee'),
        cycle: frontmatterValue(text, 'cycle'),
        today: new Date(),
      });
      const start = position.translate(0, -typed.length);
      // The review's own language first (行动项 in a Chinese review preselects the Chinese snippet).
      const language = proseLanguage(text, FRONTMATTER.exec(text)?.[0].length ?? 0) ?? (/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en');
      const items = matchLineSnippets(typed, SNIPPETS).map((s) => {
        const item = new vscode.CompletionItem({ label: s.name, description: 'mdreview' }, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(fillSnippet(s.body, values));
        item.documentation = new vscode.MarkdownString().appendText(s.description);
        item.range = new vscode.Range(start, position);
        // Matched here, so VS Code's own filter (which knows no 目标 inside “SMART 目标”) lets them through.
        item.filterText = typed;
        item.sortText = `${s.language === language ? 0 : 1}${s.kind}`;
        return item;
      });
      // Asked again on every keystroke, so the list follows what is typed.
      return new vscode.CompletionList(items, true);
    },
  });
  const trigger = vscode.workspace.onDidChangeTextDocument((e) => {
    const editor = vscode.window.activeTextEditor;
    const change = e.contentChanges[0];
    if (!editor || editor.document !== e.document || e.contentChanges.length !== 1 || !change.text || /\n/.test(change.text)) return;
    const end = e.document.positionAt(e.document.offsetAt(change.range.start) + change.text.length);
    const typed = typedAtLineStart(e.document, end);
    if (!typed || !/[\u4e00-\u9fff]|^[a-z]{2,}/i.test(typed) || matchLineSnippets(typed, SNIPPETS).length === 0) return;
    if (!isReview(e.document.uri, e.document.getText(), readSettings(e.document.uri).files)) return;
    void vscode.commands.executeCommand('editor.action.triggerSuggest');
  });
  return vscode.Disposable.from(provider, trigger);
}
