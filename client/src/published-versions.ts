import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { dataOf } from './blanks.js';

/**
 * Which version of each open document the language server last published diagnostics for, so that
 * the status bar can tell "not checked yet" from "nothing found". Every publish passes the client's
 * `handleDiagnostics` middleware, empty ones too; those carry no diagnostic whose `data.version` to
 * read, so an empty publish counts for the version the document has when it arrives.
 */
export class PublishedVersions implements vscode.Disposable {
  private readonly versions = new Map<string, number>();
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

  /** The version of the document the diagnostics are for; undefined until the server has published any. */
  versionOf(uri: vscode.Uri): number | undefined {
    return this.versions.get(uri.toString());
  }

  /** A server that stops or starts afresh: what the last one published no longer holds. */
  reset(): void {
    this.versions.clear();
    this.closing.clear();
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  private record(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    const key = uri.toString();
    const closing = this.closing.get(key);
    if (closing !== undefined) {
      // Until the close is answered, whatever comes is about the document as it was before.
      if (diagnostics.length > 0) return;
      if (closing > 1) this.closing.set(key, closing - 1);
      else this.closing.delete(key);
      return;
    }
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!document) return;
    const version = diagnostics[0] && dataOf(diagnostics[0])?.version;
    this.versions.set(key, version ?? document.version);
  }
}
