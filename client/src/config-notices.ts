import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CONFIG_FILE_PROBLEMS, type ConfigFileProblemsParams } from '../../server/src/protocol.js';
import { t } from './i18n.js';
import { shownPath } from './shown-path.js';

/**
 * Tells the writer about the problems of a `.gongwenrc.json` the server found new — unless an
 * editor shows the file: the writer is looking at it, and its diagnostics are there. (With
 * auto save, the default in VS Code for the web, that is every pause while typing in it.)
 * `onDidNotify` fires with every message shown, for the end-to-end tests.
 */
export class ConfigNotices implements vscode.Disposable {
  private readonly notices = new vscode.EventEmitter<string>();
  readonly onDidNotify = this.notices.event;

  /** Listens to one client (again after each restart). */
  listen(client: LanguageClient): void {
    client.onNotification(CONFIG_FILE_PROBLEMS, (params: ConfigFileProblemsParams) => void this.problems(params));
  }

  dispose(): void {
    this.notices.dispose();
  }

  private async problems({ uri, problems }: ConfigFileProblemsParams): Promise<void> {
    const file = vscode.Uri.parse(uri);
    const first = problems[0];
    if (!first || vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === file.toString())) return;
    const message =
      problems.length > 1
        ? t('公文校对: invalid configuration in {0}; the invalid parts are ignored. {1} (+{2})', shownPath(file), first.text, problems.length - 1)
        : t('公文校对: invalid configuration in {0}; the invalid parts are ignored. {1}', shownPath(file), first.text);
    const open = t('Open');
    this.notices.fire(message);
    if ((await vscode.window.showWarningMessage(message, open)) !== open) return;
    const at = new vscode.Position(first.line, first.character);
    await vscode.window.showTextDocument(file, { selection: new vscode.Range(at, at) });
  }
}
