// Cross-cycle comparison in a real VS Code: both compare commands open a diff editor whose left side
// is the previous review (another workspace file, or a git revision of the same file, followed across
// a rename) and whose right side is this review; the comparison view opens beside (asserted through what
// its page reports it rendered), and "Open as text" gives the same as Markdown; KPI CodeLenses show last
// cycle's value.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { RenderedComparison } from '../../../src/core/history/comparisonProtocol';
import type { ComparisonView } from '../../../src/core/history/comparisonView';
import { requestScreenshot, sleep, waitFor, workspaceFile, writeWorkspaceFile } from './helpers';

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.invalid' };

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], { cwd: workspaceFile('.').fsPath, env: GIT_ENV, encoding: 'utf8' });
}

function review(cycle: string, kpiName: string, actual: string): string {
  return `---\nemployee: 王 五\ncycle: ${cycle}\ntemplate: livestream-ops\nkpis:\n  - { name: ${kpiName}, id: interaction-rate, unit: "%", target: 5%, actual: ${actual} }\n---\n## 一、目标达成情况\n\n互动率 ${actual}。\n\n## 五、改进建议\n\n- [ ] 优化开场话术 负责人：@王五 截止：2026-12-31\n`;
}

function activeDiff(): vscode.TabInputTextDiff {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  assert.ok(input instanceof vscode.TabInputTextDiff, `active tab is a diff editor, not ${JSON.stringify(input)}`);
  return input;
}

interface ComparisonState {
  view: ComparisonView;
  posted: number;
  rendered?: { seq: number; rendered: RenderedComparison };
}

/** The comparison view once its page has rendered the latest view whose title matches. */
async function renderedComparison(title: RegExp): Promise<{ view: ComparisonView; rendered: RenderedComparison }> {
  return waitFor(
    async () => {
      const s = await vscode.commands.executeCommand<ComparisonState | undefined>('mdreview.comparison._state');
      return s && title.test(s.view.title) && s.rendered && s.rendered.seq === s.posted ? { view: s.view, rendered: s.rendered.rendered } : undefined;
    },
    `the comparison view titled ${title}`,
    30_000,
  ) as Promise<{ view: ComparisonView; rendered: RenderedComparison }>;
}

function comparisonTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('mdreview.comparison'));
}

