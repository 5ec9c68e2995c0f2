// Every quick-fix kind, applied through VS Code's code-action machinery: the finding must go away.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { requestScreenshot, sleep, waitForDiagnostics, writeWorkspaceFile } from './helpers';
import { canSendKeys, sendKeys } from './keyboard';
import { countRule, lines, openAndWait, ruleOf, setSetting } from './reviewTestUtils';

// Growth (四) is missing; a placeholder is left; one action lacks an owner, one a due date; one goal
// lacks only a deadline; the feedback is vague.
const REVIEW = lines(
  '---',
  'employee: 修复员',
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
  '表现还可以，和投放陈磊每周对齐一次时段。',
  '',
  '## 五、改进建议',
  '',
  '【待填写：具体、可操作的改进建议】',
  '',
  '- [ ] 建立复盘模板 截止：2026-10-31',
  '- [ ] 补充尺码讲解 负责人：@修复员',
  '',
  '## 六、总结与展望',
  '',
  '- 将直播间互动率从 4.1% 提升到 5%',
  '',
);

let n = 0;
async function freshReview() {
  const uri = await writeWorkspaceFile(`it/quickfix/review-${++n}.md`, REVIEW);
  const { doc, diagnostics } = await openAndWait(uri, (d) => ['section-missing', 'placeholder', 'action-owner', 'action-due', 'goal-smart'].every((r) => countRule(d, r) > 0));
  return { uri, doc, diagnostics };
}

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
}

