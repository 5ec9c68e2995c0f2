import * as vscode from 'vscode';
import { REVIEW_SELECTOR } from '../documentSelector';
import { loadEngine } from '../engine';
import type { LintOutcome } from '../linter';
import type { Services } from '../services';
import { readSettings } from '../settings';
import { registerLintWorkspace } from './lintWorkspace';
import { registerRuleHelp } from './ruleHelp';
import { toDiagnostic } from './toDiagnostic';

/** Test-only: the first lint's timing, see FirstLint (the budget is 150 ms in the browser host). */
export const FIRST_LINT_FOR_TESTS = 'mdreview.diagnostics._firstLint';

/**
 * Test-only: milliseconds of the main thread this extension spent on the way from edits to published diagnostics
 * (change handlers, handing the text to the linter, publishing), since activation. The latency test reads it per
 * keystroke, beside the whole main thread's busy time (which includes VS Code's and other extensions' work).
 */
export const OWN_MAIN_THREAD_MS_FOR_TESTS = 'mdreview.diagnostics._ownMainThreadMs';

/** The first review linted: from asking to published diagnostics, the engine's share, and when it was asked. */
export interface FirstLint {
  lintMs: number;
  /** Parse and rules; the rest is reading config, templates and earlier reviews through workspace.fs (round trips in a browser). */
  engineMs: number;
  requestedAfterActivationMs: number;
}

/**
 * Live diagnostics for review files: linted on open, then as you type (throttled by
 * `mdreview.throttleMs`) or on save only (`mdreview.run`). A result for an older document version
 * than the current one is dropped.
 */
export function registerDiagnostics(services: Services): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('mdreview');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const { linter, output, extensionUri } = services;
  let firstLint: FirstLint | undefined;
  let ownMs = 0;
  const timed = <T>(work: () => T): T => {
    const start = performance.now();
    try {
      return work();
    } finally {
      ownMs += performance.now() - start;
    }
  };

  const publish = async (uri: vscode.Uri, outcome: LintOutcome | undefined, requestedAt: number) => {
    if (!outcome) return collection.delete(uri);
    const engine = await loadEngine();
    timed(() => collection.set(uri, outcome.findings.map((f) => toDiagnostic(f, engine))));
    if (!firstLint) {
      firstLint = { lintMs: performance.now() - requestedAt, engineMs: outcome.engineMs, requestedAfterActivationMs: requestedAt - services.activatedAt };
      output.info(
        `first lint: ${firstLint.lintMs.toFixed(1)} ms, parse and rules ${firstLint.engineMs.toFixed(1)} ms (${vscode.workspace.asRelativePath(uri)}, asked ${firstLint.requestedAfterActivationMs.toFixed(1)} ms after activation)`,
      );
    }
  };

  const lintNow = async (document: vscode.TextDocument) => {
    // Markdown of the workspace only: not git's old versions in a diff, not output panes.
    if (!vscode.languages.match(REVIEW_SELECTOR, document)) return;
    const requestedAt = performance.now();
    const version = document.version;
    try {
      const outcome = await timed(() => linter.lintDocument(document));
      if (document.isClosed || document.version !== version) return; // stale: a newer run is on its way
      await publish(document.uri, outcome, requestedAt);
    } catch (e) {
      output.error(`${document.uri.fsPath}: ${(e as Error).stack ?? e}`);
    }
  };

  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (timers.has(key)) return; // the pending run will read the newest text
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void lintNow(document);
      }, readSettings(document.uri).throttleMs),
    );
  };

  const lintAllOpen = () => {
    // In on-save mode unsaved edits wait for the save, even when settings or config files change.
    for (const d of vscode.workspace.textDocuments) if (!(d.isDirty && readSettings(d.uri).run === 'onSave')) void lintNow(d);
    // Problems left by "Lint workspace" go when mdreview is switched off for them.
    for (const key of workspaceLint.reported) {
      const uri = vscode.Uri.parse(key);
      if (!readSettings(uri).enable) forget(uri);
    }
  };

  const forget = (uri: vscode.Uri) => {
    workspaceLint.reported.delete(uri.toString());
    collection.delete(uri);
  };

  const workspaceLint = registerLintWorkspace(services, collection);
  const subscriptions = [
    collection,
    registerRuleHelp(extensionUri),
    workspaceLint,
    vscode.commands.registerCommand(FIRST_LINT_FOR_TESTS, () => firstLint),
    vscode.commands.registerCommand(OWN_MAIN_THREAD_MS_FOR_TESTS, () => ownMs),
    vscode.workspace.onDidOpenTextDocument((d) => void lintNow(d)),
    vscode.workspace.onDidChangeTextDocument((e) =>
      timed(() => {
        if (e.contentChanges.length && e.document.languageId === 'markdown' && readSettings(e.document.uri).run === 'onType') schedule(e.document);
      }),
    ),
    vscode.workspace.onDidSaveTextDocument((d) => void lintNow(d)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      const key = d.uri.toString();
      clearTimeout(timers.get(key));
      timers.delete(key);
      // Files the workspace lint reported on keep their problems; others leave with the editor.
      if (!workspaceLint.reported.has(key)) collection.delete(d.uri);
    }),
    linter.onDidInvalidate(lintAllOpen),
    vscode.workspace.onDidDeleteFiles((e) => {
      for (const gone of e.files.map(String)) {
        for (const key of [...workspaceLint.reported]) if (key === gone || key.startsWith(`${gone}/`)) forget(vscode.Uri.parse(key));
      }
    }),
  ];
  lintAllOpen();
  return vscode.Disposable.from(...subscriptions, { dispose: () => timers.forEach((t) => clearTimeout(t)) });
}
