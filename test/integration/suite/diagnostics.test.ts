// Live diagnostics in a real VS Code: which files are linted, what a diagnostic carries, how settings,
// config files and edits change them, and the workspace-wide lint command.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LintWorkspaceResult } from '../../../src/extension/diagnostics/lintWorkspace';
import { requestScreenshot, waitForDiagnostics, workspaceFile, writeWorkspaceFile } from './helpers';
import { countRule, lines, openAndWait, ruleOf, setSetting } from './reviewTestUtils';

const REVIEW = lines(
  '---',
  'employee: 测试员',
  'reviewer: 王芳',
  'cycle: 2026-Q3',
  'status: draft',
  'template: livestream-ops',
  '---',
  '',
  '## 一、目标达成情况',
  '',
  '观看人数 12000，目标 10000，超额完成，开场话术改版后首 15 分钟流失率从 33% 降到 27%，做得很好。',
  '',
  '## 二、数据分析',
  '',
  '峰值在线 11000 人出现在 9 月 6 日专场，谷底在下午 2–4 点。',
  '',
  '## 三、团队协作',
  '',
  '和投放陈磊每周对齐一次时段。',
  '',
  '## 四、个人成长',
  '',
  '完成数据分析进阶课程。',
  '',
  '## 五、改进建议',
  '',
  '- [ ] 建立复盘模板 截止：2026-10-31',
  '',
  '## 六、总结与展望',
  '',
  '- 2026-12-31 前将互动率从 4.1% 提升到 5%',
  '',
);

