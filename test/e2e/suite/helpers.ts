import assert from 'node:assert/strict';
import { existsSync, renameSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'gongwen-lint.gongwen-lint';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'gongwen');
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/**
 * Resolves with the document's diagnostics as soon as they satisfy `ready` — now, or on a later
 * diagnostics event. Never a fixed wait: the timeout only turns a hang into a failure.
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 20_000,
  /** Whose diagnostics: ours by default; every source's for other language services. */
  of: (uri: vscode.Uri) => vscode.Diagnostic[] = ours,
): Promise<vscode.Diagnostic[]> {
  const now = of(uri);
  if (ready(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`diagnostics of ${uri.path} did not reach the expected state in ${timeoutMs} ms; last: ${JSON.stringify(of(uri).map((d) => [codeOf(d), d.message]))}`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = of(uri);
      if (!ready(diagnostics)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(diagnostics);
    });
  });
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

/**
 * Asks the launcher for a screenshot of the workbench once `selector` is on screen, and waits for
 * it (an event on the signal folder). Without the launcher (desktop VS Code) it does nothing.
 */
export async function screenshot(name: string, selector = ''): Promise<void> {
  const dir = process.env['GONGWEN_E2E_SIGNALS'];
  if (!dir || !existsSync(dir)) return;
  // Toasts left by earlier scenarios (a bad config file on purpose) would cover the picture.
  await vscode.commands.executeCommand('notifications.clearAll');
  const done = join(dir, `${name}.done`);
  rmSync(done, { force: true });
  return new Promise((resolve, reject) => {
    const watcher = watch(dir, () => {
      if (!existsSync(done)) return;
      clearTimeout(timer);
      watcher.close();
      resolve();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`screenshot ${name} was not taken`));
    }, 30_000);
    // Written aside and renamed: the launcher must never read a request before its selector is in it.
    writeFileSync(join(dir, `${name}.request.tmp`), selector);
    renameSync(join(dir, `${name}.request.tmp`), join(dir, `${name}.request`));
  });
}

/**
 * Resolves with `read()` once `ready` holds for it — now, or after one of `events`. Never a fixed
 * wait: the timeout only turns a hang into a failure.
 */
export function when<T>(read: () => T, ready: (value: T) => boolean, events: vscode.Event<unknown>[], what: string, timeoutMs = 20_000): Promise<T> {
  const now = read();
  if (ready(now)) return Promise.resolve(now);
  return new Promise((resolve, reject) => {
    const listeners: vscode.Disposable[] = [];
    const done = () => {
      clearTimeout(timer);
      for (const l of listeners) l.dispose();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`${what}: not reached in ${timeoutMs} ms; last: ${JSON.stringify(read())}`));
    }, timeoutMs);
    for (const event of events) {
      listeners.push(
        event(() => {
          const value = read();
          if (!ready(value)) return;
          done();
          resolve(value);
        }),
      );
    }
  });
}

/** Asks for the document's `source.fixAll.gongwen` action, as an editor does on save, and applies it. */
export async function applyFixAll(uri: vscode.Uri): Promise<void> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    new vscode.Range(0, 0, 0, 0),
    vscode.CodeActionKind.SourceFixAll.append('gongwen').value,
  );
  const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.gongwen');
  assert.ok(fixAll?.edit, 'a source.fixAll.gongwen action with an edit');
  assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
}
