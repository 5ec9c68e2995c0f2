// The web pass's test entry. scripts/run-web.mjs copies this bundle (dist-test/web/index.js) into a browser-only copy
// of the extension and VS Code calls run() in the browser's web worker extension host, where nothing but `vscode`
// can be required: no mocha, no Node. The tests of ./suite run in order; results go to
// `.mdreview-web-test/results.json` in the workspace (through workspace.fs; the runner reads it on disk) and the
// exit code reaches the runner through the page's window.codeAutomationExit.
import * as vscode from 'vscode';
import { workspaceFile } from '../integration/suite/helpers';
import { WEB_CHANNEL_DIR } from '../integration/suite/screenshot.web';
import { TESTS } from './suite';

interface WebTestRecord {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  note?: string;
  error?: string;
}

function withTimeout<T>(work: Promise<T>, ms: number, title: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${title}" did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function run(): Promise<void> {
  const results = { done: false, vscodeVersion: vscode.version, passed: 0, failed: 0, tests: [] as WebTestRecord[] };
  const resultsFile = workspaceFile(`${WEB_CHANNEL_DIR}/results.json`);
  const write = () => vscode.workspace.fs.writeFile(resultsFile, new TextEncoder().encode(JSON.stringify(results, null, 2)));
  await write(); // tells the runner that the tests have started
  for (const test of TESTS) {
    const started = Date.now();
    try {
      const note = await withTimeout(test.run(), test.timeoutMs ?? 60_000, test.title);
      results.passed++;
      results.tests.push({ title: test.title, state: 'passed', durationMs: Date.now() - started, ...(note ? { note } : {}) });
    } catch (e) {
      results.failed++;
      results.tests.push({ title: test.title, state: 'failed', durationMs: Date.now() - started, error: (e as Error)?.stack ?? String(e) });
    }
    await write();
  }
  results.done = true;
  await write();
  if (results.failed > 0) throw new Error(`${results.failed} web test(s) failed`);
}
