import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.js';

type Message = { id?: number | string; method?: string; params?: unknown; result?: unknown; error?: unknown };
type Waiter = { match: (m: Message) => boolean; resolve: (m: Message) => void };

/**
 * A minimal LSP client over stdio for tests: frames messages, answers the server's requests
 * through `onRequest`, and lets a test wait for a notification (never for a fixed time).
 */
export class LspClient {
  readonly child: ChildProcessWithoutNullStreams;
  /** Every notification and request the server sent, in order. */
  readonly notifications: Message[] = [];
  stderr = '';
  onRequest: (method: string, params: unknown) => unknown = () => null;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private waiters: Waiter[] = [];

  /** `execArgv` goes to node before the server script, e.g. `['--require', preload]`. */
  constructor(args: string[] = ['--stdio'], options: { execArgv?: readonly string[] } = {}) {
    this.child = spawn(process.execPath, [...(options.execArgv ?? []), join(ROOT, 'dist/server.js'), ...args]);
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) =>
      this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T))),
    );
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first notification (already received or still to come) that matches, or a timeout error. */
  waitFor(match: (m: Message) => boolean, timeoutMs = 10_000, from = 0): Promise<Message> {
    const seen = this.notifications.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching notification within ${timeoutMs} ms; stderr: ${this.stderr}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Every notification and request of `method` the server sent after the notification count `from`. */
  sent(method: string, from = 0): Message[] {
    return this.notifications.slice(from).filter((n) => n.method === method);
  }

  /** Waits for the diagnostics of `uri` published after the notification count `from`. */
  async diagnostics(uri: string, from: number, version?: number): Promise<Diagnostic[]> {
    const m = await this.waitFor(
      (n) =>
        n.method === 'textDocument/publishDiagnostics' &&
        (n.params as { uri: string }).uri === uri &&
        (version === undefined || (n.params as { version?: number }).version === version),
      10_000,
      from,
    );
    return (m.params as { diagnostics: Diagnostic[] }).diagnostics;
  }

  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    const exited = new Promise<number | null>((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.notify('exit', null);
    return exited;
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method !== undefined) {
      this.notifications.push(message);
      for (const waiter of this.waiters.filter((w) => w.match(message))) {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        waiter.resolve(message);
      }
    }
    if (message.method !== undefined && message.id !== undefined) {
      let result: unknown = null;
      try {
        result = this.onRequest(message.method, message.params);
      } catch {
        result = null;
      }
      this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null });
    } else if (typeof message.id === 'number') {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    }
  }
}

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
  data?: { version: number; data?: Record<string, unknown> };
}
