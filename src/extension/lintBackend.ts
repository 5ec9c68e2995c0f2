// Where the editor's lint runs on the desktop: a worker thread (dist/lintThread.js), so parsing and rules never
// block the extension host's main thread, which every extension shares. The main thread only answers the
// thread's file reads and forwards what changed. The web extension lints inline (lintBackend.web.ts).
import * as vscode from 'vscode';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UnreadableFile } from '../core/workspace/host';
import type { EditorLintReply, EditorLintRequest } from '../core/workspace/lintInWorkspace';
import type { FromLintThread, HostMethod, ToLintThread } from './lintThread';
import type { ReviewWorkspace } from './workspace/reviewWorkspace';

export interface LintBackend extends vscode.Disposable {
  /**
   * Lints a document. `supersedable`: an editor version's run, skipped (undefined) when a newer supersedable run
   * for the same document is asked for before it starts.
   */
  lint(request: EditorLintRequest, supersedable: boolean): Promise<EditorLintReply | undefined>;
}

type Pending = { resolve: (reply: EditorLintReply | undefined) => void; reject: (error: Error) => void };

export function createLintBackend(workspace: ReviewWorkspace): LintBackend {
  return new ThreadBackend(workspace);
}

const roots = () => (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.path);

class ThreadBackend implements LintBackend {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly workspace: ReviewWorkspace) {
    this.subscription = workspace.onDidForget(({ path, listing }) => this.worker && this.send({ kind: 'changed', path, listing, ...(path === undefined ? { roots: roots() } : {}) }));
  }

  lint(request: EditorLintRequest, supersedable: boolean): Promise<EditorLintReply | undefined> {
    const id = this.nextId++;
    const reply = new Promise<EditorLintReply | undefined>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.send({ kind: 'lint', id, request, supersedable });
    return reply;
  }

  private send(message: ToLintThread) {
    this.thread().postMessage(message);
  }

  /** The lint thread, started on first use and again after it died (its model starts empty: nothing to forward). */
  private thread(): Worker {
    if (this.worker) return this.worker;
    this.workspace.watch();
    const worker = new Worker(join(__dirname, 'lintThread.js'));
    worker.on('message', (message: FromLintThread) => void this.receive(worker, message));
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the lint thread stopped (exit code ${code})`)));
    worker.unref();
    this.worker = worker;
    worker.postMessage({ kind: 'changed', listing: true, roots: roots() } satisfies ToLintThread);
    return worker;
  }

  private async receive(worker: Worker, message: FromLintThread) {
    if (message.kind === 'lint') {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) p?.reject(new Error(message.error));
      else p?.resolve(message.reply);
      return;
    }
    let answer: ToLintThread;
    try {
      answer = { kind: 'host', id: message.id, value: await this.read(message.method, message.path) };
    } catch (e) {
      answer = { kind: 'host', id: message.id, error: (e as Error).message, ...(e instanceof UnreadableFile && { reason: e.reason }) };
    }
    if (this.worker === worker) worker.postMessage(answer);
  }

  private read(method: HostMethod, path: string | undefined): Promise<unknown> {
    const host = this.workspace.host;
    switch (method) {
      case 'readText':
        return host.readText(path!);
      case 'listFiles':
        return host.listFiles(path!);
      case 'markdownFiles':
        return host.markdownFiles();
    }
  }

  dispose() {
    this.subscription.dispose();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
