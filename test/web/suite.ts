// The features of the web extension, run in the browser's web worker extension host on a copy of examples/
// (reached through workspace.fs). Node-only features must degrade there with a message, not an error.
import * as vscode from 'vscode';
import type { RenderedComparison } from '../../src/core/history/comparisonProtocol';
import type { ComparisonView } from '../../src/core/history/comparisonView';
import type { PreviewModel } from '../../src/core/preview/protocol';
import type { FirstLint } from '../../src/extension/diagnostics/registerDiagnostics';
import { EXTENSION_ID, requestScreenshot, waitFor, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from '../integration/suite/helpers';
import { countRule, lines, openAndWait, ruleOf } from '../integration/suite/reviewTestUtils';

export interface WebTest {
  title: string;
  /** Resolves with an optional note for the report (a measurement). */
  run(): Promise<string | void>;
  timeoutMs?: number;
}

/** No node:assert in a web worker: a failed check is an Error with the message. */
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

const ALEX_Q3_RULES = ['section-missing', 'kpi-claim-mismatch', 'vague-feedback', 'action-due', 'goal-smart', 'kpi-regression-unexplained', 'follow-up-missing'];

export const TESTS: WebTest[] = [
  {
    title: 'the extension runs from its `browser` entry in a web UI',
    async run() {
      check(vscode.env.uiKind === vscode.UIKind.Web, `uiKind is ${vscode.env.uiKind}, not Web`);
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      check(extension, `${EXTENSION_ID} is not loaded`);
      check(extension.packageJSON.browser && !extension.packageJSON.main, 'the loaded manifest is not browser-only');
      await extension.activate();
      check(extension.isActive, 'the extension did not activate');
      check(typeof (globalThis as { process?: unknown }).process === 'undefined', 'a Node `process` exists: this is not the web worker host');
    },
  },
  {
    title: 'diagnostics: a draft gets its findings, cross-cycle ones from last cycle\'s review read through workspace.fs',
    async run() {
      const uri = workspaceFile('reviews/2026-Q3/Alex Chen.md');
      const { diagnostics } = await openAndWait(uri, (d) => ALEX_Q3_RULES.every((r) => countRule(d, r) > 0));
      const unexpected = diagnostics.map(ruleOf).filter((r) => r && !ALEX_Q3_RULES.includes(r));
      check(unexpected.length === 0, `unexpected findings: ${unexpected.join(', ')}`);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await requestScreenshot('web-diagnostics');
      return `${diagnostics.length} findings`;
    },
  },
  {
    title: 'first lint in the browser host is measured and logged (budget: parse and rules 150 ms)',
    async run() {
      const first = await vscode.commands.executeCommand<FirstLint | undefined>('mdreview.diagnostics._firstLint');
      check(first && first.engineMs > 0 && first.lintMs >= first.engineMs, `the extension measured no first lint: ${JSON.stringify(first)}`);
      // Reported, not asserted: a timing on a shared machine is no pass/fail signal (budgets belong to npm run bench).
      // The whole first lint also waits for the first workspace.fs reads (config, templates, earlier reviews), whose round trips
      // depend on the host (here: the worker → the page → code-server); parse and rules are the engine's part.
      const over = first.engineMs > 150 ? ' — OVER the 150 ms budget' : '';
      return `first lint ${first.lintMs.toFixed(1)} ms, of which parse and rules ${first.engineMs.toFixed(1)} ms${over} (asked ${first.requestedAfterActivationMs.toFixed(0)} ms after activation)`;
    },
  },
  {
    title: 'quick fix: the preferred fix inserts a missing section and its finding goes',
    async run() {
      const uri = await writeWorkspaceFile(
        'web/quickfix.md',
        lines('---', 'employee: 修复员', 'reviewer: 王芳', 'cycle: 2026-Q3', 'status: draft', 'template: livestream-ops', '---', '', '## 一、目标达成情况', '', '观看人数 12000，目标 10000。', '', '## 二、数据分析', '', '峰值在线 11000 人。', ''),
      );
      const { doc, diagnostics } = await openAndWait(uri, (d) => countRule(d, 'section-missing') > 0);
      const before = countRule(diagnostics, 'section-missing');
      const diagnostic = diagnostics.find((d) => ruleOf(d) === 'section-missing')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.isPreferred && a.edit);
      check(fix?.edit, `no preferred fix; offered: ${actions.map((a) => a.title).join(' | ')}`);
      check(await vscode.workspace.applyEdit(fix.edit), 'the edit was not applied');
      await waitForDiagnostics(uri, (d) => countRule(d, 'section-missing') === before - 1, 10_000);
      check(/## 三、团队协作/.test(doc.getText()), 'the inserted section is not in the text');
      return fix.title;
    },
  },
  {
    title: 'New Review writes next cycle\'s file through workspace.fs, carrying open action items over',
    async run() {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('mdreview.newReview', { employee: '张伟', cycle: '2026-Q4' });
      check(uri?.toString() === workspaceFile('reviews/2026-Q4/张伟.md').toString(), `created ${uri?.toString()}`);
      const text = await readText(uri);
      check(/^employee: 张伟$/m.test(text) && /^cycle: 2026-Q4$/m.test(text), text.slice(0, 300));
      check(text.includes('上一周期（2026-Q3）未完成的行动项'), 'open action items were not carried over');
      check(vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), 'the new review is not the active editor');
    },
  },
  {
    title: 'Import KPI Data reads a GB18030 CSV and an XLSX export through workspace.fs into the review',
    async run() {
      const source = await readText(workspaceFile('reviews/2026-Q3/李娜.md'));
      const formats = [];
      for (const name of ['sessions.gb18030.csv', 'sessions.xlsx']) {
        const review = await writeWorkspaceFile(`web/import-${name}.md`, source);
        const doc = await vscode.workspace.openTextDocument(review);
        const result = await vscode.commands.executeCommand<{ sessions: number; kpis: number } | undefined>('mdreview.importKpiData', { review, export: workspaceFile(`exports/${name}`), confirm: false });
        check(result?.sessions === 10 && result.kpis === 5, `${name}: ${JSON.stringify(result)}`);
        check(/\n {4}actual: 17.49万\n {4}sessions:\n {6}- \{ label: 2026-07-03, value: 1.52万 \}\n/.test(doc.getText()), doc.getText().slice(0, 600));
        formats.push(name);
      }
      return formats.join(', ');
    },
  },
  {
    title: 'KPI preview renders the review\'s KPIs in a webview',
    async run() {
      const doc = await vscode.workspace.openTextDocument(workspaceFile('reviews/2026-Q3/张伟.md'));
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('mdreview.openKpiPreview');
      type Last = { model?: PreviewModel; postedSeq: number; renderedSeq: number };
      const last = (await waitFor(
        async () => {
          const l = await vscode.commands.executeCommand<Last | undefined>('mdreview.preview._lastModel');
          return l?.model?.kind === 'review' && l.model.kpis.length > 0 && l.renderedSeq >= l.postedSeq && l.postedSeq > 0 ? l : undefined;
        },
        'the preview page to render the KPIs',
        20_000,
      )) as Last;
      await requestScreenshot('web-kpi-preview');
      return `${last.model?.kind === 'review' ? last.model.kpis.length : 0} KPIs rendered`;
    },
  },
  {
    title: 'Lint Workspace finds and lints every review through workspace.fs',
    async run() {
      const result = await vscode.commands.executeCommand<{ linted: number; errors: number; warnings: number } | undefined>('mdreview.lintWorkspace');
      check(result, 'Lint Workspace returned nothing');
      check(result.linted >= 6, `linted ${result.linted} reviews`);
      check(result.errors + result.warnings > 0, 'no findings in a workspace with drafts');
      return `${result.linted} reviews, ${result.errors} errors, ${result.warnings} warnings`;
    },
  },
  {
    title: 'Compare with Previous Cycle finds last cycle\'s review in the workspace and opens the diff',
    async run() {
      const left = await vscode.commands.executeCommand<vscode.Uri | undefined>('mdreview.compareWithPrevious', workspaceFile('reviews/2026-Q3/Alex Chen.md'));
      check(left?.toString() === workspaceFile('reviews/2026-Q2/Alex Chen.md').toString(), `compared with ${left?.toString()}`);
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      check(tab?.input instanceof vscode.TabInputTextDiff, `the active tab is ${tab?.label}, not a diff`);
      // The comparison view beside it renders in the browser too, in the (English) review's language.
      const shown = (await waitFor(
        async () => {
          const s = await vscode.commands.executeCommand<{ view: ComparisonView; posted: number; rendered?: { seq: number; rendered: RenderedComparison } } | undefined>('mdreview.comparison._state');
          return s?.rendered && s.rendered.seq === s.posted && /Alex Chen/.test(s.view.title) ? s : undefined;
        },
        'the comparison view rendered',
        20_000,
      ))!;
      check(shown.view.locale === 'en' && shown.rendered!.rendered.kpiRows === shown.view.kpis.length && shown.view.kpis.length > 0, `rendered: ${JSON.stringify(shown.rendered)}`);
      check(/ pp\b/.test(shown.rendered!.rendered.text) && !/[\u4e00-\u9fff]{2}/.test(shown.view.labels.kpis), 'points in English');
      return `${shown.view.kpis.length} KPI rows, ${shown.view.sections.length} sections in the comparison view`;
    },
  },
  {
    title: 'Compare with Revision (git) degrades with a message, not an error',
    async run() {
      const uri = workspaceFile('reviews/2026-Q3/张伟.md');
      const opened = await vscode.commands.executeCommand('mdreview.compareWithRevision', uri);
      check(opened === undefined, 'a comparison opened without git');
    },
  },
];
