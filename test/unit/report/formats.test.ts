import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import { buildCycleReport } from '../../../src/core/report/cycleReport';
import { reportCsv } from '../../../src/core/report/csv';
import { reportHtml } from '../../../src/core/report/html';
import { reportMarkdown, reportNotesLine } from '../../../src/core/report/markdown';
import { summarizeReview } from '../../../src/core/report/summary';
import { csvCell } from '../../../src/core/text/csv';

function report(employee: string, file = 'a.md') {
  const text = `---\nemployee: '${employee}'\nreviewer: R\ncycle: 2026-Q3\nstatus: draft\nkpis:\n  - { name: "GMV|<b>", target: 100, actual: 104 }\n---\n# x\n`;
  const { doc, findings } = lint(text);
  return buildCycleReport([summarizeReview(file, doc, findings, {})]);
}

test('CSV cells that a spreadsheet would run as formulas are neutralised; numbers stay numbers', () => {
  for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) assert.ok(csvCell(s).replace(/^"/, '').startsWith("'"), JSON.stringify(s));
  assert.equal(csvCell(-5), '-5');
  assert.equal(csvCell('a,b'), '"a,b"');
  const csv = reportCsv(report('=HYPERLINK("x")'), 'en');
  assert.ok(csv.startsWith('\uFEFFEmployee,File,Status'));
  assert.match(csv, /\r\n"'=HYPERLINK\(""x""\)",a\.md,draft,open,/);
  assert.ok(csv.split('\r\n')[0].endsWith('GMV|<b> %'));
  assert.match(csv, /,104\r\n$/);
});

test('Markdown escapes pipes and angle brackets inside cells', () => {
  const md = reportMarkdown(report('A|B <script>'), 'en');
  assert.match(md, /\| A\\\|B &lt;script&gt; \| a\.md \| draft \| open \|/);
  assert.match(md, /^## Team overview · 2026-Q3$/m);
  assert.match(reportMarkdown(report('张伟'), 'zh'), /^## 团队概览 · 2026-Q3$/m);
});

test('HTML escapes review text, carries its own CSP and loads nothing', () => {
  const html = reportHtml(report('<img src=x onerror=alert(1)>'), 'en', { version: '0' });
  assert.ok(!html.includes('<img'));
  assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62;/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.ok(!/<script|src=|href=|url\(/i.test(html.replace(/&#60;img src=x/g, '')));
  assert.match(html, /<svg class="heatmap"/);
  assert.match(html, /<svg class="distribution"/);
});

function twoCycles(kpiName: (employee: string) => string) {
  const review = (employee: string, cycle: string, actual: number) =>
    `---\nemployee: ${employee}\nreviewer: R\ncycle: ${cycle}\nstatus: draft\nkpis:\n  - { id: gmv, name: ${kpiName(employee)}, target: 100, actual: ${actual} }\n---\n# x\n`;
  const summaries = [['张伟', 'Q2', 90], ['张伟', 'Q3', 104], ['Alex', 'Q3', 96], ['Bo', 'Q3', 110]].map(([employee, q, actual]) => {
    const { doc, findings } = lint(review(String(employee), `2026-${q}`, Number(actual)));
    return summarizeReview(`${q}/${employee}.md`, doc, findings, {});
  });
  return buildCycleReport(summaries);
}

test('the notes under the summary line are whole sentences in both languages (average, then the cycle compared with)', () => {
  const report = twoCycles(() => 'GMV');
  assert.equal(reportNotesLine(report, 'en'), 'Average overall attainment: 103%. Change is against 2026-Q2.');
  assert.equal(reportNotesLine(report, 'zh'), '平均总体达成率：103%。变化与 2026-Q2 相比。');
  assert.match(reportHtml(report, 'en', { version: '0' }), /<p class="muted">Average overall attainment: 103%\. Change is against 2026-Q2\.<\/p>/);
  assert.match(reportMarkdown(report, 'zh'), /^平均总体达成率：103%。$/m);
});

test('a KPI shared by id under different names: each cell under its own name, the column under all of them', () => {
  const report = twoCycles((employee) => (employee === '张伟' ? '销售额' : 'GMV'));
  assert.deepEqual(report.kpis.map((k) => [k.key, k.name, k.count]), [['id:gmv', 'GMV / 销售额', 3]]);
  const html = reportHtml(report, 'en', { version: '0' });
  assert.match(html, /<title>张伟 · 销售额: 104%<\/title>/);
  assert.match(html, /<title>Alex · GMV: 96%<\/title>/);
  assert.match(html, /<title>GMV \/ 销售额<\/title>/);
  assert.ok(reportCsv(report, 'en').split('\r\n')[0].endsWith(',GMV / 销售额 %'));
});