suite('compare across cycles', function () {
  this.timeout(60_000);
  const oldName = 'git 历史/旧 名.md';
  const newName = 'git 历史/王 五.md';
  const hashes: string[] = [];

  let createdRepository = false;

  suiteSetup(() => {
    createdRepository = !fs.existsSync(workspaceFile('.git').fsPath);
    if (createdRepository) git('init', '-q');
    fs.mkdirSync(workspaceFile('git 历史').fsPath, { recursive: true });
    fs.writeFileSync(workspaceFile(oldName).fsPath, review('2026-Q1', '互动占比', '4%'));
    git('add', '--', oldName);
    git('commit', '-q', '-m', 'Q1', '--', oldName);
    hashes.push(git('rev-parse', 'HEAD').trim());
    git('mv', '--', oldName, newName);
    fs.writeFileSync(workspaceFile(newName).fsPath, review('2026-Q2', '互动率', '4.6%'));
    git('add', '--', newName);
    git('commit', '-q', '-m', 'Q2, renamed');
    hashes.push(git('rev-parse', 'HEAD').trim());
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // Leave the shared workspace as the other suites expect it: no extra review, no repository.
  suiteTeardown(async () => {
    // The git extension first lets go of the repository: otherwise its next `git check-ignore` runs in a
    // folder that is no repository any more and writes into a dead pipe (an uncaught EPIPE in the next suite).
    const root = vscode.workspace.workspaceFolders![0].uri;
    const git = vscode.extensions.getExtension<{ getAPI(v: 1): { getRepository(uri: vscode.Uri): unknown } }>('vscode.git');
    if (createdRepository && git?.isActive && git.exports.getAPI(1).getRepository(root)) await vscode.commands.executeCommand('git.close', root);
    fs.rmSync(workspaceFile('git 历史').fsPath, { recursive: true, force: true });
    if (createdRepository) fs.rmSync(workspaceFile('.git').fsPath, { recursive: true, force: true });
  });

  test('Compare with Previous Cycle: the previous review from the workspace on the left', async () => {
    const q3 = workspaceFile('reviews/2026-Q3/张伟.md');
    await vscode.window.showTextDocument(q3);
    const left = await vscode.commands.executeCommand<vscode.Uri>('mdreview.compareWithPrevious');
    const diff = activeDiff();
    assert.equal(diff.original.toString(), workspaceFile('reviews/2026-Q2/张伟.md').toString());
    assert.equal(diff.modified.toString(), q3.toString());
    assert.equal(left?.toString(), diff.original.toString());
    assert.match(vscode.window.tabGroups.activeTabGroup.activeTab!.label, /张伟: 2026-Q2 ↔ 2026-Q3/);
    const { view, rendered } = await renderedComparison(/2026-Q2 → 2026-Q3/);
    assert.ok(comparisonTab(), 'the comparison view is open beside the diff');
    assert.equal(view.locale, 'zh');
    assert.match(rendered.text, /张伟：2026-Q2 → 2026-Q3/);
    // "Open as text": the same comparison as a Markdown document.
    const text = await vscode.commands.executeCommand<vscode.Uri>('mdreview.openComparisonAsText');
    const document = await vscode.workspace.openTextDocument(text);
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /^# 张伟：2026-Q2 → 2026-Q3/);
  });

  test('the comparison view of the examples\' 李娜 (2026-Q2 → 2026-Q3): in the review\'s language, light and dark', async () => {
    const q3 = workspaceFile('reviews/2026-Q3/李娜.md');
    await vscode.window.showTextDocument(q3);
    await vscode.commands.executeCommand('mdreview.compareWithPrevious');
    const { view, rendered } = await renderedComparison(/李娜：2026-Q2 → 2026-Q3/);
    // A Chinese review compares in Chinese even under the test host's English UI: points, 万, no English labels.
    assert.equal(view.locale, 'zh');
    assert.equal(rendered.kpiRows, view.kpis.length);
    assert.ok(rendered.kpiRows >= 6, `KPI rows: ${rendered.kpiRows}`);
    assert.match(rendered.text, /\+0\.3个百分点/);
    assert.match(rendered.text, /86万人 → 97万人/);
    assert.doesNotMatch(rendered.text, /\b(pp|actual|target|better|worse|changed|carried over)\b/);
    // Lower is better for the ad cost: it rose, so its change is marked worse.
    const adCost = view.kpis.find((k) => k.name.includes('ad-cost'))!;
    assert.equal(adCost.better, 'lower');
    assert.equal(adCost.actual?.trend, 'worse');
    // Goals as the data says: met, missed, carried.
    const labels = view.goals.map((g) => g.label);
    assert.ok(labels.includes('✓ 达成') && labels.includes('延续'), labels.join(' | '));
    assert.equal(rendered.goalRows, view.goals.length);
    assert.equal(rendered.actionRows, view.actions.length);
    // Sections with their word changes; the first is expanded.
    assert.equal(rendered.sections, view.sections.length);
    assert.ok(view.sections.some((s) => s.words.some((w) => w.kind === 'added')), 'word changes in the sections');
    assert.equal(rendered.expanded, 1);
    await sleep(500);
    await requestScreenshot('compare-light');
    await requestScreenshot('compare'); // README walkthrough (docs/images/)
    const theme = vscode.workspace.getConfiguration('workbench');
    const before = theme.inspect<string>('colorTheme')?.globalValue;
    await theme.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    try {
      await sleep(1500);
      await requestScreenshot('compare-dark');
    } finally {
      await theme.update('colorTheme', before, vscode.ConfigurationTarget.Global);
    }
  });

  test('Compare with Previous Cycle: from the git history of the same file, across a rename', async () => {
    const file = workspaceFile(newName);
    fs.writeFileSync(file.fsPath, review('2026-Q3', '互动率', '5.1%'));
    await vscode.window.showTextDocument(file);
    await vscode.commands.executeCommand('mdreview.compareWithPrevious', file);
    const diff = activeDiff();
    assert.equal(diff.modified.toString(), file.toString());
    assert.equal(diff.original.scheme, 'mdreview-git');
    assert.equal(diff.original.path, file.path);
    assert.deepEqual(JSON.parse(diff.original.query), { ref: hashes[1], path: newName });
    const left = await vscode.workspace.openTextDocument(diff.original);
    assert.match(left.getText(), /cycle: 2026-Q2/);
    assert.match((await renderedComparison(/王 五：2026-Q2 → 2026-Q3/)).rendered.text, /互动率/);
  });

  test('Compare with Revision…: a commit from before the rename', async () => {
    const file = workspaceFile(newName);
    await vscode.window.showTextDocument(file);
    await vscode.commands.executeCommand('mdreview.compareWithRevision', file, hashes[0]);
    const diff = activeDiff();
    assert.equal(diff.modified.toString(), file.toString());
    assert.deepEqual(JSON.parse(diff.original.query), { ref: hashes[0], path: oldName });
    const left = await vscode.workspace.openTextDocument(diff.original);
    assert.match(left.getText(), /cycle: 2026-Q1/);
    assert.match(left.getText(), /互动占比/);
    const { view } = await renderedComparison(/王 五：2026-Q1 → 2026-Q3/);
    assert.equal(view.kpis.find((k) => k.name.includes('interaction-rate'))?.renamed, '原名 互动占比');
  });

  test('KPI CodeLens shows last cycle\'s value and the change', async () => {
    const q3 = workspaceFile('reviews/2026-Q3/张伟.md');
    await vscode.window.showTextDocument(q3);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', q3);
    const titles = lenses.map((l) => l.command?.title ?? '').filter((t) => t.includes('2026-Q2'));
    assert.ok(titles.length > 0, `lenses: ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
    assert.ok(lenses.some((l) => l.command?.command === 'mdreview.compareWithPrevious'));
    // A Chinese review in an English VS Code: the lens is Chinese throughout, never "…（better）".
    const moved = titles.filter((t) => /→/.test(t));
    assert.ok(moved.length > 0 && moved.every((t) => /（(变好|变差)）$/.test(t)), JSON.stringify(titles));
  });

  test('two reviews of one person for the previous cycle: a message, no guess', async () => {
    const copy = await writeWorkspaceFile('reviews/2026-Q2/张伟 copy.md', fs.readFileSync(workspaceFile('reviews/2026-Q2/张伟.md').fsPath, 'utf8'));
    try {
      const q3 = workspaceFile('reviews/2026-Q3/张伟.md');
      await vscode.window.showTextDocument(q3);
      // The workspace index notices the new file through a file watcher: retry until it has.
      let left: vscode.Uri | undefined;
      for (let i = 0; i < 40; i++) {
        left = await vscode.commands.executeCommand<vscode.Uri | undefined>('mdreview.compareWithPrevious', q3);
        if (!left) break;
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.window.showTextDocument(q3);
        await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(left, undefined);
      assert.ok(!(vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff));
    } finally {
      await vscode.workspace.fs.delete(copy);
    }
  });
});
