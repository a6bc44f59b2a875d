import * as vscode from 'vscode';
import { DRAFT_SAMPLE_CHARS, IS_CHINESE_DRAFT } from '../../server/src/protocol.js';
import { t } from './i18n.js';
import { ask } from './server-requests.js';

/**
 * How soon after an edit VS Code's automatic language detection switches an untitled document: it
 * runs 0.6 s after the last edit, plus the time of its model (0.7–1.2 s in all, measured in VS Code
 * 1.100.3). A switch long after the last edit is the user's, from the language picker.
 */
const DETECTION_WINDOW_MS = 5_000;
const MESSAGE_MS = 6_000;

/** What became of a switch away from a linted language: set back, or left, and why. */
export type UntitledLanguageOutcome = 'restored' | 'deliberate' | 'setting off' | 'not Chinese';

export interface UntitledLanguageDecision {
  readonly uri: string;
  readonly from: string;
  readonly to: string;
  readonly outcome: UntitledLanguageOutcome;
}

/**
 * Keeps a Chinese draft pasted into an untitled editor in the linted language it had (plaintext)
 * when VS Code's language detection (`workbench.editor.languageDetection`) switches it to one that
 * is not linted, such as Ini — else its findings vanish without a word. The extension API does not
 * say who switched; a switch counts as VS Code's when it
 * - is of an untitled document (detection runs on nothing else),
 * - leaves a linted language for one that is not,
 * - comes within `DETECTION_WINDOW_MS` of an edit, with detection enabled for the old language,
 * - is the first one: once an extension has set the language, VS Code detects no more for that
 *   document (BaseTextEditorModel treats it as an explicit choice), so a later switch is the user's
 *   and is left alone. Setting the language back once per document also rules out a loop.
 * Anything else is the user's choice and stays. `gongwen.untitled.keepLanguage` turns this off.
 */
export class UntitledLanguageKeeper implements vscode.Disposable {
  private readonly decisions = new vscode.EventEmitter<UntitledLanguageDecision>();
  /** Fires with each switch considered (for the end-to-end tests). */
  readonly onDidDecide = this.decisions.event;
  private readonly lastEdit = new Map<string, number>();
  private readonly restored = new Set<string>();
  /** The language an untitled document is leaving, between the close and the open that announce the switch. */
  private readonly leaving = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable;

  constructor(
    /** Whether the extension lints documents of this language. */
    private readonly lints: (languageId: string) => boolean,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.subscriptions = vscode.Disposable.from(
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.isUntitled && event.contentChanges.length > 0) this.lastEdit.set(event.document.uri.toString(), Date.now());
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        if (document.isClosed) {
          // An untitled name is reused by the next new file, which starts afresh.
          this.lastEdit.delete(key);
          this.restored.delete(key);
          this.leaving.delete(key);
        } else if (document.isUntitled) {
          // A language change reaches extensions as a close in the old language and an open in the new.
          this.leaving.set(key, document.languageId);
        }
      }),
      vscode.workspace.onDidOpenTextDocument((document) => void this.opened(document)),
    );
  }

  dispose(): void {
    this.subscriptions.dispose();
    this.decisions.dispose();
  }

  private async opened(document: vscode.TextDocument): Promise<void> {
    const uri = document.uri.toString();
    const from = this.leaving.get(uri);
    this.leaving.delete(uri);
    const to = document.languageId;
    if (from === undefined || !this.lints(from) || this.lints(to)) return;
    const outcome = await this.decide(document, from);
    if (outcome === 'restored') {
      this.restored.add(uri);
      try {
        await vscode.languages.setTextDocumentLanguage(document, from);
      } catch (e) {
        // Closed meanwhile, most likely.
        this.output.warn(`could not set ${uri} back to ${from}: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      this.output.info(`${uri}: VS Code's language detection switched this Chinese draft from ${from} to ${to}; set it back`);
      vscode.window.setStatusBarMessage(
        t('Kept the Chinese draft in {0}, not {1} as VS Code guessed, so that it is still checked (setting gongwen.untitled.keepLanguage)', from, to),
        MESSAGE_MS,
      );
    }
    this.decisions.fire({ uri, from, to, outcome });
  }

  private async decide(document: vscode.TextDocument, from: string): Promise<UntitledLanguageOutcome> {
    const uri = document.uri.toString();
    const edited = this.lastEdit.get(uri);
    if (
      this.restored.has(uri) ||
      edited === undefined ||
      Date.now() - edited > DETECTION_WINDOW_MS ||
      !vscode.workspace.getConfiguration('workbench.editor', { languageId: from }).get<boolean>('languageDetection', true)
    ) {
      return 'deliberate';
    }
    if (!vscode.workspace.getConfiguration('gongwen').get<boolean>('untitled.keepLanguage', true)) return 'setting off';
    // The server judges; without one (restarting), the document is left as VS Code set it.
    const chinese = await ask(IS_CHINESE_DRAFT, { text: document.getText().slice(0, DRAFT_SAMPLE_CHARS) });
    return chinese === true ? 'restored' : 'not Chinese';
  }
}
