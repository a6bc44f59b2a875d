import * as vscode from 'vscode';

/** A status bar item whose text can be read and watched, so that tests wait on its changes instead of polling. */
export interface ObservedItem extends vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  /** What the item shows now, or undefined while it is hidden. */
  readonly text: string | undefined;
  /** Fires with each new text (undefined: hidden). */
  readonly onDidChange: vscode.Event<string | undefined>;
  /** Shows the item with its current text (or hides it, for undefined). */
  show(text: string | undefined): void;
}

export function observedItem(id: string, priority: number): ObservedItem {
  const item = vscode.window.createStatusBarItem(id, vscode.StatusBarAlignment.Left, priority);
  const changed = new vscode.EventEmitter<string | undefined>();
  let shown: string | undefined;
  return {
    item,
    get text() {
      return shown;
    },
    onDidChange: changed.event,
    show(text) {
      if (text === undefined) item.hide();
      else item.show();
      if (text === shown) return;
      shown = text;
      changed.fire(text);
    },
    dispose() {
      item.dispose();
      changed.dispose();
    },
  };
}
