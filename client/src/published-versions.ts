import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import type { NotCheckedParams, NotCheckedReason } from '../../server/src/protocol.js';
import { dataOf } from './blanks.js';

/**
 * Which version of each open document the language server last published diagnostics for, so that
 * the status bar can tell "not checked yet" from "nothing found" — and, when the server skipped the
 * document (too large, garbled), why. Every publish passes the client's `handleDiagnostics`
 * middleware, empty ones too; those carry no diagnostic whose `data.version` to read, so an empty
 * publish counts for the version the document has when it arrives.
 */
export class PublishedVersions implements vscode.Disposable {
  private readonly versions = new Map<string, number>();
  /** Why the last publish of a document is empty without a check: the server says so right before it. */
  private readonly skipped = new Map<string, NotCheckedReason>();
  private readonly announced = new Map<string, NotCheckedReason>();
  /** Per document, the closes sent to the server that it has not yet answered with its empty publish. */
  private readonly closing = new Map<string, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri | undefined>();
  /** Fires with the document once its publish has reached the diagnostics; with undefined after a reset. */
  readonly onDidChange = this.changed.event;

  readonly middleware: Middleware = {
    didClose: (document, next) => {
      // A language change closes and reopens the document: the server's answer to the close (an
      // empty publish, server.ts) can arrive after the reopen, and must not pass for its result.
      const key = document.uri.toString();
      this.versions.delete(key);
      this.closing.set(key, (this.closing.get(key) ?? 0) + 1);
      return next(document);
    },
    handleDiagnostics: (uri, diagnostics, next) => {
      this.record(uri, diagnostics);
      next(uri, diagnostics);
      this.changed.fire(uri);
    },
  };

  /** The server's notification that it skipped a version: the publish that follows is empty for this reason. */
  notChecked(params: NotCheckedParams): void {
    this.announced.set(vscode.Uri.parse(params.uri).toString(), params.reason);
  }

  /** Why the document's last publish is not a check (too large, garbled); undefined when it was checked. */
  reasonOf(uri: vscode.Uri): NotCheckedReason | undefined {
    return this.skipped.get(uri.toString());
  }

  /** The version of the document the diagnostics are for; undefined until the server has published any. */
  versionOf(uri: vscode.Uri): number | undefined {
    return this.versions.get(uri.toString());
  }

  /** A server that stops or starts afresh: what the last one published no longer holds. */
  reset(): void {
    this.versions.clear();
    this.closing.clear();
    this.skipped.clear();
    this.announced.clear();
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  private record(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    const key = uri.toString();
    // The notification belongs to the publish right after it, whatever becomes of that publish.
    const reason = this.announced.get(key);
    this.announced.delete(key);
    const closing = this.closing.get(key);
    if (closing !== undefined) {
      // Until the close is answered, whatever comes is about the document as it was before.
      if (diagnostics.length > 0) return;
      if (closing > 1) this.closing.set(key, closing - 1);
      else this.closing.delete(key);
      return;
    }
    if (reason) this.skipped.set(key, reason);
    else this.skipped.delete(key);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!document) return;
    const version = diagnostics[0] && dataOf(diagnostics[0])?.version;
    this.versions.set(key, version ?? document.version);
  }
}
