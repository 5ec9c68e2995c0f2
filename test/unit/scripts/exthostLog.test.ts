import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extensionErrorsInLog } from '../../../scripts/exthost-log.mjs';

// A checkout in a folder named mdreview: every path in the log contains the word.
const repo = '/home/ana/src/mdreview';
const ours = { extensionId: 'mdreview.mdreview', bundleDir: `${repo}/dist` };

const gitFailure = `2026-12-01 10:00:01.123 [error] [Window] Git: Failed to open repository
Error: spawn git ENOENT
    at ChildProcess._handle.onexit (node:internal/child_process:286:19)
    at Object.<anonymous> (${repo}/.vscode-host/node_modules/code-server/lib/vscode/extensions/git/dist/main.js:2:1234)`;
const ourStack = `2026-12-01 10:00:02.456 [error] TypeError: Cannot read properties of undefined (reading 'kpis')
    at buildModel (${repo}/dist/extension.js:12:3456)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`;
const activation = `2026-12-01 10:00:03.000 [error] Activating extension mdreview.mdreview failed due to an error:`;
const byId = `2026-12-01 10:00:04.000 [error] [mdreview.mdreview] provider FAILED`;
const infoAboutUs = `2026-12-01 10:00:05.000 [info] ExtensionService#_doActivateExtension mdreview.mdreview, startup: false`;
const otherInWorkspace = `2026-12-01 10:00:06.000 [error] [vscode.markdown-language-features] cannot read ${repo}/examples/reviews/a.md`;
const log = [gitFailure, ourStack, activation, byId, infoAboutUs, otherInWorkspace].join('\n');

test('errors of other extensions under a checkout named mdreview are not ours', () => {
  const found = extensionErrorsInLog(log, ours);
  assert.ok(!found.some((e) => e.includes('Git: Failed')), 'the git extension error was attributed to mdreview');
  assert.ok(!found.some((e) => e.includes('markdown-language-features')));
});

test('errors with our id or a stack through our bundle are ours, other levels are not', () => {
  assert.deepEqual(extensionErrorsInLog(log, ours), [ourStack, activation, byId]);
});

test('a folder named like the id is not the id', () => {
  const sample = `2026-12-01 10:00:01.000 [error] ENOENT: /srv/mdreview.mdreview/.vscode-host/x.js`;
  assert.deepEqual(extensionErrorsInLog(sample, ours), []);
});

test('Windows paths and CRLF line ends', () => {
  const win = { extensionId: 'mdreview.mdreview', bundleDir: 'C:\\Users\\ana\\mdreview\\dist' };
  const sample = [
    '2026-12-01 10:00:01.000 [error] Error: boom',
    '    at f (C:\\Users\\ana\\mdreview\\dist\\engine.js:1:2)',
    '2026-12-01 10:00:02.000 [error] Error: other',
    '    at g (C:\\Users\\ana\\mdreview\\.vscode-host\\git.js:1:2)',
  ].join('\r\n');
  const found = extensionErrorsInLog(sample, win);
  assert.equal(found.length, 1);
  assert.match(found[0], /engine\.js/);
});