suite('diagnostics', function () {
  // The host may be slow (a loaded CI machine); each wait inside has its own hard timeout.
  this.timeout(60_000);
  teardown(async () => {
    await setSetting('rules', undefined);
    await setSetting('run', undefined);
    await setSetting('locale', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('an example review gets diagnostics: source, rule code linking to its doc, severity from the config file', async () => {
    const uri = workspaceFile('reviews/2026-Q3/李娜.md');
    const { diagnostics } = await openAndWait(uri, (d) => countRule(d, 'placeholder') > 0);
    const placeholder = diagnostics.find((d) => ruleOf(d) === 'placeholder')!;
    assert.equal(placeholder.source, 'mdreview');
    // examples/.mdreviewrc.yaml raises placeholder to error.
    assert.equal(placeholder.severity, vscode.DiagnosticSeverity.Error);
    const code = placeholder.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.toString(), 'mdreview-rule:/docs/rules/placeholder.md');
    assert.ok(diagnostics.every((d) => d.range.start.line < 200));
  });

  test('the rule link opens the rule\'s page rendered (the Markdown preview), read from the extension, offline', async () => {
    const uri = workspaceFile('reviews/2026-Q3/李娜.md');
    const { diagnostics } = await openAndWait(uri, (d) => countRule(d, 'goal-smart') > 0);
    const { target } = diagnostics.find((d) => ruleOf(d) === 'goal-smart')!.code as { target: vscode.Uri };
    const ext = vscode.extensions.getExtension('mdreview.mdreview')!;
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'goal-smart.md')));
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), source);
    await vscode.commands.executeCommand('vscode.open', target);
    let input: unknown;
    for (let i = 0; i < 50 && !(input instanceof vscode.TabInputCustom); i++) {
      await new Promise((r) => setTimeout(r, 100));
      input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    }
    assert.ok(input instanceof vscode.TabInputCustom, `opened as ${JSON.stringify(input)}`);
    assert.equal(input.viewType, 'vscode.markdown.preview.editor');
    assert.equal(input.uri.toString(), target.toString());
    await new Promise((r) => setTimeout(r, 1500));
    await requestScreenshot('rule-help');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse('mdreview-rule:/package.json'))), 'only the docs are served');
  });

  test('diagnostics appear as you type and clear when the problem is fixed', async () => {
    const uri = await writeWorkspaceFile('it/diagnostics/typing.md', REVIEW);
    const { doc, diagnostics } = await openAndWait(uri, (d) => countRule(d, 'action-owner') === 1);
    assert.equal(countRule(diagnostics, 'action-due'), 0);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('- [ ] 建立复盘模板'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line, doc.lineAt(line).text.length), ' 负责人：@测试员');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, (d) => countRule(d, 'action-owner') === 0, 10_000);
    // A new problem typed in shows up without saving.
    const edit2 = new vscode.WorkspaceEdit();
    edit2.insert(uri, new vscode.Position(line + 1, 0), '- [ ] 补充尺码讲解\n');
    assert.ok(await vscode.workspace.applyEdit(edit2));
    await waitForDiagnostics(uri, (d) => countRule(d, 'action-owner') === 1 && countRule(d, 'action-due') === 1, 10_000);
    assert.ok(doc.isDirty);
  });

  test('a non-review Markdown file gets no diagnostics', async () => {
    const readme = await writeWorkspaceFile('it/diagnostics/README.md', lines('# Notes', '', '- [ ] TODO: ask someone, ASAP', '', '表现还可以，有待提高。', ''));
    const review = await writeWorkspaceFile('it/diagnostics/after-readme.md', REVIEW);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme));
    // Opened after the README: once its diagnostics are in, the README has been looked at too.
    await openAndWait(review, (d) => countRule(d, 'action-owner') > 0);
    assert.deepEqual(vscode.languages.getDiagnostics(readme).filter((d) => d.source === 'mdreview'), []);
  });

  test('settings change severity live, and "off" removes the rule', async () => {
    const uri = await writeWorkspaceFile('it/diagnostics/severity.md', REVIEW);
    await openAndWait(uri, (d) => d.some((x) => ruleOf(x) === 'action-owner' && x.severity === vscode.DiagnosticSeverity.Warning));
    await setSetting('rules', { 'action-owner': 'error' });
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'action-owner' && x.severity === vscode.DiagnosticSeverity.Error));
    await setSetting('rules', { 'action-owner': 'info' });
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'action-owner' && x.severity === vscode.DiagnosticSeverity.Information));
    await setSetting('rules', { 'action-owner': 'off' });
    await waitForDiagnostics(uri, (d) => countRule(d, 'action-owner') === 0);
  });

  test('the nearest .mdreviewrc file sets severities, and changes to it apply live', async () => {
    const uri = await writeWorkspaceFile('it/config/nested/review.md', REVIEW);
    const owner = (severity: vscode.DiagnosticSeverity) => (d: readonly vscode.Diagnostic[]) => d.some((x) => ruleOf(x) === 'action-owner' && x.severity === severity);
    await openAndWait(uri, owner(vscode.DiagnosticSeverity.Warning));
    const rc = await writeWorkspaceFile('it/config/.mdreviewrc.json', JSON.stringify({ rules: { 'action-owner': 'error' } }));
    await waitForDiagnostics(uri, owner(vscode.DiagnosticSeverity.Error), 20_000);
    await vscode.workspace.fs.delete(rc);
    await waitForDiagnostics(uri, owner(vscode.DiagnosticSeverity.Warning), 20_000);
  });

  test('in an English VS Code, each review\'s findings speak its own language (locale: auto)', async () => {
    assert.match(vscode.env.language, /^en/, 'the test host runs an English VS Code');
    const zh = await writeWorkspaceFile('it/diagnostics/auto-zh.md', REVIEW);
    const { diagnostics } = await openAndWait(zh, (d) => countRule(d, 'action-owner') === 1);
    assert.ok(diagnostics.every((d) => /[\u4e00-\u9fff]/.test(d.message)), diagnostics.map((d) => d.message).join('\n'));
    const en = workspaceFile('reviews/2026-Q3/Alex Chen.md');
    const english = (await openAndWait(en, (d) => countRule(d, 'goal-smart') > 0)).diagnostics;
    assert.ok(english.every((d) => !/[\u4e00-\u9fff]/.test(d.message)), english.map((d) => d.message).join('\n'));
  });

  test('the locale setting switches the messages to Chinese', async () => {
    const uri = await writeWorkspaceFile('it/diagnostics/locale.md', REVIEW);
    await setSetting('locale', 'en');
    await openAndWait(uri, (d) => d.some((x) => ruleOf(x) === 'action-owner' && /owner/i.test(x.message)));
    await setSetting('locale', 'zh');
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'action-owner' && x.message.includes('责任人')));
  });

  test('on-save mode lints when the file is saved', async () => {
    await setSetting('run', 'onSave');
    const uri = await writeWorkspaceFile('it/diagnostics/on-save.md', REVIEW);
    const { doc } = await openAndWait(uri, (d) => countRule(d, 'action-owner') === 1);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('- [ ] 建立复盘模板'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line, doc.lineAt(line).text.length), ' @测试员');
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
    assert.ok(doc.isDirty, 'document is dirty after the edit');
    assert.equal(countRule(vscode.languages.getDiagnostics(uri), 'action-owner'), 1, 'unsaved edits are not linted in onSave mode');
    assert.ok(await vscode.workspace.save(uri), 'saved');
    await waitForDiagnostics(uri, (d) => countRule(d, 'action-owner') === 0);
  });

  test('"Lint workspace" fills the Problems panel for every review, open or not', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const reviews = (await vscode.workspace.findFiles('reviews/**/*.md')).filter((u) => !u.path.includes('/2026-Q4/'));
    assert.ok(reviews.length >= 6, `examples hold ${reviews.length} reviews`);
    const result = await vscode.commands.executeCommand<LintWorkspaceResult>('mdreview.lintWorkspace');
    assert.ok(result && result.linted >= reviews.length, `linted ${result?.linted}`);
    // It says it is done, with the counts the Problems panel holds.
    const ours = reviews.flatMap((u) => vscode.languages.getDiagnostics(u).filter((d) => d.source === 'mdreview'));
    const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    // Other suites may have left reviews of their own in the workspace: the examples' are a lower bound.
    assert.ok(errors > 0 && result.errors >= errors, `${result.errors} errors reported, ${errors} in Problems for the examples`);
    assert.ok(result.withFindings >= 2 && result.withFindings < result.linted, `${result.withFindings} of ${result.linted} with findings`);
    assert.ok(result.message.includes(String(result.linted)) && result.message.includes(String(result.errors)), result.message);
    const alex = workspaceFile('reviews/2026-Q3/Alex Chen.md');
    assert.ok(vscode.languages.getDiagnostics(alex).some((d) => ruleOf(d) === 'section-missing'));
    const readme = workspaceFile('README.md');
    assert.deepEqual(vscode.languages.getDiagnostics(readme).filter((d) => d.source === 'mdreview'), []);
  });

  test('screenshots: Chinese messages in the Problems panel and squiggles in the editor', async () => {
    await setSetting('locale', 'zh');
    const uri = workspaceFile('reviews/2026-Q3/李娜.md');
    const { editor } = await openAndWait(uri, (d) => d.some((x) => ruleOf(x) === 'placeholder' && /占位符/.test(x.message)));
    const target = vscode.languages.getDiagnostics(uri).find((d) => ruleOf(d) === 'vague-feedback') ?? vscode.languages.getDiagnostics(uri)[0];
    editor.revealRange(target.range, vscode.TextEditorRevealType.InCenter);
    editor.selection = new vscode.Selection(target.range.start, target.range.start);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await requestScreenshot('problems-panel-zh');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('editor.action.showHover');
    await requestScreenshot('editor-squiggles-zh');
  });
});
