import * as vscode from 'vscode';
import { COMMANDS } from '../../server/src/protocol.js';
import { currentBlanks } from './blanks.js';
import { t } from './i18n.js';
import { observedItem } from './observed-item.js';
import type { PublishedVersions } from './published-versions.js';

export interface PlaceholderStatus extends vscode.Disposable {
  /** What the item shows now, or undefined while it is hidden (for tests). */
  readonly text: string | undefined;
  /** Fires with each new text (undefined: hidden), so that tests see every state the item goes through. */
  readonly onDidChange: vscode.Event<string | undefined>;
}

/**
 * The status bar item 「占位符 37」 for the active document; a check mark when none is left; a
 * spinner until the server has checked the document as it is, once opened or switched to. While
 * the user types, the last count stays rather than a spinner at every keystroke.
 */
export function placeholderStatus(isLinted: (document: vscode.TextDocument) => boolean, published: PublishedVersions): PlaceholderStatus {
  const observed = observedItem('gongwen.placeholders', 100);
  const { item, show } = observed;
  item.name = t('gongwen-lint: placeholders');
  item.command = COMMANDS.list;
  /** The document whose count the item last showed. */
  let counted: string | undefined;

  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isLinted(document)) {
      counted = undefined;
      show(undefined);
      return;
    }
    const key = document.uri.toString();
    const version = published.versionOf(document.uri);
    if (version === undefined || (version !== document.version && counted !== key)) {
      counted = undefined;
      item.text = `$(sync~spin) ${t('Placeholders')}`;
      item.tooltip = t('Checking…');
      show(item.text);
      return;
    }
    counted = key;
    const reason = published.reasonOf(document.uri);
    if (reason) {
      // An empty publish without a check is no ✓: say that the draft was not checked, and why.
      item.text = `$(warning) ${t('Placeholders')} ${t('not checked')}`;
      item.tooltip =
        reason === 'tooLarge'
          ? t('This document is larger than gongwen.maxFileSize and was not checked.')
          : t('This document looks opened with the wrong encoding (GBK opened as UTF-8?) and was not checked.');
      show(item.text);
      return;
    }
    const count = currentBlanks(document).blanks.length;
    item.text = count > 0 ? `$(edit) ${t('Placeholders')} ${count}` : `$(check) ${t('Placeholders')}`;
    item.tooltip =
      count > 0
        ? t('{0} placeholders left to fill in. Click to list them.', count)
        : t('All placeholders are filled in.');
    show(item.text);
  };
  const ifActive = (uri: vscode.Uri | undefined) => {
    if (!uri || uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) update();
  };

  update();
  const subscriptions = vscode.Disposable.from(
    observed,
    vscode.window.onDidChangeActiveTextEditor(update),
    // Each publish of the server, and its restarts.
    published.onDidChange(ifActive),
    // A change of language closes and reopens the document, with no change of editor.
    vscode.workspace.onDidOpenTextDocument((document) => ifActive(document.uri)),
    vscode.workspace.onDidCloseTextDocument((document) => ifActive(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('gongwen')) update();
    }),
  );
  return {
    get text() {
      return observed.text;
    },
    onDidChange: observed.onDidChange,
    dispose: () => subscriptions.dispose(),
  };
}
