import * as vscode from 'vscode';
import { mechanicalFixes } from '../../core/lint/applyFixes';
import type { Finding, Fix, TextEdit } from '../../core/lint/types';
import { isDiagnosticOf, toRange } from '../diagnostics/toDiagnostic';
import { loadEngine } from '../engine';
import { REVIEW_SELECTOR } from '../documentSelector';
import type { LintOutcome } from '../linter';
import type { Services } from '../services';
import { l } from '../strings';
import { registerWritingFixCommand, WritingFixActions } from '../write/writingFixActions';
import { disableForFile, disableForLine, type DirectiveTarget } from './disableComments';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('mdreview');

function workspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toRange(e.range), e.newText);
  return edit;
}

/** `mdreview.applyFixWithInput(uri, fix, value?)`: a fix whose edits wait for a typed value (asked for when not given). */
export const APPLY_FIX_WITH_INPUT = 'mdreview.applyFixWithInput';

/** The fix's edits with what was typed in its slot (a leading @ dropped: the fix writes its own). */
function filledEdits(fix: Fix, value: string): TextEdit[] {
  const name = value.trim().replace(/^@+/, '');
  return fix.edits.map((e) => ({ range: e.range, newText: e.newText.split(fix.input!.slot).join(name) }));
}

/** Why a typed name cannot be the owner, if it cannot: empty, or a placeholder (待定, TBD) rather than a name. */
async function inputProblem(value: string): Promise<string | undefined> {
  const name = value.trim().replace(/^@+/, '');
  if (!name) return l('nameRequired');
  const { findOwner } = await loadEngine();
  // Read as the value of an owner label, as the rule reads it (an @ in front would hide 待定 from the check).
  const owner = findOwner(`负责人：${name}`);
  return owner && !owner.placeholder ? undefined : l('nameIsPlaceholder', { name });
}

/** Asks for the fix's value (unless `value` is given, as tests and keybindings do) and applies it; true when applied. */
async function applyFixWithInput(uri: vscode.Uri, fix: Fix, value?: string): Promise<boolean> {
  if (!fix.input) return false;
  const typed = value ?? (await vscode.window.showInputBox({ prompt: fix.input.prompt, title: fix.title, validateInput: inputProblem }));
  if (typed === undefined || (await inputProblem(typed))) return false;
  return vscode.workspace.applyEdit(workspaceEdit(uri, filledEdits(fix, typed)));
}

function fixAction(uri: vscode.Uri, fix: Fix, diagnostic: vscode.Diagnostic | undefined, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  if (fix.input) action.command = { command: APPLY_FIX_WITH_INPUT, title: fix.title, arguments: [uri, fix] };
  else action.edit = workspaceEdit(uri, fix.edits);
  if (diagnostic) action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}

/** `mdreview.saveEditedTemplate(uri)`: saves a team template a quick fix just edited (settings follow the file on disk). */
export const SAVE_EDITED_TEMPLATE = 'mdreview.saveEditedTemplate';

/**
 * For section-missing on an unrecognised heading when the review's template is a workspace file: add the heading
 * to that section's aliases in the template (nothing for a built-in template, which the workspace cannot edit).
 */
async function templateAliasAction(services: Services, outcome: LintOutcome, finding: Finding, diagnostic: vscode.Diagnostic | undefined) {
  const { section, heading, template } = finding.data ?? {};
  if (finding.ruleId !== 'section-missing' || typeof template !== 'string' || typeof section !== 'string' || typeof heading !== 'string') return undefined;
  const uri = services.workspace.host.uriOf(template);
  const found = (await loadEngine()).addTemplateAlias(await services.workspace.text(uri), section, heading);
  if (!found) return undefined;
  const title = l('addTemplateAlias', { alias: found.alias, section, file: vscode.workspace.asRelativePath(uri) }, outcome.locale);
  const action = fixAction(uri, { title, edits: [found.edit], mechanical: false }, diagnostic, false);
  // Saved so every review under the template is checked again; not when the template holds unsaved edits of its own.
  if (!vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.isDirty) {
    action.command = { command: SAVE_EDITED_TEMPLATE, title, arguments: [uri] };
  }
  return action;
}

