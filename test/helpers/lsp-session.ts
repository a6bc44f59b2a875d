import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILE_PROBLEMS, type ConfigFileProblemsParams, type Requests } from '../../server/src/protocol.js';
import { LspClient, type Diagnostic } from './lsp-client.js';

export interface SessionOptions {
  /** The `gongwen` settings the client answers `workspace/configuration` with, read at each request. */
  readonly settings?: () => unknown;
  readonly initializationOptions?: unknown;
  readonly execArgv?: readonly string[];
  readonly rootPath?: string;
}

/** A started and initialized server, as VS Code would drive it (settings pulled, showDocument supported). */
export async function startSession(options: SessionOptions = {}): Promise<LspClient> {
  const client = new LspClient(['--stdio'], { execArgv: options.execArgv ?? [] });
  client.onRequest = (method, params) => {
    if (method === 'workspace/configuration') return (params as { items: unknown[] }).items.map(() => options.settings?.() ?? {});
    return null;
  };
  await client.request('initialize', {
    processId: process.pid,
    rootUri: options.rootPath ? pathToFileURL(options.rootPath).href : null,
    locale: 'zh-cn',
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      window: { showDocument: { support: true } },
    },
    ...(options.initializationOptions !== undefined && { initializationOptions: options.initializationOptions }),
  });
  client.notify('initialized', {});
  return client;
}

/**
 * A server whose workspace is a fresh temporary folder, for the tests of one file: started before
 * them; shut down, and the folder removed, after them (`beforeRemove` first, e.g. to unlock a folder).
 */
export function folderSession(prefix: string, options: { readonly settings?: () => unknown; readonly beforeRemove?: (dir: string) => void } = {}) {
  let client: LspClient | undefined;
  let dir: string | undefined;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    client = await startSession({ settings: options.settings, rootPath: dir });
  });
  after(async () => {
    await client?.shutdown();
    if (dir) {
      options.beforeRemove?.(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const session = {
    get client(): LspClient {
      return client!;
    },
    get dir(): string {
      return dir!;
    },
    /** One of our requests (protocol.ts), typed. */
    ask<M extends keyof Requests>(method: M, params: Requests[M]['params']): Promise<Requests[M]['result']> {
      return session.client.request<Requests[M]['result']>(method, params);
    },
    /** Writes a file under the folder (and its folders); its `file:` URI. */
    file(name: string, content: Uint8Array | string): string {
      const path = join(session.dir, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, content);
      return pathToFileURL(path).href;
    },
  };
  return session;
}

/** Opens a document and waits for its first diagnostics. */
export async function openDocument(client: LspClient, uri: string, text: string, languageId = 'plaintext', version = 1): Promise<Diagnostic[]> {
  const from = client.notifications.length;
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  return client.diagnostics(uri, from, version);
}

/** Replaces a document's whole text and waits for the new version's diagnostics. */
export async function replaceText(client: LspClient, uri: string, text: string, version: number): Promise<Diagnostic[]> {
  const from = client.notifications.length;
  client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  return client.diagnostics(uri, from, version);
}

/** The messages the server asked the client to show (`window/showMessageRequest`) after `from`. */
export function shownMessages(client: LspClient, from = 0): { type: number; message: string }[] {
  return client.sent('window/showMessageRequest', from).map((m) => {
    const { type, message } = m.params as { type: number; message: string };
    return { type, message };
  });
}

/** The LSP range of the first occurrence of `snippet` in `source` (one line, no CR). */
export function rangeOf(source: string, snippet: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = source.indexOf(snippet, at + 1);
  if (at < 0) throw new Error(`${snippet} not in the source`);
  const line = source.slice(0, at).split('\n').length - 1;
  const character = at - (source.lastIndexOf('\n', at - 1) + 1);
  return { start: { line, character }, end: { line, character: character + snippet.length } };
}

/** The config file problems the server sent for the client to announce (`gongwen/configFileProblems`) after `from`. */
export function announcedProblems(client: LspClient, from = 0): ConfigFileProblemsParams[] {
  return client.sent(CONFIG_FILE_PROBLEMS, from).map((m) => m.params as ConfigFileProblemsParams);
}
