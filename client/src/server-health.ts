import * as vscode from 'vscode';
import { CloseAction, ErrorAction, State, type ErrorHandler, type LanguageClient } from 'vscode-languageclient/node';
// The constants alone, not the core's index: the extension bundles no lint code.
import { ISSUES_URL } from '../../server/src/core/project.js';
import { t } from './i18n.js';
import { RestartPolicy } from './restart-policy.js';

export const RESTARTED = (): string => t('The 公文校对 (gongwen-lint) language server was restarted.');
export const STOPPED = (): string =>
  t(
    'The 公文校对 (gongwen-lint) language server kept crashing and was stopped. Please report it at {0} with the log from the Output panel (公文校对 (gongwen-lint)); the command "Gongwen: Restart Language Server" starts it again.',
    ISSUES_URL,
  );

/**
 * Restarts a language server that died and says so once; stops trying when it keeps dying, and
 * says how to report it. `onDidNotify` fires with every message shown, for the end-to-end tests.
 */
export class ServerHealth implements vscode.Disposable {
  private readonly notices = new vscode.EventEmitter<string>();
  readonly onDidNotify = this.notices.event;
  private readonly policy = new RestartPolicy();

  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly restart: () => Promise<void>,
  ) {}

  /** The error handler of one client; `client` gives that client once it exists. */
  errorHandler(client: () => LanguageClient | undefined): ErrorHandler {
    return {
      // As the library's default: a few broken messages are survivable, a stream of them is not.
      error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
      closed: () => {
        const decision = this.policy.crashed();
        if (decision.action === 'stop') {
          this.output.error('the language server keeps crashing; it is not restarted');
          void this.stopped();
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        this.output.warn('the language server exited unexpectedly; restarting it');
        if (decision.notify) this.whenRunning(client(), () => this.show('info', RESTARTED()));
        return { action: CloseAction.Restart, handled: true };
      },
    };
  }

  dispose(): void {
    this.notices.dispose();
  }

  private whenRunning(client: LanguageClient | undefined, then: () => void): void {
    if (!client) return;
    const listener = client.onDidChangeState((event) => {
      if (event.newState !== State.Running) return;
      listener.dispose();
      then();
    });
  }

  private async stopped(): Promise<void> {
    const log = t('Show Log');
    const report = t('Report Issue');
    const restart = t('Restart');
    const choice = await this.show('error', STOPPED(), log, report, restart);
    if (choice === log) this.output.show();
    else if (choice === report) await vscode.env.openExternal(vscode.Uri.parse(ISSUES_URL));
    else if (choice === restart) await this.restart();
  }

  private show(level: 'info' | 'error', message: string, ...items: string[]): Thenable<string | undefined> {
    this.notices.fire(message);
    return level === 'info' ? vscode.window.showInformationMessage(message, ...items) : vscode.window.showErrorMessage(message, ...items);
  }
}
