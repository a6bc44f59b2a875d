import * as vscode from 'vscode';
import { t } from './i18n.js';

/** VS Code's id of the encoding to reopen with: GB18030, a superset of GBK and GB2312. */
const GB18030 = 'gb18030';

/** What clicking a hint's button did: reopened the file, or opened VS Code's encoding picker (and it was closed). */
export type EncodingHintResult = 'reopened' | 'asked';

export interface EncodingHint {
  readonly uri: string;
  readonly message: string;
  /** The hint's buttons: none for an untitled document, which has no file to reopen. */
  readonly actions: readonly string[];
  /** Does what clicking the button `action` does (for the end-to-end tests). */
  run(action: string): Promise<EncodingHintResult | undefined>;
}

/** `openTextDocument` with an encoding: VS Code 1.100 has it (the minimum in `engines`); @types/vscode 1.91 does not yet. */
type OpenWithEncoding = (uri: vscode.Uri, options: { readonly encoding: string }) => Thenable<vscode.TextDocument & { readonly encoding?: string }>;

/**
 * Tells the user, once per document until it is closed, that the server found it garbled — most
 * often a GBK/GB18030 draft opened as UTF-8, which the server does not lint — and offers to reopen
 * it in GB18030.
 */
export class EncodingHints implements vscode.Disposable {
  private readonly hints = new vscode.EventEmitter<EncodingHint>();
  /** Fires with each hint shown. */
  readonly onDidShow = this.hints.event;
  private readonly shown = new Set<string>();
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((document) => {
    // Not for a change of language, which also reaches extensions as a close.
    if (document.isClosed) this.shown.delete(document.uri.toString());
  });

  constructor(private readonly output: vscode.LogOutputChannel) {}

  dispose(): void {
    this.subscription.dispose();
    this.hints.dispose();
  }

  /** The server's notification that the document `uri` looks decoded with the wrong encoding. */
  misdecoded(uri: string): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === vscode.Uri.parse(uri).toString());
    if (!document || this.shown.has(document.uri.toString())) return;
    this.shown.add(document.uri.toString());
    this.output.info(`${document.uri.toString()} looks decoded with the wrong encoding (GBK/GB18030 opened as UTF-8?); it is not linted`);
    const message = t('This file does not seem to be UTF-8 (perhaps GBK/GB18030): opened as UTF-8 it shows garbled text, and it was not checked.');
    const reopen = t('Reopen with GB18030');
    const actions = document.isUntitled ? [] : [reopen];
    const run = async (action: string) => (action === reopen ? this.reopen(document) : undefined);
    this.hints.fire({ uri: document.uri.toString(), message, actions, run });
    void vscode.window
      .showWarningMessage(message, ...actions)
      .then((choice) => (choice ? run(choice) : undefined))
      .then(undefined, (e: unknown) => this.output.error(`reopening ${uri} failed: ${e instanceof Error ? e.message : String(e)}`));
  }

  private async reopen(document: vscode.TextDocument): Promise<EncodingHintResult> {
    try {
      const workspace = vscode.workspace as unknown as { openTextDocument: OpenWithEncoding };
      const reopened = await workspace.openTextDocument(document.uri, { encoding: GB18030 });
      // An older VS Code ignores the option and hands back the document as it was.
      if (reopened.encoding === GB18030) return 'reopened';
    } catch (e) {
      // VS Code refuses to reopen a document with unsaved changes.
      this.output.warn(`reopening ${document.uri.toString()} in GB18030 failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    // VS Code's own picker, for the active editor; it settles once the user has chosen or cancelled.
    await vscode.window.showTextDocument(document);
    void vscode.window.showInformationMessage(t('Choose "Reopen with Encoding", then "Simplified Chinese (GB18030)".'));
    await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
    return 'asked';
  }
}
