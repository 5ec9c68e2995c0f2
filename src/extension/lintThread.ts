// The desktop extension's lint thread (built to dist/lintThread.js, a node worker of the extension host): parses
// and lints documents off the main thread, so typing in a long review never blocks the editor. It holds its own
// workspace model (configs, templates, the person's earlier reviews parsed once); every file it reads is asked of
// the main thread, which reads it as it always did (the editor's copy of open files, workspace.fs otherwise).
import { parentPort } from 'node:worker_threads';
import type { Text } from '../core/i18n';
import { isInside, UnreadableFile, type WorkspaceHost } from '../core/workspace/host';
import { lintInWorkspace, type EditorLintReply, type EditorLintRequest } from '../core/workspace/lintInWorkspace';
import { Workspace } from '../core/workspace/workspace';

export type HostMethod = 'readText' | 'listFiles' | 'markdownFiles';

/** Main thread → lint thread. */
export type ToLintThread =
  /** `supersedable`: an editor version's run, skipped when a newer one for the same document is already queued. */
  | { kind: 'lint'; id: number; request: EditorLintRequest; supersedable: boolean }
  /** Forget what was read (see Workspace.changed); `roots`: the workspace folders, on start and when they change. */
  | { kind: 'changed'; path?: string; listing: boolean; roots?: string[] }
  /** `reason`: an unreadable file's reason in both languages (see UnreadableFile). */
  | { kind: 'host'; id: number; value?: unknown; error?: string; reason?: Text };

/** Lint thread → main thread. `reply` undefined: a newer request for the same document came first. */
export type FromLintThread =
  | { kind: 'lint'; id: number; reply?: EditorLintReply; error?: string }
  | { kind: 'host'; id: number; method: HostMethod; path?: string };

const port = parentPort!;
const post = (message: FromLintThread) => port.postMessage(message);
let roots: string[] = [];
let nextCall = 0;
const calls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function ask<T>(method: HostMethod, path?: string): Promise<T> {
  const id = nextCall++;
  post({ kind: 'host', id, method, path });
  return new Promise((resolve, reject) => calls.set(id, { resolve: resolve as (value: unknown) => void, reject }));
}

const host: WorkspaceHost = {
  readText: (path) => ask('readText', path),
  listFiles: (folder) => ask('listFiles', folder),
  markdownFiles: () => ask('markdownFiles'),
  // The innermost workspace folder holding the path, as vscode.workspace.getWorkspaceFolder answers.
  rootOf: (path) => roots.filter((r) => isInside(path, r)).sort((a, b) => b.length - a.length)[0],
};
const workspace = new Workspace(host, { fallbackRoot: '/' });
/** The newest supersedable lint request per document: older ones still queued are answered as superseded. */
const newest = new Map<string, number>();

async function lint(id: number, request: EditorLintRequest, supersedable: boolean) {
  if (supersedable && newest.get(request.path) !== id) return post({ kind: 'lint', id });
  try {
    post({ kind: 'lint', id, reply: await lintInWorkspace(workspace, request, () => performance.now()) });
  } catch (e) {
    post({ kind: 'lint', id, error: (e as Error).stack ?? String(e) });
  }
}

port.on('message', (message: ToLintThread) => {
  switch (message.kind) {
    case 'lint':
      if (message.supersedable) newest.set(message.request.path, message.id);
      // After the messages already queued: a burst of keystrokes lints only its last text.
      setImmediate(() => void lint(message.id, message.request, message.supersedable));
      break;
    case 'changed':
      if (message.roots) roots = message.roots;
      workspace.changed(message.path, message.listing);
      break;
    case 'host': {
      const call = calls.get(message.id);
      calls.delete(message.id);
      if (message.error !== undefined) call?.reject(message.reason ? new UnreadableFile(message.reason) : new Error(message.error));
      else call?.resolve(message.value);
      break;
    }
  }
});
