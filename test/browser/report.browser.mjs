// Browser check of `mdreview report --format html`: the file made from a scratch copy of examples/ is
// opened in headless Chromium (file://). It must load nothing besides itself, log no console error, draw
// both charts, and it is screenshotted in the light and dark colour schemes and in print layout to
// test-output/screenshots/report-{light,dark,print}.png.
//
//   npm run build && node test/browser/report.browser.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, repoRoot } from '../../scripts/vscode-host.mjs';

const shots = join(repoRoot, 'test-output', 'screenshots');
mkdirSync(shots, { recursive: true });
const failures = [];
const check = (ok, what) => {
  console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};

const scratch = mkdtempSync(join(tmpdir(), 'mdr-report-'));
cpSync(join(repoRoot, 'examples'), scratch, { recursive: true });
const file = join(scratch, 'team.html');
const run = spawnSync(process.execPath, [join(repoRoot, 'dist/cli.js'), 'report', '--format', 'html', '--locale', 'zh', '--cycle', '2026-Q3', '-o', file], { cwd: scratch, encoding: 'utf8' });
check(run.status === 1, `mdreview report exits as lint does (1: a draft has an error), got ${run.status} ${run.stderr}`);

const browser = await launchBrowser();
try {
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    const requests = [];
    const errors = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = pathToFileURL(file).href;
    await page.goto(url);
    check(requests.every((r) => r === url), `${scheme}: no request but the file itself (${requests.length} requests)`);
    check(errors.length === 0, `${scheme}: no console errors or warnings ${errors.join(' | ')}`);
    const drawn = await page.evaluate(() => ({
      cells: document.querySelectorAll('svg.heatmap .cell rect').length,
      bars: [...document.querySelectorAll('svg.distribution .bar rect')].filter((r) => r.getBoundingClientRect().height > 2).length,
      rows: document.querySelectorAll('tbody tr').length,
      missing: document.body.textContent.includes('王磊'),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    check(drawn.cells >= 4 * 5, `${scheme}: heat map has a cell per person and KPI (${drawn.cells})`);
    check(drawn.bars >= 2, `${scheme}: distribution has bars (${drawn.bars})`);
    check(drawn.rows === 4, `${scheme}: table has the four 2026-Q3 reviews (${drawn.rows})`);
    check(drawn.missing, `${scheme}: 王磊 is listed as missing`);
    check(scheme === 'dark' ? drawn.background !== 'rgb(255, 255, 255)' : drawn.background === 'rgb(255, 255, 255)', `${scheme}: background ${drawn.background}`);
    await page.screenshot({ path: join(shots, `report-${scheme}.png`), fullPage: true });
    if (scheme === 'light') {
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(shots, 'report-print.png'), fullPage: true });
      const pdf = await page.pdf({ format: 'A4', landscape: true });
      check(pdf.length > 10_000, `prints to PDF (${pdf.length} bytes)`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(failures.length ? `report browser check: ${failures.length} failed` : 'report browser check: all passed');
process.exit(failures.length ? 1 : 0);