/** Applies the quick fix chosen by `pick` for the first diagnostic of `ruleId`, then waits for it to go. */
async function applyFor(uri: vscode.Uri, ruleId: string, pick: (a: vscode.CodeAction) => boolean): Promise<vscode.CodeAction> {
  const before = vscode.languages.getDiagnostics(uri);
  const diagnostic = before.find((d) => ruleOf(d) === ruleId);
  assert.ok(diagnostic, `no ${ruleId} diagnostic`);
  const actions = await quickFixes(uri, diagnostic);
  // Code actions come back from the command without their diagnostics: pick by title.
  const action = actions.find(pick);
  assert.ok(action?.edit, `no matching fix for ${ruleId}; offered: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  await waitForDiagnostics(uri, (d) => countRule(d, ruleId) === countRule(before, ruleId) - 1, 10_000);
  return action;
}

const titled = (re: RegExp) => (a: vscode.CodeAction) => re.test(a.title);

suite('quick fixes', function () {
  // The host may be slow (a loaded CI machine); each wait inside has its own hard timeout.
  this.timeout(60_000);
  suiteSetup(() => setSetting('locale', 'zh'));
  suiteTeardown(() => setSetting('locale', undefined));
  teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('insert a missing section at its place in the template order', async () => {
    const { uri, doc } = await freshReview();
    const action = await applyFor(uri, 'section-missing', titled(/^插入“四、个人成长”部分$/));
    assert.equal(action.isPreferred, true);
    const text = doc.getText();
    const growth = text.indexOf('四、个人成长');
    assert.ok(growth > text.indexOf('三、团队协作') && growth < text.indexOf('五、改进建议'), text);
  });

  test('add an unrecognised heading as an alias in the team template: the template is saved and the finding goes', async () => {
    // A folder with its own config and team template, so no other test sees the template change.
    const folder = `it/quickfix/team-alias-${++n}`;
    await writeWorkspaceFile(`${folder}/.mdreviewrc.json`, '{}\n');
    const templateUri = await writeWorkspaceFile(
      `${folder}/.mdreview/templates/team.md`,
      lines('---', 'id: team', 'language: zh', 'sections:', '  - id: goals', '    heading: 一、目标达成情况', '  - id: growth', '    heading: 二、个人成长', '    required: true', '---', ''),
    );
    const uri = await writeWorkspaceFile(`${folder}/review.md`, lines('---', 'employee: 别名员', 'template: team', '---', '', '## 一、目标达成情况', '', '完成。', '', '## 二、其他收获', '', '读完两本书。', ''));
    await openAndWait(uri, (d) => countRule(d, 'section-missing') === 1);
    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => ruleOf(d) === 'section-missing')!;
    const action = (await quickFixes(uri, diagnostic)).find(titled(/^在 .*team\.md 中把“其他收获”加为 growth 部分的别名$/));
    assert.ok(action?.edit && action.command, `offered: ${(await quickFixes(uri, diagnostic)).map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    await waitForDiagnostics(uri, (d) => countRule(d, 'section-missing') === 0, 10_000);
    // The save may reach the disk a little after the findings are updated from the edited template.
    const alias = '    required: true\n    aliases: [其他收获]\n---';
    let saved = '';
    for (let tries = 0; tries < 100 && !saved.includes(alias); tries++) {
      if (tries) await sleep(100);
      saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(templateUri));
    }
    assert.ok(saved.includes(alias), saved);

    // A built-in template (general) is not the workspace's to edit: no such fix.
    const builtin = await writeWorkspaceFile(`${folder}/builtin.md`, lines('---', 'employee: Alias Tester', 'template: general', '---', '', '## 1. Goal attainment', '', 'Done.', '', '## 2. Side notes', '', 'Read two books.', ''));
    await openAndWait(builtin, (d) => countRule(d, 'section-missing') > 0);
    const offered = await Promise.all(vscode.languages.getDiagnostics(builtin).filter((d) => ruleOf(d) === 'section-missing').map((d) => quickFixes(builtin, d)));
    assert.ok(offered.flat().every((a) => !/别名/.test(a.title)), offered.flat().map((a) => a.title).join(' | '));
  });

  test('remove a leftover placeholder', async () => {
    const { uri, doc } = await freshReview();
    await applyFor(uri, 'placeholder', titled(/^删除占位符$/));
    assert.ok(!doc.getText().includes('【待填写：具体、可操作的改进建议】'));
  });

  test('add an owner to an action item', async () => {
    const { uri, doc } = await freshReview();
    // README walkthrough (docs/images/): the quick-fix menu on the finding.
    const finding = vscode.languages.getDiagnostics(uri).find((d) => ruleOf(d) === 'action-owner');
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    if (finding && editor) {
      editor.selection = new vscode.Selection(finding.range.start, finding.range.start);
      editor.revealRange(finding.range, vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.quickFix');
      await new Promise((r) => setTimeout(r, 800));
      await requestScreenshot('quick-fix');
      await vscode.commands.executeCommand('hideCodeActionWidget');
    }
    await applyFor(uri, 'action-owner', titled(/^添加责任人：@修复员（员工）$/));
    assert.match(doc.getText(), /- \[ \] 建立复盘模板 截止：2026-10-31 负责人：@修复员/);
  });

  test('add an owner by typing a name: the argument path, and the real input box (which refuses 待定)', async function () {
    const typedOwnerFix = async (uri: vscode.Uri) => {
      const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => ruleOf(d) === 'action-owner');
      assert.ok(diagnostic);
      const actions = await quickFixes(uri, diagnostic);
      const action = actions.find(titled(/^添加责任人：输入姓名…$/));
      assert.ok(action?.command, `offered: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(action.edit, undefined, 'the edit waits for the name');
      return action.command;
    };
    const first = await freshReview();
    const command = await typedOwnerFix(first.uri);
    // A keybinding or a test passes the name; a leading @ is not doubled.
    assert.equal(await vscode.commands.executeCommand(command.command, ...command.arguments!, '@陈磊'), true);
    assert.match(first.doc.getText(), /- \[ \] 建立复盘模板 截止：2026-10-31 负责人：@陈磊\n/);
    await waitForDiagnostics(first.uri, (d) => countRule(d, 'action-owner') === 0, 10_000);

    if (!canSendKeys()) return this.skip();
    const second = await freshReview();
    const asked = await typedOwnerFix(second.uri);
    const applied = vscode.commands.executeCommand<boolean>(asked.command, ...asked.arguments!);
    // A placeholder is refused: the box stays open with its message.
    await sendKeys('owner-placeholder', { type: '待定', waitForTitle: ['输入姓名…', 'type a name…'] });
    await sleep(600);
    await sendKeys('owner-placeholder-enter', { press: ['Enter'] });
    await sleep(400);
    await requestScreenshot('quick-fix-type-owner');
    await sendKeys('owner-clear', { press: ['Backspace', 'Backspace'] });
    await sendKeys('owner-name', { type: '刘洋' });
    await sleep(600);
    await sendKeys('owner-accept', { press: ['Enter'] });
    assert.equal(await applied, true);
    assert.match(second.doc.getText(), /- \[ \] 建立复盘模板 截止：2026-10-31 负责人：@刘洋\n/);
    assert.doesNotMatch(second.doc.getText(), /待定/);
  });

  test('add a due date to an action item', async () => {
    const { uri, doc } = await freshReview();
    await applyFor(uri, 'action-due', titled(/^添加截止日期$/));
    assert.match(doc.getText(), /- \[ \] 补充尺码讲解 负责人：@修复员 截止：\d{4}-\d\d-\d\d/);
  });

  test('add a time-bound stub to a goal', async () => {
    const { uri, doc } = await freshReview();
    await applyFor(uri, 'goal-smart', titled(/^添加截止日期（\d{4}-\d\d-\d\d）$/));
    assert.match(doc.getText(), /- .*将直播间互动率从 4\.1% 提升到 5%.*\d{4}-\d\d-\d\d|\d{4}-\d\d-\d\d.*将直播间互动率/);
  });

  test('disable a rule for one line: a comment above it, indented like it', async () => {
    const { uri, doc } = await freshReview();
    await applyFor(uri, 'action-owner', titled(/^在此行停用 action-owner$/));
    const l = doc.getText().split('\n');
    const at = l.findIndex((x) => x.startsWith('- [ ] 建立复盘模板'));
    assert.equal(l[at - 1], '<!-- mdreview-disable-next-line action-owner -->');
    // Other rules still apply to that line.
    assert.equal(countRule(vscode.languages.getDiagnostics(uri), 'action-due'), 1);
  });

  test('disable a rule for the whole file: a comment after the frontmatter', async () => {
    const { uri, doc } = await freshReview();
    await applyFor(uri, 'placeholder', titled(/^在本文件中停用 placeholder$/));
    assert.equal(doc.lineAt(7).text, '<!-- mdreview-disable placeholder -->');
    // A second rule joins the same comment.
    await applyFor(uri, 'action-due', titled(/^在本文件中停用 action-due$/));
    assert.equal(doc.lineAt(7).text, '<!-- mdreview-disable placeholder action-due -->');
  });

  test('fix all (source.fixAll.mdreview) applies every mechanical fix', async () => {
    const { uri, doc } = await freshReview();
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, doc.lineCount, 0), 'source.fixAll.mdreview');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.mdreview');
    assert.ok(fixAll?.edit, `offered: ${actions.map((a) => `${a.kind?.value} ${a.title}`).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    await waitForDiagnostics(uri, (d) => countRule(d, 'section-missing') === 0);
    // Only the mechanical fixes: owners are not invented in bulk.
    assert.equal(countRule(vscode.languages.getDiagnostics(uri), 'action-owner'), 1);
  });
});
