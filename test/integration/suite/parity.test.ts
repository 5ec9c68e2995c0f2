// One answer everywhere: on a workspace with nested configs, a team template, two cycles of a person and a
// duplicate cycle, the diagnostics VS Code shows equal `mdreview lint --format json` on the same folder.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFile, writeWorkspaceFile } from './helpers';
import { lines, ruleOf } from './reviewTestUtils';

const ROOT = 'it/parity';

const TEAM_TEMPLATE = lines(
  '---',
  'id: team',
  'name: Team review',
  'language: en',
  'sections:',
  '  - { id: goals, heading: Wins, aliases: [Highlights] }',
  '  - { id: improvements, heading: Improvements }',
  '  - { id: outlook, heading: Next quarter, goals: true }',
  '---',
  '## Wins',
  '',
  '## Improvements',
  '',
  '## Next quarter',
  '',
);

const teamReview = (employee: string, cycle: string, actual: string, body: string[]) =>
  lines('---', `employee: ${employee}`, 'reviewer: Maria Lopez', `cycle: ${cycle}`, 'status: draft', 'kpis:', `  - { name: Revenue, id: revenue, unit: USD, target: 100, actual: ${actual} }`, '---', '', ...body, '');

const zhReview = (cycle: string, action: string) =>
  lines(
    '---',
    'employee: 明月',
    'reviewer: 王芳',
    `cycle: ${cycle}`,
    'status: draft',
    'template: livestream-ops',
    '---',
    '',
    '## 一、目标达成情况',
    '',
    '观看人数 12000，目标 10000，超额完成，做得很好。',
    '',
    '## 五、改进建议',
    '',
    `- [ ] ${action} 负责人：@明月 截止：2026-10-31`,
    '',
  );

const FILES: Record<string, string> = {
  [`${ROOT}/.mdreviewrc.yaml`]: lines('defaultTemplate: livestream-ops', 'rules:', '  section-missing: info', ''),
  [`${ROOT}/team/.mdreviewrc.json`]: '{ "defaultTemplate": "team", "rules": { "vague-feedback": "error" } }\n',
  [`${ROOT}/team/.mdreview/templates/team.md`]: TEAM_TEMPLATE,
  [`${ROOT}/team/2026-Q2/dana.md`]: teamReview('DANA  lee', '2026-Q2', '120', ['## Wins', '', 'Good job.', '', '## Improvements', '', '- [ ] Launch the creator referral pilot Owner: @dana Due: 2026-08-31', '']),
  [`${ROOT}/team/2026-Q3/dana.md`]: teamReview('Dana Lee', '2026-Q3', '80', ['## Highlights', '', 'The team shipped the new run sheet on 2026-08-12.', '', '## Next quarter', '', '- Grow revenue to 110 by 2026-12-31.', '']),
  [`${ROOT}/reviews/2026-Q2/明月.md`]: zhReview('2026-Q2', '建立直播复盘模板'),
  [`${ROOT}/reviews/2026-Q2/明月-副本.md`]: zhReview('2026-Q2', '整理话术库'),
  [`${ROOT}/reviews/2026-Q3/明月.md`]: zhReview('2026-Q3', '优化开场话术'),
};

const SEVERITY: Record<number, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

interface Row {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const byPosition = (a: Row, b: Row) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

suite('parity: editor and CLI', function () {
  this.timeout(120_000);
  suiteSetup(async () => {
    for (const [path, text] of Object.entries(FILES)) await writeWorkspaceFile(path, text);
  });
  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(workspaceFile(ROOT), { recursive: true, useTrash: false });
  });

  test('the diagnostics of every review equal `mdreview lint --format json`, finding for finding', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const reviews = Object.keys(FILES).filter((p) => p.endsWith('.md') && !p.includes('/.mdreview/'));
    await vscode.commands.executeCommand('mdreview.lintWorkspace');

    const cli = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'cli.js').fsPath;
    const run = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', ROOT], {
      cwd: folder.fsPath,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'en_US.UTF-8', ELECTRON_RUN_AS_NODE: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.ok(run.status === 0 || run.status === 1, `mdreview lint failed (${run.status}): ${run.stderr}`);
    const reports = JSON.parse(run.stdout) as { file: string; findings: Row[] }[];
    assert.deepEqual(reports.map((r) => r.file).sort(), reviews.sort(), 'the CLI lints the same files');

    for (const path of reviews) {
      const shown = vscode.languages
        .getDiagnostics(workspaceFile(path))
        .filter((d) => ruleOf(d) !== undefined)
        .map((d): Row => ({
          ruleId: ruleOf(d)!,
          severity: SEVERITY[d.severity],
          message: d.message,
          line: d.range.start.line + 1,
          column: d.range.start.character + 1,
          endLine: d.range.end.line + 1,
          endColumn: d.range.end.character + 1,
        }))
        .sort(byPosition);
      const printed = reports
        .find((r) => r.file === path)!
        .findings.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn }))
        .sort(byPosition);
      assert.deepEqual(shown, printed, path);
    }

    // The fixture exercises what can differ: history across folded names, the team template, nested configs, a duplicate.
    const rules = (path: string) => reports.find((r) => r.file === path)!.findings.map((f) => `${f.ruleId}:${f.severity}`);
    assert.ok(rules(`${ROOT}/team/2026-Q3/dana.md`).includes('follow-up-missing:warning'), 'Q2 (DANA  lee) is the history of Q3 (Dana Lee)');
    assert.ok(rules(`${ROOT}/team/2026-Q3/dana.md`).some((r) => r.startsWith('kpi-regression-unexplained')), 'revenue fell from 120 to 80');
    const missing = reports.find((r) => r.file === `${ROOT}/team/2026-Q3/dana.md`)!.findings.filter((f) => f.ruleId === 'section-missing');
    assert.ok(missing.some((f) => f.message.includes('Improvements')) && missing.every((f) => f.severity !== 'info'), 'the team template applies; the nearest config wins, unmerged');
    assert.ok(rules(`${ROOT}/reviews/2026-Q3/明月.md`).every((r) => r !== 'section-missing:warning'), 'the parity folder config lowers section-missing for reviews/');
    assert.ok(rules(`${ROOT}/team/2026-Q2/dana.md`).includes('vague-feedback:error'), 'the nearest config (team/) raises vague-feedback');
    assert.ok(!rules(`${ROOT}/reviews/2026-Q3/明月.md`).some((r) => r.startsWith('follow-up-missing')), 'a duplicate Q2 is no history');
  });
});
