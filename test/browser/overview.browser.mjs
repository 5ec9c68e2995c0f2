// Browser check of the Team Overview in the offline VS Code (code-server + headless Chromium): opens it on a
// scratch copy of examples/ from the command palette, then uses the page's own controls as a lead would: the
// cycle picker (2026-Q3 → 2026-Q2) and the CSV and HTML export buttons through VS Code's save dialog. Switches
// to the high-contrast theme through the theme picker and screenshots the table and the heat map to
// test-output/screenshots/overview-high-contrast{,-heatmap}.png; light and dark come from the integration test.
//
//   npm run build && node test/browser/overview.browser.mjs
import { join } from 'node:path';
import { acceptSaveDialog, pickColorTheme, runCommand, runWorkbenchCheck, shots, waitForFile, webviewFrame } from './workbench.mjs';

await runWorkbenchCheck({ name: 'overview', locale: 'en', script: 'overview.js', body: async ({ page, workspace, check }) => {
  await runCommand(page, 'workbench.action.showCommands', '>mdreview: Open Team Overview', 'Open Team Overview');
  const frame = await webviewFrame(page, '.controls', 90_000);
  const shown = () => frame.evaluate(() => ({ title: document.querySelector('h1')?.textContent ?? '', employees: [...document.querySelectorAll('table tbody tr')].map((r) => r.querySelector('td')?.textContent ?? '') }));
  const q3 = await shown();
  check(/2026-Q3/.test(q3.title), `opens on the latest cycle (${q3.title})`);
  check(q3.employees.length === 4, `2026-Q3 has four rows (${q3.employees.join(', ')})`);

  // The cycle picker: the page asks for 2026-Q2 and draws its rows (王磊 was reviewed then).
  await frame.selectOption('.controls select', '2026-Q2');
  // The table paints from the frontmatter first; wait until every row is checked.
  await frame.waitForFunction(() => /2026-Q2/.test(document.querySelector('h1')?.textContent ?? '') && !document.querySelector('tr.pending'), undefined, { timeout: 30_000 });
  const q2 = await shown();
  check(q2.employees.some((e) => e.includes('王磊')) && !q2.employees.some((e) => e.includes('陈静')), `the cycle picker shows 2026-Q2 (${q2.employees.join(', ')})`);

  // The export buttons: VS Code's save dialog proposes team-overview-<cycle>.<ext> in the workspace folder.
  for (const [button, ext, expect] of [['button.export-csv', 'csv', (t) => t.startsWith('\uFEFFEmployee,File,Status') && t.includes('王磊')], ['button.export-html', 'html', (t) => t.includes('<svg class="heatmap"') && t.includes('2026-Q2')]]) {
    const name = `team-overview-2026-Q2.${ext}`;
    await frame.click(button);
    await acceptSaveDialog(page, name);
    const bytes = await waitForFile(join(workspace, name), 20_000);
    check(!!bytes && expect(bytes.toString('utf8')), `${button} saves ${name} (${bytes ? `${bytes.length} bytes` : 'no file'})`);
  }

  // High contrast: the heat map keeps its bands apart by outline and dash, not by fill.
  await frame.selectOption('.controls select', '2026-Q3');
  await frame.waitForFunction(() => /2026-Q3/.test(document.querySelector('h1')?.textContent ?? '') && !!document.querySelector('svg.heatmap'), undefined, { timeout: 30_000 });
  await pickColorTheme(page, 'Default Light Modern', 'Default High Contrast');
  const switched = await frame.waitForFunction(() => document.body.classList.contains('vscode-high-contrast'), undefined, { timeout: 30_000 }).then(() => true).catch(() => false);
  check(switched, 'the page follows the high-contrast theme');
  await page.waitForTimeout(800);
  const cells = await frame.evaluate(() => [...document.querySelectorAll('svg.heatmap .cell')].map((g) => {
    const style = getComputedStyle(g.querySelector('rect'));
    return { band: [...g.classList].find((c) => c.startsWith('band-')), fill: style.fill, stroke: style.stroke, dash: style.strokeDasharray };
  }));
  check(cells.length >= 20 && cells.every((c) => c.fill === 'none' || /rgba\(0, 0, 0, 0\)|transparent/.test(c.fill)), `high-contrast cells are outlined, not filled (${cells.length} cells)`);
  const dashes = new Map(cells.map((c) => [c.band, c.dash]));
  check(new Set(['band-met', 'band-near', 'band-missed'].filter((b) => dashes.has(b)).map((b) => dashes.get(b))).size === ['band-met', 'band-near', 'band-missed'].filter((b) => dashes.has(b)).length, `bands differ by dash pattern (${[...dashes].map(([b, d]) => `${b}: ${d}`).join('; ')})`);
  await page.screenshot({ path: join(shots, 'overview-high-contrast.png') });
  await frame.evaluate(() => document.querySelector('svg.heatmap')?.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(shots, 'overview-high-contrast-heatmap.png') });
} });
