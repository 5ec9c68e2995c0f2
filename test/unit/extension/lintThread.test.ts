// The editor's lint off the main thread: lintInWorkspace (what both the desktop's lint thread and the web extension
// run) and the lint thread itself (dist/lintThread.js, built by `npm run build`) driven over its messages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { lintDocument } from '../../../src/core/lint/lint';
import { parse } from '../../../src/core/parse/parse';
import { isInside, parentOf, type WorkspaceHost } from '../../../src/core/workspace/host';
import { lintInWorkspace, type EditorLintReply, type EditorLintRequest } from '../../../src/core/workspace/lintInWorkspace';
import { Workspace } from '../../../src/core/workspace/workspace';
import type { FromLintThread, ToLintThread } from '../../../src/extension/lintThread';

const ROOT = resolve(__dirname, '../../..');
const example = (cycle: string) => readFileSync(resolve(ROOT, 'examples/reviews', cycle, 'Alex Chen.md'), 'utf8');
const PREVIOUS = '/ws/reviews/2026-Q2/Alex Chen.md';
const CURRENT = '/ws/reviews/2026-Q3/Alex Chen.md';
const FILES: Record<string, string> = { [PREVIOUS]: example('2026-Q2'), [CURRENT]: example('2026-Q3') };

/** The two cycles of one person in a folder `/ws`; `reads` records every file read. */
function host(): WorkspaceHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readText: async (path) => (reads.push(path), FILES[path]),
    listFiles: async (folder) => Object.keys(FILES).filter((p) => parentOf(p) === folder).map((p) => p.slice(folder.length + 1)),
    rootOf: (path) => (isInside(path, '/ws') ? '/ws' : undefined),
    markdownFiles: async () => Object.keys(FILES),
  };
}

// An unsaved edit: the request's text, not the file's, is what gets linted.
const request = (text = `${FILES[CURRENT]}\n补充。\n`): EditorLintRequest => ({ path: CURRENT, text, severities: {}, defaultTemplate: '', locale: 'en' });
const shape = (reply: EditorLintReply) => reply.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character} ${f.message}`);

test('lintInWorkspace: the findings of the text with the earlier cycle as history, as plain data', async () => {
  const h = host();
  const reply = await lintInWorkspace(new Workspace(h, { fallbackRoot: '/' }), request(), () => performance.now());
  const expected = lintDocument(parse(request().text), { locale: 'en', history: [parse(FILES[PREVIOUS])] });
  assert.deepEqual(shape(reply), expected.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.character} ${f.message}`));
  assert.ok(reply.findings.some((f) => f.ruleId === 'kpi-regression-unexplained'), 'a cross-cycle rule saw the history');
  assert.ok(!h.reads.includes(CURRENT), 'the linted file is not read or parsed a second time');
  assert.equal(reply.locale, 'en');
  assert.equal(reply.summary.employee, 'Alex Chen');
  assert.equal(reply.summary.findings.warning + reply.summary.findings.error + reply.summary.findings.info + reply.summary.findings.hint, reply.findings.length);
  assert.equal(reply.bodyStartLine, FILES[CURRENT].split('\n').indexOf('---', 1) + 1);
  // What crosses from the lint thread must survive a structured clone unchanged.
  assert.deepEqual(structuredClone(reply), reply);
});

test('lint thread: reads files through the main thread, skips superseded runs, never skips other runs', async () => {
  const h = host();
  const worker = new Worker(resolve(ROOT, 'dist/lintThread.js'));
  const replies = new Map<number, FromLintThread & { kind: 'lint' }>();
  const send = (message: ToLintThread) => worker.postMessage(message);
  const done = new Promise<void>((resolvePromise, reject) => {
    worker.on('error', reject);
    worker.on('message', async (message: FromLintThread) => {
      if (message.kind === 'lint') {
        replies.set(message.id, message);
        if (replies.size === 3) resolvePromise();
        return;
      }
      const value = message.method === 'readText' ? await h.readText(message.path!) : message.method === 'listFiles' ? await h.listFiles(message.path!) : await h.markdownFiles();
      send({ kind: 'host', id: message.id, value });
    });
  });
  send({ kind: 'changed', listing: true, roots: ['/ws'] });
  send({ kind: 'lint', id: 1, request: request(), supersedable: true });
  send({ kind: 'lint', id: 2, request: request(), supersedable: true });
  send({ kind: 'lint', id: 3, request: request(), supersedable: false });
  await done;
  await worker.terminate();
  const inProcess = await lintInWorkspace(new Workspace(host(), { fallbackRoot: '/' }), request(), () => performance.now());
  assert.equal(replies.get(1)!.reply, undefined, 'the older run was skipped');
  assert.deepEqual(shape(replies.get(2)!.reply!), shape(inProcess));
  assert.deepEqual(shape(replies.get(3)!.reply!), shape(inProcess));
  assert.ok(h.reads.includes(PREVIOUS) && !h.reads.includes(CURRENT));
});
