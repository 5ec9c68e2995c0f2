// The integration test index: VS Code loads this file (dist-test/integration/index.js) as
// `extensionTestsPath` and calls run() inside the extension host, with the extension under test
// already loaded. It runs every dist-test/integration/suite/*.test.js with mocha (TDD interface:
// suite/test/setup/teardown) and reports through a JSON file, because the runner outside
// (scripts/run-integration.mjs) cannot see the extension host's console directly.
//
// Environment (set by the runner on the server process; the extension host inherits it):
//   MDREVIEW_TEST_RESULTS      path of the results JSON to write
//   MDREVIEW_SCREENSHOT_DIR    see suite/helpers.ts requestScreenshot()
//   MDREVIEW_TEST_GREP         optional: run only tests whose full title matches this regexp
import * as fs from 'node:fs';
import * as path from 'node:path';
import type MochaType from 'mocha';
import * as vscode from 'vscode';

/** What the results file holds; scripts/run-integration.mjs reads it. */
export interface TestRecord {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: { message: string; stack?: string; expected?: string; actual?: string };
}
export interface TestResults {
  /** False while tests run (the file is rewritten after each test), true at the end. */
  done: boolean;
  passed: number;
  failed: number;
  pending: number;
  tests: TestRecord[];
  /** An error outside any test (loading a suite file, mocha itself). */
  error?: string;
  vscodeVersion?: string;
}

export async function run(): Promise<void> {
  const resultsFile = process.env.MDREVIEW_TEST_RESULTS;
  const results: TestResults = { done: false, vscodeVersion: vscode.version, passed: 0, failed: 0, pending: 0, tests: [] };
  // Write then rename, so the runner, which polls the file, never reads half of it.
  const write = () => {
    if (!resultsFile) return;
    fs.writeFileSync(`${resultsFile}.tmp`, JSON.stringify(results, null, 2));
    fs.renameSync(`${resultsFile}.tmp`, resultsFile);
  };
  try {
    // mocha is external to this bundle. Require it by absolute path from the repository's
    // node_modules (dist-test/integration → ../../node_modules) so the workspace or the VS Code
    // install can never supply another copy.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path computed at run time, on purpose (above)
    const Mocha: typeof MochaType = require(path.resolve(__dirname, '..', '..', 'node_modules', 'mocha'));

    const mocha = new Mocha({
      ui: 'tdd',
      timeout: 20_000,
      color: false,
      // 'spec' prints to the extension host's console (forwarded to the browser console and so to
      // test-output/browser-console.log, or to the terminal in the electron route).
      reporter: 'spec',
      grep: process.env.MDREVIEW_TEST_GREP ? new RegExp(process.env.MDREVIEW_TEST_GREP) : undefined,
      // One retry: VS Code's own git extension now and then throws an uncaught EPIPE in the shared extension host,
      // which mocha pins on whichever test runs. Each retry is printed (RETRY …) so a flaky test of ours still shows.
      retries: 1,
    });
    const suiteDir = path.join(__dirname, 'suite');
    const files = fs.existsSync(suiteDir) ? fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort() : [];
    for (const f of files) mocha.addFile(path.join(suiteDir, f));
    write(); // tells the runner that the tests have started

    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('retry', (t: Mocha.Test, err: Error) => console.log(`RETRY ${t.fullTitle()}: ${String(err?.message ?? err).split('\n')[0]}`));
      runner.on('pass', (t) => {
        results.passed++;
        results.tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration });
        write();
      });
      runner.on('fail', (t, err: Error & { expected?: unknown; actual?: unknown; showDiff?: boolean }) => {
        results.failed++;
        results.tests.push({
          title: t.fullTitle(), // for a hook: '"before each" hook for "…"'
          state: 'failed',
          durationMs: t.duration,
          error: {
            message: String(err?.message ?? err),
            stack: err?.stack,
            ...(err?.showDiff !== false && 'expected' in (err ?? {}) ? { expected: fmt(err.expected), actual: fmt(err.actual) } : {}),
          },
        });
        write();
      });
      runner.on('pending', (t) => {
        results.pending++;
        results.tests.push({ title: t.fullTitle(), state: 'pending' });
      });
    });
  } catch (e) {
    results.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    results.failed++;
  }
  results.done = true;
  write();
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
}

function fmt(v: unknown): string {
  if (typeof v === 'string') return v;
  try { return JSON.stringify(v, null, 2); } catch { return String(v); }
}
