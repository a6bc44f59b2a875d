import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Requests } from '../../server/src/protocol.js';

let current: () => LanguageClient | undefined = () => undefined;
let log: vscode.LogOutputChannel | undefined;

/** Where the requests go: the language client of the moment (a restart replaces it). */
export function useLanguageClient(client: () => LanguageClient | undefined, output: vscode.LogOutputChannel): void {
  current = client;
  log = output;
}

/**
 * Asks the language server. Undefined when there is none or it does not answer (stopped, restarting,
 * failed): callers then show less, never something wrong.
 */
export async function ask<M extends keyof Requests>(method: M, params: Requests[M]['params']): Promise<Requests[M]['result'] | undefined> {
  const client = current();
  if (!client) return undefined;
  try {
    return await client.sendRequest<Requests[M]['result']>(method, params);
  } catch (e) {
    log?.warn(`${method} failed: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}
