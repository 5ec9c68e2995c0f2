// "New review": the file lands at the configured path with last cycle's person, KPIs (goals as
// targets) and open action items carried over; an existing file is opened, never overwritten.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import { requestScreenshot, sleep, workspaceFile } from './helpers';
import { canSendKeys, sendKeys } from './keyboard';
import { STRINGS } from '../../../src/extension/strings';
import { setSetting } from './reviewTestUtils';

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The frontmatter of a scaffolded review: its KPI entries as written, the rest as plain data. */
interface ScaffoldFrontmatter {
  kpis: { name: string; target: unknown; actual: unknown; better?: unknown }[];
  template: string;
  [key: string]: unknown;
}

function frontmatter(text: string): ScaffoldFrontmatter {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, text.slice(0, 200));
  return parseYaml(m[1]);
}

/** A quick input's title in either UI language. */
const titles = (key: keyof typeof STRINGS): string[] => Object.values(STRINGS[key]);

suite('new review', function () {
  // The host may be slow (a loaded CI machine); each wait inside has its own hard timeout.
  this.timeout(60_000);
  teardown(async () => {
    await setSetting('newReviewPath', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('creates next cycle\'s review from the last one and opens it', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('mdreview.newReview', { employee: '张伟', cycle: '2026-Q4' });
    assert.ok(uri);
    assert.equal(uri.toString(), workspaceFile('reviews/2026-Q4/张伟.md').toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    const text = await readText(uri);
    const fm = frontmatter(text);
    assert.equal(fm.employee, '张伟');
    assert.equal(fm.reviewer, '王芳');
    assert.equal(fm.cycle, '2026-Q4');
    assert.equal(fm.status, 'draft');
    assert.match(String(fm.date), /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(fm.template, 'livestream-ops');
    const kpi = (name: string) => {
      const found = fm.kpis.find((k) => k.name === name);
      assert.ok(found, `KPI ${name} carried over`);
      return found;
    };
    // Targets from last cycle's goals ("把退货率从 7.4% 降到 6.5%" …), else last target; actuals emptied.
    assert.equal(kpi('退货率').target, '6.5%');
    assert.equal(kpi('退货率').better, 'lower');
    assert.match(String(kpi('销售额').target), /^450\s*万$/);
    assert.match(String(kpi('峰值在线').target), /^13000/);
    assert.equal(kpi('互动率').target, '4.5%');
    assert.ok(fm.kpis.every((k) => k.actual === ''));
    // Open action items carried over; done ones not.
    assert.match(text, /上一周期（2026-Q3）未完成的行动项/);
    assert.match(text, /- \[ \] 与投放对齐千川投放时段/);
    assert.match(text, /- \[ \] 服饰专场每个款式讲解时口播尺码建议/);
    assert.ok(!text.includes('建立每周数据复盘表'));
    assert.ok(text.indexOf('未完成的行动项') > text.indexOf('## 五、改进建议') && text.indexOf('未完成的行动项') < text.indexOf('## 六、总结与展望'));
  });

  test('an existing review is opened, not overwritten', async () => {
    const uri = workspaceFile('reviews/2026-Q4/张伟.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\nemployee: 张伟\ncycle: 2026-Q4\n---\n\nmy own edits\n'));
    const again = await vscode.commands.executeCommand<vscode.Uri>('mdreview.newReview', { employee: '张伟', cycle: '2026-Q4' });
    assert.equal(again?.toString(), uri.toString());
    assert.match(await readText(uri), /my own edits/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  test('a new person gets the template scaffold at the configured path; cycles are normalized', async () => {
    await setSetting('newReviewPath', 'people/{employee}/{cycle}.md');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('mdreview.newReview', { employee: 'Grace Hopper', cycle: '2027年上半年', reviewer: ' Katherine Johnson ' });
    assert.equal(uri?.toString(), workspaceFile('people/Grace Hopper/2027-H1.md').toString());
    const fm = frontmatter(await readText(uri!));
    assert.equal(fm.employee, 'Grace Hopper');
    assert.equal(fm.cycle, '2027-H1');
    // No earlier review names a reviewer: the one given (as a test passes it, instead of typing it) is written.
    assert.equal(fm.reviewer, 'Katherine Johnson');
    assert.ok(['livestream-ops', 'general'].includes(fm.template));
  });

  // Through the real quick pick and input boxes (keystrokes from the browser), not the argument path.
  test('the person list preselects the open review\'s person: Enter takes it, and the cycle box suggests the next cycle', async function () {
    if (!canSendKeys()) return this.skip();
    const created = workspaceFile('reviews/2026-Q4/李娜.md');
    await vscode.window.showTextDocument(workspaceFile('reviews/2026-Q3/李娜.md'));
    const done = vscode.commands.executeCommand<vscode.Uri | undefined>('mdreview.newReview');
    try {
      await sendKeys('person-shown', { waitForTitle: titles('newReviewPerson') });
      await requestScreenshot('new-review-person');
      await sendKeys('person-accept', { press: ['Enter'] });
      await sendKeys('cycle-accept', { press: ['Enter'], waitForTitle: titles('newReviewCycle') });
      const uri = await done;
      assert.equal(uri?.toString(), created.toString());
      const fm = frontmatter(await readText(created));
      assert.equal(fm.employee, '李娜');
      assert.equal(fm.cycle, '2026-Q4');
      assert.equal(fm.reviewer, '王芳', 'last cycle\'s reviewer carries over: no prompt');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
    }
  });

  test('a new person with no earlier review: the name typed into the quick pick, then the reviewer asked for and remembered', async function () {
    if (!canSendKeys()) return this.skip();
    await setSetting('newReviewPath', 'it/new-review/{cycle}/{employee}.md');
    const created: vscode.Uri[] = [];
    try {
      const run = async (person: string, reviewer: string | undefined) => {
        const done = vscode.commands.executeCommand<vscode.Uri | undefined>('mdreview.newReview');
        await sendKeys(`person-${person}`, { type: person, waitForTitle: titles('newReviewPerson') });
        await sleep(400);
        await sendKeys(`person-${person}-accept`, { press: ['Enter'] });
        await sendKeys(`cycle-${person}`, { type: '2027-Q1', waitForTitle: titles('newReviewCycle') });
        await sendKeys(`cycle-${person}-accept`, { press: ['Enter'] });
        await sendKeys(`reviewer-${person}-shown`, { waitForTitle: titles('newReviewReviewer') });
        if (reviewer === undefined) await requestScreenshot('new-review-reviewer');
        await sendKeys(`reviewer-${person}`, reviewer === undefined ? { press: ['Enter'] } : { type: reviewer, press: ['Enter'] });
        const uri = await done;
        assert.ok(uri);
        created.push(uri);
        return frontmatter(await readText(uri));
      };
      const first = await run('周新人', '赵敏');
      assert.equal(first.employee, '周新人');
      assert.equal(first.cycle, '2027-Q1');
      assert.equal(first.reviewer, '赵敏', 'the reviewer typed into the prompt');
      // The next new person's prompt starts with the remembered reviewer: Enter keeps it.
      const second = await run('吴新人', undefined);
      assert.equal(second.reviewer, '赵敏');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
