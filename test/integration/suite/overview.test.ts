// The Team Overview in a real VS Code: opens on the examples' 2026-Q3 (who is done, who is missing, the
// charts), follows a saved change of one review and of an earlier review (the later one's follow-ups), and is
// screenshotted in the light and dark themes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OverviewModel } from '../../../src/core/report/overviewProtocol';
import { requestScreenshot, sleep, waitFor, workspaceFile } from './helpers';

interface State {
  model?: OverviewModel;
  posted: number;
  rendered: number;
  timings: { kind: 'open' | 'complete' | 'update'; ms: number; pendingRows: number }[];
}

const state = async () => (await vscode.commands.executeCommand<State | undefined>('mdreview.teamOverview._state')) ?? undefined;

async function rendered(predicate: (m: OverviewModel) => boolean, what: string, timeoutMs = 30_000): Promise<State> {
  return (await waitFor(
    async () => {
      const s = await state();
      // Every row checked: the first paints show rows still pending.
      return s?.model && !s.model.report.totals.pending && predicate(s.model) && s.rendered >= s.posted && s.posted > 0 ? s : undefined;
    },
    what,
    timeoutMs,
  )) as State;
}

/** Replaces `from` by `to` in a review of the workspace, saves it, runs `check`, then saves the original text again. */
async function savedWith(file: string, from: string, to: string, check: () => Promise<void>): Promise<void> {
  const uri = workspaceFile(file);
  const document = await vscode.workspace.openTextDocument(uri);
  const original = document.getText();
  const start = original.indexOf(from);
  assert.ok(start > 0, `${file} has ${from}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(document.positionAt(start), document.positionAt(start + from.length)), to);
  try {
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    await check();
  } finally {
    const restore = new vscode.WorkspaceEdit();
    restore.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
    await vscode.workspace.applyEdit(restore);
    await document.save();
  }
}

suite('team overview', function () {
  this.timeout(120_000);

  test('opens on the latest cycle: rows, status, missing people, and updates when a review is saved', async () => {
    // Other suites leave reviews of their own in the shared workspace (later cycles, people under it/):
    // open 2026-Q3 by name and look at the examples' rows.
    await vscode.commands.executeCommand('mdreview.openTeamOverview', { cycle: '2026-Q3' });
    const opened = await rendered((m) => m.report.cycle === '2026-Q3', 'the overview of 2026-Q3');
    const { report } = opened.model!;
    const examples = report.rows.filter((r) => r.file.startsWith('reviews/'));
    assert.deepEqual(examples.map((r) => [r.employee, r.status, r.done]), [
      ['Alex Chen', 'draft', false],
      ['张伟', 'final', true],
      ['李娜', 'draft', false],
      ['陈静', 'submitted', true],
    ]);
    assert.deepEqual(report.missing.filter((m) => m.file.startsWith('reviews/')).map((m) => m.employee), ['王磊']);
    assert.equal(report.rows.find((r) => r.employee === '李娜')!.findings.error, 1, 'the placeholder is an error in examples/');
    assert.ok(report.kpis.some((k) => k.better === 'lower'));
    const [first, complete] = [opened.timings.find((t) => t.kind === 'open'), opened.timings.find((t) => t.kind === 'complete')];
    assert.ok(first && complete, 'the first paint and the complete table were timed');
    // Nothing was linted for this panel yet: its first paint drew rows saying they are being checked.
    assert.ok(first.pendingRows > 0, `the first paint shows pending rows as checking (${first.pendingRows})`);
    assert.equal(complete.pendingRows, 0);
    console.log(`team overview: first paint in ${first.ms.toFixed(0)} ms (${first.pendingRows} rows checking), complete in ${complete.ms.toFixed(0)} ms`);
    await sleep(500);
    await requestScreenshot('overview-light');

    const theme = vscode.workspace.getConfiguration('workbench');
    const before = theme.inspect<string>('colorTheme')?.globalValue;
    await theme.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    await sleep(1500);
    await requestScreenshot('overview-dark');
    await theme.update('colorTheme', before, vscode.ConfigurationTarget.Global);

    await savedWith('reviews/2026-Q3/李娜.md', 'status: draft', 'status: submitted', async () => {
      const updated = await rendered((m) => m.report.rows.find((r) => r.employee === '李娜')?.status === 'submitted', 'the saved status in the overview');
      assert.equal(updated.model!.report.rows.filter((r) => r.file.startsWith('reviews/') && r.done).length, 3);
      const update = updated.timings.filter((t) => t.kind === 'update').at(-1);
      assert.ok(update, 'the update was timed');
      console.log(`team overview: updated after save in ${update.ms.toFixed(0)} ms`);
    });
  });

  test('saving an earlier review refreshes the follow-ups the later review is missing', async () => {
    await vscode.commands.executeCommand('mdreview.openTeamOverview', { cycle: '2026-Q3' });
    const alex = (m: OverviewModel) => m.report.rows.find((r) => r.file === 'reviews/2026-Q3/Alex Chen.md');
    const before = (await rendered((m) => m.report.cycle === '2026-Q3' && alex(m) !== undefined, 'Alex Chen in 2026-Q3')).model!;
    const missing = alex(before)!.followUpsMissing;
    assert.ok(missing > 0, 'the example leaves some of 2026-Q2 without follow-up');
    const pilot = '- [ ] Set up a co-streaming pilot';
    await savedWith('reviews/2026-Q2/Alex Chen.md', pilot, `- [ ] Write a creator onboarding playbook for new hosts Owner: @alex Due: 2026-09-20\n${pilot}`, async () => {
      await rendered((m) => alex(m)?.followUpsMissing === missing + 1, 'one more follow-up missing in 2026-Q3 after the 2026-Q2 save');
    });
    await rendered((m) => alex(m)?.followUpsMissing === missing, 'the count back after the restore');
  });
});