/** The document as the directive edits see it; `outcome` is its lint at its current version. */
function directiveTarget(document: vscode.TextDocument, outcome: LintOutcome): DirectiveTarget {
  const last = document.lineAt(document.lineCount - 1);
  return {
    lineCount: document.lineCount,
    lineText: (line) => document.lineAt(line).text,
    eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
    bodyStartLine: outcome.bodyStartLine,
    end: { line: last.lineNumber, character: last.text.length },
  };
}

function disableActions(target: DirectiveTarget, outcome: LintOutcome, finding: Finding, diagnostic: vscode.Diagnostic | undefined): vscode.CodeAction[] {
  // Directives are HTML comments of the body: findings inside the YAML frontmatter cannot take one.
  if (finding.range.start.line < target.bodyStartLine) return [];
  const make = (title: string, edit: TextEdit) => {
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = workspaceEdit(outcome.uri, [edit]);
    if (diagnostic) action.diagnostics = [diagnostic];
    return action;
  };
  // Titled in the language of the findings' own fixes, so one menu never mixes two languages.
  const rule = finding.ruleId;
  return [
    make(l('disableLine', { rule }, outcome.locale), disableForLine(target, finding.range.start.line, rule)),
    make(l('disableFile', { rule }, outcome.locale), disableForFile(target, rule)),
  ];
}

class ReviewCodeActions implements vscode.CodeActionProvider {
  constructor(private readonly services: Services, private readonly writing: WritingFixActions) {}

  async provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const outcome = await this.services.linter.lintDocument(document);
    if (!outcome) return [];
    const target = directiveTarget(document, outcome);
    const actions: vscode.CodeAction[] = [];
    if (!context.only || context.only.contains(vscode.CodeActionKind.QuickFix)) {
      const ours = context.diagnostics.filter((d) => d.source === 'mdreview');
      const seenRules = new Set<string>();
      for (const finding of outcome.findings) {
        const diagnostic = ours.find((d) => isDiagnosticOf(d, finding));
        if (!diagnostic && !toRange(finding.range).intersection(range)) continue;
        (finding.fixes ?? []).forEach((fix, i) => actions.push(fixAction(document.uri, fix, diagnostic, i === 0 && fix.mechanical)));
        actions.push(...(await this.writing.actions(document, outcome, finding, diagnostic)));
        const alias = await templateAliasAction(this.services, outcome, finding, diagnostic);
        if (alias) actions.push(alias);
        if (!seenRules.has(finding.ruleId)) {
          seenRules.add(finding.ruleId);
          actions.push(...disableActions(target, outcome, finding, diagnostic));
        }
      }
    }
    if (context.only?.contains(FIX_ALL_KIND)) {
      const edits = mechanicalFixes(outcome.findings).flatMap(({ fix }) => fix.edits);
      if (edits.length) {
        const action = new vscode.CodeAction(l('fixAll', {}, outcome.locale), FIX_ALL_KIND);
        action.edit = workspaceEdit(document.uri, edits);
        actions.push(action);
      }
    }
    return actions;
  }
}

/** Quick fixes from the findings' fixes, the fixes that write (snippets), "disable for this line / file", and `source.fixAll.mdreview`. */
export function registerQuickFixes(services: Services): vscode.Disposable {
  const writing = new WritingFixActions(services);
  return vscode.Disposable.from(
    registerWritingFixCommand(writing),
    vscode.languages.registerCodeActionsProvider(REVIEW_SELECTOR, new ReviewCodeActions(services, writing), {
      providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
    }),
    vscode.commands.registerCommand(APPLY_FIX_WITH_INPUT, (uri: vscode.Uri, fix: Fix, value?: string) => applyFixWithInput(uri, fix, value)),
    vscode.commands.registerCommand(SAVE_EDITED_TEMPLATE, async (uri: vscode.Uri) => {
      await vscode.workspace.save(uri);
      services.workspace.changedEverything();
    }),
  );
}
