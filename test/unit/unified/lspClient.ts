// A scripted LSP client over stdio: JSON-RPC with Content-Length framing, as an editor speaks it to a server.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

interface RpcMessage {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  codeDescription?: { href: string };
  data?: unknown;
}

export interface PublishDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnostics[] = [];
  private readonly waiters: { test: (p: PublishDiagnostics) => boolean; resolve: (p: PublishDiagnostics) => void }[] = [];
  stderr = '';

  /**
   * `settings`: what `workspace/configuration` answers for each section asked (as Neovim answers from its client's
   * `settings`); the client advertises that capability only when given them.
   */
  constructor(command: string, args: string[], private readonly options: { cwd: string; env: NodeJS.ProcessEnv; settings?: Record<string, unknown> }) {
    this.child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.child.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code}) before answering; stderr: ${this.stderr}`));
      this.pending.clear();
    });
  }

  private send(message: RpcMessage): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as RpcMessage);
    }
  }

  private dispatch(message: RpcMessage): void {
    if (message.method === undefined) {
      const waiting = this.pending.get(Number(message.id));
      this.pending.delete(Number(message.id));
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
      return;
    }
    // A request from the server (registerCapability, configuration…): answered as an editor would.
    if (message.id !== undefined) {
      const items = message.method === 'workspace/configuration' ? (message.params as { items: { section?: string }[] }).items : undefined;
      const result = items ? items.map((item) => (item.section === undefined ? this.options.settings : this.options.settings?.[item.section]) ?? null) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    }
    if (message.method === 'textDocument/publishDiagnostics') {
      const params = message.params as PublishDiagnostics;
      this.published.push(params);
      for (const [i, w] of [...this.waiters.entries()].reverse()) {
        if (!w.test(params)) continue;
        this.waiters.splice(i, 1);
        w.resolve(params);
      }
    }
  }

  /** The client capabilities to send in `initialize`. */
  get capabilities(): Record<string, unknown> {
    return this.options.settings ? { workspace: { configuration: true, workspaceFolders: true } } : {};
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first publishDiagnostics (already received or to come) that `test` accepts; fails after `ms`. */
  diagnostics(test: (p: PublishDiagnostics) => boolean, ms = 10_000): Promise<PublishDiagnostics> {
    const seen = this.published.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching publishDiagnostics within ${ms} ms; got ${JSON.stringify(this.published.map((p) => [p.uri, p.version]))}; stderr: ${this.stderr}`)), ms);
      this.waiters.push({
        test,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  /** shutdown + exit, then the process's exit code (killed if it does not exit within a few seconds). */
  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    try {
      if (this.child.exitCode === null) {
        await Promise.race([this.request('shutdown', null), new Promise((resolve) => setTimeout(resolve, 3000))]);
        this.notify('exit', null);
      }
    } catch {
      // Already gone: the exit code says how.
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  }
}
