// Insert KPI table in a real VS Code: offered as a light-bulb action in the goals section only, it writes the
// frontmatter's KPIs as a table at the end of that section, in the review's language, and adds no finding.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { requestScreenshot, sleep, waitFor, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from './helpers';

suite('insert KPI table', function () {
  this.timeout(60_000);
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceFile('kpi-table'), { recursive: true, useTrash: false });
  });

  test('offered in the goals section, it inserts the table there', async () => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('reviews/2026-Q3/李娜.md')));
    const uri = await writeWorkspaceFile('kpi-table/李娜.md', text.replace('employee: 李娜', 'employee: 表格测试'));
    const editor = await vscode.window.showTextDocument(uri);
    const line = (needle: string) => editor.document.getText().split('\n').findIndex((l) => l.includes(needle));
    const offered = async (at: number) => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(at, 0, at, 0), vscode.CodeActionKind.Refactor.value);
      return actions.filter((a) => a.command?.command === 'mdreview.insertKpiTable');
    };
    const inGoals = (await waitFor(async () => (await offered(line('本季度主播 52 场'))).at(0), 'the action in the goals section', 20_000))!;
    assert.equal((await offered(line('## 三、团队协作'))).length, 0, 'not offered outside the goals section');
    const messages = (d: readonly vscode.Diagnostic[]) => d.map((x) => x.message).sort();
    const before = messages(await waitForDiagnostics(uri, (d) => d.some((x) => /销售转化率/.test(x.message)), 20_000));
    await vscode.commands.executeCommand(inGoals.command!.command, ...(inGoals.command!.arguments ?? []));
    const after = editor.document.getText();
    assert.match(after, /超额完成目标，主推款试色对比的效果很明显。\n\n\| 指标 \| 目标 \| 实际 \| 达成率 \| 结果 \|\n\| --- \|/);
    assert.match(after, /\| 销售转化率 \| 2\.8% \| 2\.4% \| 85\.7% \| 未达成 \|\n/);
    assert.match(after, /\| 投放成本 \| ≤ 20万元 \| 19\.2万元 \| 104\.2% \| 达成 \|\n\n## 二、数据分析/);
    editor.revealRange(new vscode.Range(line('| 指标 |'), 0, line('| 指标 |') + 8, 0), vscode.TextEditorRevealType.AtTop);
    // Past the lint throttle, the edited text's findings are those of before (the unit test checks every corpus review).
    await sleep(2000);
    assert.deepEqual(messages(vscode.languages.getDiagnostics(uri)), before, 'the table adds no finding');
    await requestScreenshot('kpi-table');
  });

  test('Insert data summary writes the highest and lowest sessions and the change since the previous cycle into the data section', async () => {
    // 李娜 herself, so the previous cycle (2026-Q2) is found; the copy is removed by the teardown.
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('reviews/2026-Q3/李娜.md')));
    const uri = await writeWorkspaceFile('kpi-table/李娜-summary.md', text);
    const editor = await vscode.window.showTextDocument(uri);
    const line = (needle: string) => editor.document.getText().split('\n').findIndex((l) => l.includes(needle));
    const offered = async (at: number) => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(at, 0, at, 0), vscode.CodeActionKind.Refactor.value);
      return actions.filter((a) => a.command?.command === 'mdreview.insertDataSummary');
    };
    const inData = (await waitFor(async () => (await offered(line('## 二、数据分析') + 2)).at(0), 'the action in the data section', 20_000))!;
    assert.equal((await offered(line('## 三、团队协作') + 2)).length, 0, 'not offered outside the data section');
    await vscode.commands.executeCommand(inData.command!.command, ...(inData.command!.arguments ?? []));
    const after = editor.document.getText();
    assert.match(after, /\| 指标 \| 最高场次 \| 最低场次 \| 上期（2026-Q2） \| 本期 \| 变化 \|\n/u);
    assert.match(after, /\| 观看人数 \| 36万人（9月） \| 30万人（7月） \| [^|]+ \| 97万人 \| \+[^|]+ \|\n/u);
    assert.ok(after.indexOf('| 指标 | 最高场次') < after.indexOf('## 三、团队协作'));
  });
});
