import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../../src/core/lint/lint';
import { buildCycleReport } from '../../../src/core/report/cycleReport';
import { reportCsv } from '../../../src/core/report/csv';
import { reportHtml } from '../../../src/core/report/html';
import { reportMarkdown } from '../../../src/core/report/markdown';
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
